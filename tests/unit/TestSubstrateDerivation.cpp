#include "ReferenceVectors.h"
#include "crypto/Addresses.h"
#include "crypto/Ed25519.h"
#include "crypto/SubstrateDerivation.h"

using namespace modreg;

class TestSubstrateDerivation : public QObject
{
    Q_OBJECT
private slots:
    void ed25519KeysMatchPolkadotJs()
    {
        const QJsonArray vectors = referenceVectors("substrate", 50);
        QCOMPARE(vectors.size(), 400); // 50 mnemonics × 8 paths
        for (const QJsonValue& v : vectors) {
            const QJsonObject o = v.toObject();
            const QString path = o[QLatin1String("path")].toString();
            const auto mnemonic = Mnemonic::parse(o[QLatin1String("mnemonic")].toString());
            QVERIFY(mnemonic.ok());
            const auto seed = SubstrateDerivation::ed25519(mnemonic.value(), path);
            QVERIFY2(seed.ok(), qPrintable(path + QStringLiteral(": ") + seed.error()));
            const QByteArray pub = ed25519::publicKeyOf(seed.value());
            QVERIFY2(pub.toHex() == o[QLatin1String("publicKey")].toString().toLatin1(), qPrintable(path));

            const QJsonObject addresses = o[QLatin1String("ss58")].toObject();
            for (auto it = addresses.begin(); it != addresses.end(); ++it) {
                const auto prefix = static_cast<quint16>(it.key().toUInt());
                QCOMPARE(ss58::encode(pub, prefix), it.value().toString());
                const auto decoded = ss58::decode(it.value().toString());
                QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
                QCOMPARE(decoded->prefix, prefix);
                QCOMPARE(decoded->publicKey, pub);
            }
            // Ed25519 signatures are deterministic, so they must be identical.
            const QByteArray msg = o[QLatin1String("message")].toString().toUtf8();
            QCOMPARE(ed25519::sign(seed.value(), msg).toHex(),
                     o[QLatin1String("signature")].toString().toLatin1());
        }
    }

    void softJunctionsAreRefusedForEd25519()
    {
        const Mnemonic m = Mnemonic::generate(12);
        const auto r = SubstrateDerivation::ed25519(m, QStringLiteral("//hard/soft"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QLatin1String("soft")), qPrintable(r.error()));
    }

    void pathsAreParsed()
    {
        const auto p = SubstrateDerivation::parsePath(QStringLiteral("//Alice/1///pass/word"));
        QVERIFY(p.ok());
        QCOMPARE(p->junctions.size(), 2);
        QVERIFY(p->junctions[0].hard);
        QVERIFY(!p->junctions[1].hard);
        QCOMPARE(p->password, QStringLiteral("pass/word"));
        QVERIFY(!SubstrateDerivation::parsePath(QStringLiteral("Alice")).ok());
        QVERIFY(SubstrateDerivation::parsePath(QString()).ok());
    }
};

QTEST_GUILESS_MAIN(TestSubstrateDerivation)
#include "TestSubstrateDerivation.moc"
