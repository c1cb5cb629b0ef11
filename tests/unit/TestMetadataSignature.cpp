// Metadata signatures by keystore keys, checked by Modreg and, independently, by
// @polkadot/util-crypto (ed25519) and ethers.verifyMessage (secp256k1) over npm canonicalize's bytes.
#include "ReferenceVectors.h"
#include "TestEnvironment.h"
#include "crypto/Addresses.h"
#include "keys/KeyMaker.h"
#include "keys/Keystore.h"
#include "metadata/MetadataSignature.h"
#include "metadata/MetadataValidator.h"
#include "registry/Syncer.h"

#include <QtTest>

using namespace modreg;

class TestMetadataSignature : public QObject
{
    Q_OBJECT

    TestEnvironment m_env;
    std::unique_ptr<Keystore> m_keystore;
    KeyInfo m_ed;
    KeyInfo m_secp;

    ModuleMetadata document(const ModuleKey& key, int i) const
    {
        ModuleMetadata m;
        m.name = QStringLiteral("module-%1").arg(i);
        m.version = QStringLiteral("1.%1.0").arg(i);
        m.author = QStringLiteral("Zoë Ünïcode 中文 😀");
        m.description = QStringLiteral("Line one\n\"quoted\" \\ back\tslash");
        m.cid = QStringLiteral("bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi");
        m.entrypoint = QStringLiteral("main.py");
        m.args = {{"temperature", 0.1 * i}, {"max", 1e21}, {"tiny", 1e-7}, {"ε", "x"}};
        m.custom = {{"\u20ac", 1}, {"\r", 2}, {"\U0001F600", 3}, {"\uE000", 4}};
        m.tags = {QStringLiteral("nlp"), QStringLiteral("test")};
        m.created = QStringLiteral("2026-11-21T20:11:16Z");
        m.key = key;
        return m;
    }

private slots:
    void initTestCase()
    {
        m_keystore = std::make_unique<Keystore>(m_env.path() + QStringLiteral("/ks.mrks"));
        QVERIFY(m_keystore
                    ->create(SecureBytes::fromQByteArray(QByteArrayLiteral("pw")), KdfLimits::forTestsOnly())
                    .ok());
        NewKey ed = KeyMaker::random(KeyType::Ed25519, QStringLiteral("ed"));
        NewKey secp = KeyMaker::random(KeyType::Secp256k1, QStringLiteral("secp"));
        m_ed = m_keystore->add(ed.info, std::move(ed.secret)).value();
        m_secp = m_keystore->add(secp.info, std::move(secp.secret)).value();
    }

    void signaturesVerifyHereAndInReferences()
    {
        QList<ModuleMetadata> signed_;
        const QList<QPair<ModuleKey, QString>> keys{
            {{ModuleKey::Type::Ed25519, m_ed.publicKey}, m_ed.id},
            {{ModuleKey::Type::EthereumAddress, ethereum::addressOf(m_secp.publicKey)}, m_secp.id},
            {{ModuleKey::Type::Secp256k1, m_secp.publicKey}, m_secp.id}};
        for (int i = 0; i < 12; ++i) {
            const auto& [key, id] = keys[i % 3];
            Result<ModuleMetadata> s = MetadataSignature::sign(document(key, i), *m_keystore, id);
            QVERIFY2(s.ok(), qPrintable(s.error()));
            QVERIFY(MetadataSignature::verify(s.value()).ok());
            QCOMPARE(MetadataValidator::checkText(s->documentBytes(), MetadataValidator::Stage::Published),
                     {});
            signed_ << s.value();
        }
        // One tampered copy of each kind: the same signature over a changed document.
        for (int i = 0; i < 3; ++i) {
            ModuleMetadata t = signed_[i];
            t.version = QStringLiteral("9.9.9");
            QVERIFY(!MetadataSignature::verify(t).ok());
            signed_ << t;
        }
        QList<QByteArray> lines;
        for (const ModuleMetadata& m : signed_)
            lines << m.documentBytes();
        const QJsonArray reference = referenceJcs("verify", lines);
        QCOMPARE(reference.size(), signed_.size());
        for (int i = 0; i < signed_.size(); ++i)
            QCOMPARE(reference[i].toObject().value(QLatin1String("valid")).toBool(), i < 12);
        // ethers recovered the address our key has.
        QCOMPARE(reference[1].toObject().value(QLatin1String("signer")).toString(),
                 ethereum::checksummed(ethereum::addressOf(m_secp.publicKey)));
    }

    // Documents other programs signed as docs/metadata.md says, leaving out fields Modreg always
    // writes (an empty "args", "custom", description or tag list): the signature covers the
    // document as written, so the syncer must verify them. It once re-wrote them with "args":{}
    // first and called them changed after signing (found by FuzzMetadataDocument's seeds).
    void documentsSignedElsewhereVerifyAsWritten()
    {
        const QJsonArray vectors = referenceVectors("documents", 12);
        QCOMPARE(vectors.size(), 12);
        for (const QJsonValue& v : vectors) {
            const QByteArray bytes = v.toObject().value(QLatin1String("document")).toString().toUtf8();
            const FetchedDocument judged = Syncer::judge(QStringLiteral("bafkreiexample"), bytes);
            QVERIFY2(judged.document.has_value(), qPrintable(judged.reason + QLatin1Char(' ') + QString::fromUtf8(bytes)));
            // Any change after signing still breaks it.
            QByteArray changed = bytes;
            changed.replace("Another Program", "Another Person!");
            QVERIFY(!Syncer::judge(QStringLiteral("bafkreiexample"), changed).document.has_value());
        }
    }

    void onlyTheRegistryKeySigns()
    {
        // An ed25519 document cannot be signed by the secp256k1 key, nor by another ed25519 key.
        const ModuleMetadata ed = document({ModuleKey::Type::Ed25519, m_ed.publicKey}, 1);
        QVERIFY(!MetadataSignature::sign(ed, *m_keystore, m_secp.id).ok());
        NewKey other = KeyMaker::random(KeyType::Ed25519, QStringLiteral("other"));
        const KeyInfo otherInfo = m_keystore->add(other.info, std::move(other.secret)).value();
        const Result<ModuleMetadata> refused = MetadataSignature::sign(ed, *m_keystore, otherInfo.id);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QLatin1String("other")));
        QVERIFY(!MetadataSignature::sign(ed, *m_keystore, QStringLiteral("no-such-id")).ok());

        // A signature copied onto a document naming another key does not verify.
        ModuleMetadata signedByOther =
            MetadataSignature::sign(document({ModuleKey::Type::Ed25519, otherInfo.publicKey}, 1), *m_keystore,
                                    otherInfo.id)
                .value();
        signedByOther.key = ModuleKey{ModuleKey::Type::Ed25519, m_ed.publicKey};
        const Status v = MetadataSignature::verify(signedByOther);
        QVERIFY(!v.ok());
        QVERIFY(v.error().contains(QLatin1String("other than its registry key")));
        ModuleMetadata unsigned_ = ed;
        QVERIFY(!MetadataSignature::verify(unsigned_).ok());
    }

    void lockedKeystoreCannotSign()
    {
        const ModuleMetadata ed = document({ModuleKey::Type::Ed25519, m_ed.publicKey}, 2);
        m_keystore->lock();
        QVERIFY(!MetadataSignature::sign(ed, *m_keystore, m_ed.id).ok());
        QVERIFY(m_keystore->unlock(SecureBytes::fromQByteArray(QByteArrayLiteral("pw"))).ok());
    }
};

QTEST_GUILESS_MAIN(TestMetadataSignature)
#include "TestMetadataSignature.moc"
