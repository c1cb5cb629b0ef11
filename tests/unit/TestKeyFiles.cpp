// Ethereum V3 keystores, polkadot.js account JSON and Solana keypair files, both ways, against
// ethers and polkadot.js; and KeyMaker's raw-key import.
#include "ReferenceVectors.h"
#include "crypto/Addresses.h"
#include "crypto/Ed25519.h"
#include "crypto/Secp256k1.h"
#include "keys/EthereumKeystoreJson.h"
#include "keys/KeyMaker.h"
#include "keys/PolkadotAccountJson.h"
#include "keys/SolanaKeypairJson.h"

#include <QElapsedTimer>
#include <QJsonObject>

using namespace modreg;

namespace {
SecureBytes pw(const QString& text)
{
    return SecureBytes::fromQByteArray(text.toUtf8());
}

// Runs tests/reference/check.mjs on files we wrote.
QJsonArray checkWithReference(const QJsonArray& items)
{
    QProcess node;
    node.setWorkingDirectory(QStringLiteral(MODREG_SOURCE_DIR "/tests/reference"));
    node.start(QStringLiteral("node"), {QStringLiteral("check.mjs")});
    node.write(QJsonDocument(items).toJson(QJsonDocument::Compact));
    node.closeWriteChannel();
    if (!node.waitForFinished(120000))
        return {};
    return QJsonDocument::fromJson(node.readAllStandardOutput()).array();
}
} // namespace

class TestKeyFiles : public QObject
{
    Q_OBJECT
private slots:
    void importsWhatEthersAndPolkadotWrite()
    {
        const QJsonArray vectors = referenceVectors("keyfiles", 3);
        QCOMPARE(vectors.size(), 9);
        for (const QJsonValue& v : vectors) {
            const QJsonObject o = v.toObject();
            const QString format = o[QLatin1String("format")].toString();
            const QByteArray json = o[QLatin1String("json")].toString().toUtf8();
            const SecureBytes password = pw(o[QLatin1String("password")].toString());
            if (format.startsWith(QLatin1String("ethereum"))) {
                const auto secret = EthereumKeystoreJson::decrypt(json, password);
                QVERIFY2(secret.ok(), qPrintable(format + QStringLiteral(": ") + secret.error()));
                QCOMPARE(secret->toUnsafeQByteArray().toHex(),
                         o[QLatin1String("privateKey")].toString().toLatin1());
                QCOMPARE(ethereum::checksummed(ethereum::addressOf(secp256k1::publicKeyOf(secret.value()))),
                         o[QLatin1String("address")].toString());
            } else {
                const auto account = PolkadotAccountJson::decrypt(json, password);
                QVERIFY2(account.ok(), qPrintable(account.error()));
                QCOMPARE(ed25519::publicKeyOf(account->seed).toHex(),
                         o[QLatin1String("publicKey")].toString().toLatin1());
                QCOMPARE(account->name, o[QLatin1String("name")].toString());
            }
        }
    }

    void exportsThatEthersAndPolkadotOpen()
    {
        const QString password = QStringLiteral("ëxport pw");
        QJsonArray items;
        QList<QJsonObject> expected;
        for (int i = 0; i < 3; ++i) {
            const SecureBytes eth = secp256k1::randomSecretKey();
            items << QJsonObject{{QStringLiteral("format"), QStringLiteral("ethereum")},
                                 {QStringLiteral("password"), password},
                                 {QStringLiteral("json"), QString::fromUtf8(EthereumKeystoreJson::encrypt(
                                                              eth, pw(password), {1 << 12, 8, 1}))}};
            expected << QJsonObject{{QStringLiteral("address"), ethereum::checksummed(ethereum::addressOf(
                                                                    secp256k1::publicKeyOf(eth)))}};
            const SecureBytes ed = ed25519::randomSeed();
            items << QJsonObject{
                {QStringLiteral("format"), QStringLiteral("polkadot")},
                {QStringLiteral("password"), password},
                {QStringLiteral("json"), QString::fromUtf8(PolkadotAccountJson::encrypt(
                                             ed, pw(password), QStringLiteral("exported %1").arg(i)))}};
            expected << QJsonObject{
                {QStringLiteral("publicKey"), QString::fromLatin1(ed25519::publicKeyOf(ed).toHex())},
                {QStringLiteral("name"), QStringLiteral("exported %1").arg(i)},
                {QStringLiteral("signatureOk"), true}};
        }
        const QJsonArray found = checkWithReference(items);
        QCOMPARE(found.size(), expected.size());
        for (qsizetype i = 0; i < found.size(); ++i)
            QVERIFY2(found[i].toObject() == expected[i],
                     QJsonDocument(found[i].toObject()).toJson(QJsonDocument::Compact).constData());
    }

    void ourOwnExportsRoundTrip()
    {
        const SecureBytes eth = secp256k1::randomSecretKey();
        const QByteArray v3 = EthereumKeystoreJson::encrypt(eth, pw(QStringLiteral("a")), {1 << 10, 8, 1});
        QVERIFY(EthereumKeystoreJson::decrypt(v3, pw(QStringLiteral("a"))).value() == eth);
        const SecureBytes ed = ed25519::randomSeed();
        QVERIFY(SolanaKeypairJson::read(SolanaKeypairJson::write(ed)).value() == ed);
    }

    void wrongPasswordsAndDamagedFilesSaySo()
    {
        const SecureBytes eth = secp256k1::randomSecretKey();
        const QByteArray v3 =
            EthereumKeystoreJson::encrypt(eth, pw(QStringLiteral("right")), {1 << 10, 8, 1});
        QVERIFY(EthereumKeystoreJson::decrypt(v3, pw(QStringLiteral("wrong")))
                    .error()
                    .contains(QLatin1String("password is wrong")));

        QJsonObject file = QJsonDocument::fromJson(v3).object();
        QJsonObject crypto = file[QLatin1String("crypto")].toObject();
        QJsonObject params = crypto[QLatin1String("kdfparams")].toObject();
        const auto withParams = [&](int n, int r, int p) {
            params[QStringLiteral("n")] = n;
            params[QStringLiteral("r")] = r;
            params[QStringLiteral("p")] = p;
            crypto[QStringLiteral("kdfparams")] = params;
            file[QStringLiteral("crypto")] = crypto;
            return QJsonDocument(file).toJson();
        };
        // 1 TiB of scrypt memory, or 16 passes of 256 MiB: refused at once, with the limit named.
        QElapsedTimer refusedIn;
        refusedIn.start();
        const QString tooMuch = EthereumKeystoreJson::decrypt(withParams(1 << 30, 8, 1), pw(QStringLiteral("right"))).error();
        QVERIFY2(tooMuch.contains(QLatin1String("1048576 MiB")) && tooMuch.contains(QLatin1String("at most 512 MiB")),
                 qPrintable(tooMuch));
        const QString tooLong = EthereumKeystoreJson::decrypt(withParams(1 << 18, 8, 16), pw(QStringLiteral("right"))).error();
        QVERIFY2(tooLong.contains(QLatin1String("at most 512 MiB and 4 passes")), qPrintable(tooLong));
        QVERIFY(refusedIn.elapsed() < 500);
        // geth's own standard (256 MiB) is within the bounds.
        QVERIFY(EthereumKeystoreJson::parse(withParams(1 << 18, 8, 1)).ok());
        QVERIFY(EthereumKeystoreJson::decrypt("not json", pw(QStringLiteral("x")))
                    .error()
                    .contains(QLatin1String("not a JSON")));

        const SecureBytes ed = ed25519::randomSeed();
        const QByteArray dot =
            PolkadotAccountJson::encrypt(ed, pw(QStringLiteral("right")), QStringLiteral("n"));
        QVERIFY(PolkadotAccountJson::decrypt(dot, pw(QStringLiteral("wrong")))
                    .error()
                    .contains(QLatin1String("password is wrong")));
        QJsonObject account = QJsonDocument::fromJson(dot).object();
        account[QStringLiteral("encoding")] = QJsonObject{
            {QStringLiteral("content"), QJsonArray{QStringLiteral("pkcs8"), QStringLiteral("sr25519")}},
            {QStringLiteral("type"),
             QJsonArray{QStringLiteral("scrypt"), QStringLiteral("xsalsa20-poly1305")}},
            {QStringLiteral("version"), QStringLiteral("3")}};
        QVERIFY(PolkadotAccountJson::decrypt(QJsonDocument(account).toJson(), pw(QStringLiteral("right")))
                    .error()
                    .contains(QLatin1String("sr25519")));
    }

    void solanaKeypairFilesAreChecked()
    {
        const SecureBytes ed = ed25519::randomSeed();
        QByteArray file = SolanaKeypairJson::write(ed);
        QVERIFY(SolanaKeypairJson::read("[1,2,3]").error().contains(QLatin1String("holds 3")));
        QVERIFY(SolanaKeypairJson::read("{\"a\":1}").error().contains(QLatin1String("array of 64 numbers")));
        QByteArray bad = file;
        bad.replace(bad.lastIndexOf(','), 1, ",256,");
        QVERIFY(!SolanaKeypairJson::read(bad).ok());
        // Another key's public half: the halves must belong together.
        const QByteArray other = SolanaKeypairJson::write(ed25519::randomSeed());
        QJsonArray a = QJsonDocument::fromJson(file).array();
        const QJsonArray b = QJsonDocument::fromJson(other).array();
        for (int i = 32; i < 64; ++i)
            a[i] = b[i];
        QVERIFY(SolanaKeypairJson::read(QJsonDocument(a).toJson())
                    .error()
                    .contains(QLatin1String("second half")));
        // Numbers no byte or int holds, negative zero and fractions (FuzzSolanaKeypair found the
        // first: converting 2e129 to int was undefined behaviour).
        for (const char* number : {"1987777777777777777777777777777777777777777777777777777777", "-1e300", "2.5", "-0.5", "1e-300"}) {
            QByteArray hostile = file;
            hostile.replace(hostile.indexOf('[') + 1, hostile.indexOf(',') - hostile.indexOf('[') - 1, number);
            QVERIFY2(SolanaKeypairJson::read(hostile).error().contains(QLatin1String("Number 1 ")), number);
        }
    }

    void rawHexKeysAreChecked()
    {
        QVERIFY(
            KeyMaker::fromHex(QStringLiteral("0x") + QString(64, QLatin1Char('1')), KeyType::Secp256k1, {})
                .ok());
        QVERIFY(KeyMaker::fromHex(QString(63, QLatin1Char('1')), KeyType::Ed25519, {})
                    .error()
                    .contains(QLatin1String("63 digits")));
        QVERIFY(KeyMaker::fromHex(QString(64, QLatin1Char('g')), KeyType::Ed25519, {})
                    .error()
                    .contains(QLatin1String("0-9 and a-f")));
        QVERIFY(KeyMaker::fromHex(QString(64, QLatin1Char('0')), KeyType::Secp256k1, {})
                    .error()
                    .contains(QLatin1String("curve order")));
        QVERIFY(KeyMaker::fromHex(QString(64, QLatin1Char('f')), KeyType::Secp256k1, {})
                    .error()
                    .contains(QLatin1String("curve order")));
    }
};

QTEST_GUILESS_MAIN(TestKeyFiles)
#include "TestKeyFiles.moc"
