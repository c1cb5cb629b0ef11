#include "crypto/Addresses.h"
#include "crypto/Base58.h"
#include "crypto/Ed25519.h"

#include <QTest>

using namespace modreg;

class TestAddresses : public QObject
{
    Q_OBJECT

    // Replaces one character with a different base58 character.
    static QString corrupt(QString s, int at)
    {
        s[at] = s[at] == QLatin1Char('2') ? QLatin1Char('3') : QLatin1Char('2');
        return s;
    }

private slots:
    void base58RoundTripsAndKeepsLeadingZeros()
    {
        const QByteArray data = QByteArray(3, '\0') + QByteArray::fromHex("00ff10203040");
        const QString text = base58::encode(data);
        QVERIFY(text.startsWith(QLatin1String("1111")));
        QCOMPARE(base58::decode(text).value(), data);
        QCOMPARE(base58::encode({}), QString());
        const auto bad = base58::decode(QStringLiteral("abc0def"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().contains(QLatin1String("position 4")), qPrintable(bad.error()));
    }

    void ss58RejectsEveryMistypedCharacter()
    {
        const QByteArray pub = ed25519::publicKeyOf(ed25519::randomSeed());
        const QString address = ss58::encode(pub);
        for (int i = 1; i < address.size(); ++i) {
            const auto r = ss58::decode(corrupt(address, i));
            QVERIFY2(!r.ok() || r->publicKey != pub, qPrintable(QStringLiteral("position %1").arg(i)));
        }
        QVERIFY(!ss58::decode(address.left(20)).ok());
    }

    void ethereumChecksumIsEnforcedWhenMixedCase()
    {
        const QByteArray addr = QByteArray::fromHex("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed");
        // EIP-55's own example.
        QCOMPARE(ethereum::checksummed(addr), QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"));
        QCOMPARE(ethereum::decode(QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")).value(),
                 addr);
        QCOMPARE(ethereum::decode(QStringLiteral("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")).value(),
                 addr);
        const auto wrong = ethereum::decode(QStringLiteral("0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"));
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error().contains(QLatin1String("checksum")), qPrintable(wrong.error()));
        QVERIFY(!ethereum::decode(QStringLiteral("0x1234")).ok());
    }

    void solanaAddressesAre32Bytes()
    {
        QVERIFY(!solana::decode(base58::encode(QByteArray(31, 'x'))).ok());
        QVERIFY(solana::decode(base58::encode(QByteArray(32, 'x'))).ok());
    }
};

QTEST_GUILESS_MAIN(TestAddresses)
#include "TestAddresses.moc"
