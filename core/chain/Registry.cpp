#include "chain/Registry.h"

#include "ipfs/Cid.h"

namespace modreg {

QString RegistryEvent::kindText(Kind kind)
{
    switch (kind) {
    case Kind::Registered:
        return Registry::tr("Registered");
    case Kind::Updated:
        return Registry::tr("Updated");
    case Kind::Removed:
        return Registry::tr("Removed");
    case Kind::Transferred:
        return Registry::tr("Transferred");
    }
    return {};
}

QString RegistryEvent::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Registered:
        return QStringLiteral("registered");
    case Kind::Updated:
        return QStringLiteral("updated");
    case Kind::Removed:
        return QStringLiteral("removed");
    case Kind::Transferred:
        return QStringLiteral("transferred");
    }
    return {};
}

Status Registry::checkKey(const QByteArray& key)
{
    if (key.size() == 20 || key.size() == 32 || key.size() == 64)
        return success();
    return Status::failure(tr("The key is %1 bytes; the registry accepts 20 (Ethereum address), 32 (Ed25519 "
                              "public key) or 64 (secp256k1 public key).")
                               .arg(key.size()));
}

Status Registry::checkCid(const QString& cid)
{
    const QByteArray bytes = cid.toUtf8();
    if (bytes.isEmpty())
        return Status::failure(tr("The CID is empty."));
    if (bytes.size() > 128)
        return Status::failure(
            tr("The CID is %1 bytes; the registry accepts at most 128.").arg(bytes.size()));
    // Cid::parse reads base32, base36 and base58btc only: letters and digits, as the contract wants.
    const Result<Cid> parsed = Cid::parse(cid);
    if (!parsed)
        return Status::failure(parsed.error());
    return success();
}

void Registry::submit(const RegistryCall& call, const QString& account, Callback<RegistryReceipt> done)
{
    switch (call.kind) {
    case RegistryCall::Kind::Register:
        return registerModule(call.key, call.cid, account, std::move(done));
    case RegistryCall::Kind::Update:
        return updateModule(call.key, call.cid, account, std::move(done));
    case RegistryCall::Kind::Remove:
        return removeModule(call.key, account, std::move(done));
    case RegistryCall::Kind::Transfer:
        return transferModule(call.key, call.newOwner, account, std::move(done));
    }
}

} // namespace modreg
