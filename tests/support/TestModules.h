#pragma once
// Modules on the real devnet for replica tests: signed metadata documents added to the IPFS node
// and registered on chain, as the publisher would leave them — or, for hostile cases, whatever bytes
// a test wants registered under a key.
#include "TestKeys.h"
#include "WaitForCallback.h"
#include "chain/Registry.h"
#include "ipfs/IpfsRpcClient.h"
#include "keys/Keystore.h"
#include "metadata/MetadataSignature.h"

#include <QDateTime>
#include <QDebug>

class TestModules
{
public:
    TestModules(modreg::Keystore& keystore, modreg::IpfsRpcClient& ipfs, modreg::Registry& registry,
                QString account)
        : m_keystore(keystore)
        , m_ipfs(ipfs)
        , m_registry(&registry)
        , m_account(std::move(account))
    {}

    void setRegistry(modreg::Registry& registry) { m_registry = &registry; }

    // `bytes` as a file in IPFS (CIDv1); its CID, or empty.
    QString add(const QByteArray& bytes)
    {
        modreg::IpfsAddOptions options;
        options.cidVersion = 1;
        const auto added = waitForCallback<modreg::Result<modreg::IpfsAdded>>(
            [&](auto done) { m_ipfs.addBytes(QStringLiteral("file"), bytes, options, done); });
        return added && added->ok() ? added->value().root.toString() : QString();
    }

    // A signed document for the ed25519 key `keyId`, its content (a small file) already in IPFS.
    modreg::ModuleMetadata document(const QString& keyId, const QString& name, const QString& description,
                                    const QString& version = QStringLiteral("1.0.0"),
                                    const QString& author = QStringLiteral("Test Author"),
                                    const QStringList& tags = {QStringLiteral("test")})
    {
        modreg::ModuleMetadata m;
        m.name = name;
        m.version = version;
        m.author = author;
        m.description = description;
        m.cid = add(name.toUtf8() + " content");
        m.entrypoint = QStringLiteral("main.py");
        m.tags = tags;
        m.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        m.key = modreg::ModuleKey::of(modreg::ModuleKey::Type::Ed25519, keyOf(keyId));
        return modreg::MetadataSignature::sign(m, m_keystore, keyId).value();
    }

    QByteArray keyOf(const QString& keyId) const { return m_keystore.key(keyId)->publicKey; }

    bool call(modreg::RegistryCall::Kind kind, const QByteArray& key, const QString& cid,
              const QByteArray& newOwner = {})
    {
        const auto r = waitForCallback<modreg::Result<modreg::RegistryReceipt>>([&](auto done) {
            m_registry->submit({kind, key, cid, newOwner}, m_account, done);
        });
        if (!r || !r->ok())
            qWarning() << (r ? r->error() : QStringLiteral("no answer"));
        return r && r->ok();
    }

    // A new module key registered with a good document; the key's id (empty on failure).
    QString publishNew(const QString& name, const QString& description,
                       const QString& author = QStringLiteral("Test Author"),
                       const QStringList& tags = {QStringLiteral("test")})
    {
        const QString keyId = addRandomKey(m_keystore, modreg::KeyType::Ed25519, name);
        const QString cid =
            add(document(keyId, name, description, QStringLiteral("1.0.0"), author, tags).documentBytes());
        return call(modreg::RegistryCall::Kind::Register, keyOf(keyId), cid) ? keyId : QString();
    }

    // A module key registered with whatever `bytes` are, as a hostile publisher can; the key.
    QByteArray registerRaw(const QByteArray& bytes)
    {
        const QByteArray key =
            keyOf(addRandomKey(m_keystore, modreg::KeyType::Ed25519, QStringLiteral("raw")));
        return call(modreg::RegistryCall::Kind::Register, key, add(bytes)) ? key : QByteArray();
    }

private:
    modreg::Keystore& m_keystore;
    modreg::IpfsRpcClient& m_ipfs;
    modreg::Registry* m_registry;
    QString m_account;
};
