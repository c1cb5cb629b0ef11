#include "ReferenceVectors.h"
#include "crypto/Addresses.h"
#include "crypto/Ed25519.h"
#include "crypto/HdDerivation.h"
#include "crypto/Mnemonic.h"
#include "crypto/Secp256k1.h"

using namespace modreg;

class TestHdDerivation : public QObject
{
    Q_OBJECT

    static SecureBytes seedOf(const QJsonObject& o)
    {
        return Mnemonic::parse(o[QLatin1String("mnemonic")].toString())
            .value()
            .seed(o[QLatin1String("passphrase")].toString());
    }

private slots:
    void ethereumKeysMatchEthers()
    {
        const QJsonArray vectors = referenceVectors("ethereum", 50);
        QCOMPARE(vectors.size(), 200); // 50 mnemonics × (3 indices + 1 with a passphrase)
        for (const QJsonValue& v : vectors) {
            const QJsonObject o = v.toObject();
            const auto secret = HdDerivation::bip32Secp256k1(seedOf(o), o[QLatin1String("path")].toString());
            QVERIFY2(secret.ok(), qPrintable(secret.error()));
            QCOMPARE(secret->toUnsafeQByteArray().toHex(),
                     o[QLatin1String("privateKey")].toString().toLatin1());
            const QByteArray pub = secp256k1::publicKeyOf(secret.value());
            QCOMPARE(pub.toHex(), o[QLatin1String("publicKey")].toString().toLatin1());
            QCOMPARE(ethereum::checksummed(ethereum::addressOf(pub)), o[QLatin1String("address")].toString());
            if (o.contains(QLatin1String("personalSign"))) {
                const QByteArray msg = o[QLatin1String("message")].toString().toUtf8();
                const QByteArray sig = secp256k1::personalSign(secret.value(), msg);
                QCOMPARE(sig.toHex(), o[QLatin1String("personalSign")].toString().toLatin1());
                QCOMPARE(secp256k1::recoverPersonalSigner(msg, sig).value(), ethereum::addressOf(pub));
            }
        }
    }

    void solanaKeysMatchSolanaWallets()
    {
        const QJsonArray vectors = referenceVectors("solana", 50);
        QCOMPARE(vectors.size(), 150);
        for (const QJsonValue& v : vectors) {
            const QJsonObject o = v.toObject();
            const auto secret = HdDerivation::slip10Ed25519(seedOf(o), o[QLatin1String("path")].toString());
            QVERIFY2(secret.ok(), qPrintable(secret.error()));
            QCOMPARE(secret->toUnsafeQByteArray().toHex(), o[QLatin1String("secret")].toString().toLatin1());
            const QByteArray pub = ed25519::publicKeyOf(secret.value());
            QCOMPARE(pub.toHex(), o[QLatin1String("publicKey")].toString().toLatin1());
            QCOMPARE(solana::encode(pub), o[QLatin1String("address")].toString());
            QCOMPARE(solana::decode(o[QLatin1String("address")].toString()).value(), pub);
            // solana-keygen's keypair file: the 32-byte secret followed by the public key.
            QByteArray keypair;
            for (const QJsonValue& b : o[QLatin1String("keypairJson")].toArray())
                keypair += static_cast<char>(b.toInt());
            QCOMPARE(keypair, secret->toUnsafeQByteArray() + pub);
        }
    }

    void pathsAreParsedStrictly()
    {
        QCOMPARE(HdDerivation::parsePath(QStringLiteral("m/44'/60'/0'/0/3")).value(),
                 (QList<quint32>{44 | HdDerivation::kHardened, 60 | HdDerivation::kHardened,
                                 HdDerivation::kHardened, 0, 3}));
        QCOMPARE(HdDerivation::parsePath(QStringLiteral("m/1h/2H")).value(),
                 (QList<quint32>{1 | HdDerivation::kHardened, 2 | HdDerivation::kHardened}));
        for (const char* bad : {"44'/60'", "m/x", "m/-1", "m/2147483648", "m//1", "m/1''"}) {
            const auto r = HdDerivation::parsePath(QLatin1String(bad));
            QVERIFY2(!r.ok(), bad);
            QVERIFY(!r.error().isEmpty());
        }
    }

    void ed25519RefusesNonHardenedSteps()
    {
        const SecureBytes seed = Mnemonic::generate(12).seed();
        const auto r = HdDerivation::slip10Ed25519(seed, QStringLiteral("m/44'/501'/0'/0"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QLatin1String("hardened")), qPrintable(r.error()));
    }
};

QTEST_GUILESS_MAIN(TestHdDerivation)
#include "TestHdDerivation.moc"
