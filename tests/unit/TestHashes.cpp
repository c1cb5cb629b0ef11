#include "ReferenceVectors.h"
#include "crypto/Hashes.h"

using namespace modreg;

class TestHashes : public QObject
{
    Q_OBJECT
private slots:
    void keccakAndBlake2bMatchPolkadotAndEthers()
    {
        const QJsonArray vectors = referenceVectors("hashes", 120);
        QCOMPARE(vectors.size(), 120);
        for (const QJsonValue& v : vectors) {
            const QJsonObject o = v.toObject();
            const QByteArray data = fromHex(o[QLatin1String("data")]);
            QCOMPARE(hash::keccak256(data).toHex(), o[QLatin1String("keccak256")].toString().toLatin1());
            QCOMPARE(hash::keccak256(data).toHex(), o[QLatin1String("keccakEthers")].toString().toLatin1());
            QCOMPARE(hash::blake2b(data, 32).toHex(), o[QLatin1String("blake2b256")].toString().toLatin1());
            QCOMPARE(hash::blake2b(data, 64).toHex(), o[QLatin1String("blake2b512")].toString().toLatin1());
            QCOMPARE(hash::blake2b(SecureBytes::fromQByteArray(data), 32).toUnsafeQByteArray(),
                     hash::blake2b(data, 32));
        }
    }

    void sha256OfNothingIsTheFipsValue()
    {
        // FIPS 180-2's SHA-256 of the empty message.
        QCOMPARE(hash::sha256(QByteArray()).toHex(),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(hash::sha256(SecureBytes()), hash::sha256(QByteArray()));
    }
};

QTEST_GUILESS_MAIN(TestHashes)
#include "TestHashes.moc"
