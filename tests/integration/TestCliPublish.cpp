// `modreg publish`, `modreg remove` and `modreg transfer` as a user runs them: the real binary on the
// devnet it started, a folder with its own metadata.json, a second run that finds the job done,
// metadata problems listed field by field before the password is asked.
#include "RunCli.h"
#include "TestEnvironment.h"
#include "TestFiles.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
const QString kPassword = QStringLiteral("publish test pw");
} // namespace

class TestCliPublish : public QObject
{
    Q_OBJECT
    TestEnvironment m_env;
    QString m_authorAddress, m_otherAddress;

    CliRun modreg(const QString& args) { return runCliWithSecrets(args, kPassword); }
    QString moduleFolder(const QString& name, const QByteArray& metadata)
    {
        const QString dir = m_env.path() + QLatin1Char('/') + name;
        QDir().mkpath(dir + QStringLiteral("/src"));
        writeFile(dir + QStringLiteral("/src/main.py"), "print('hello from " + name.toUtf8() + "')\n");
        writeFile(dir + QStringLiteral("/model.bin"), QByteArray(300000, 'm'));
        if (!metadata.isEmpty())
            writeFile(dir + QStringLiteral("/metadata.json"), metadata);
        return dir;
    }

private slots:
    void initTestCase()
    {
        const CliRun up =
            runCli({QStringLiteral("devnet"), QStringLiteral("up"), QStringLiteral("--detach")});
        QVERIFY2(up.exitCode == 0, up.err.constData());
        m_authorAddress = newEthereumKeyWithCli(QStringLiteral("author"), kPassword);
        m_otherAddress = newEthereumKeyWithCli(QStringLiteral("other"), kPassword);
        QVERIFY2(m_authorAddress.startsWith(QLatin1String("0x")), qPrintable(m_authorAddress));
    }
    void cleanupTestCase() { runCli({QStringLiteral("devnet"), QStringLiteral("down")}); }

    void publishAFolderThenAgainThenANewVersion()
    {
        const QString folder = moduleFolder(QStringLiteral("summarizer"), R"({
            "name": "summarizer", "version": "1.0.0", "author": "CLI Test",
            "description": "Summarizes text.", "entrypoint": "python src/main.py",
            "args": {"max_tokens": 256}, "custom": {"framework": "none"}, "tags": ["nlp", "test"],
            "license": "MIT"})");
        CliRun r = modreg(QStringLiteral("publish %1 --key author --password-fd 3 --json").arg(folder));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject first = jsonOf(r);
        QCOMPARE(first.value(QLatin1String("operation")).toString(), QStringLiteral("register"));
        QCOMPARE(first.value(QLatin1String("keyText")).toString(),
                 m_authorAddress); // a secp256k1 key: its address
        QVERIFY(first.value(QLatin1String("sent")).toBool());
        QVERIFY(r.err.contains("Add the content to IPFS"));
        const QString metadataCid = first.value(QLatin1String("metadataCid")).toString();

        // The chain points at it, and the metadata comes back verified and names the content.
        r = modreg(QStringLiteral("registry get %1 --json").arg(m_authorAddress));
        QCOMPARE(jsonOf(r).value(QLatin1String("cid")).toString(), metadataCid);
        r = runCli({QStringLiteral("ipfs"), QStringLiteral("get"), metadataCid, QStringLiteral("-o"),
                    m_env.path() + QStringLiteral("/fetched.json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject document =
            QJsonDocument::fromJson(readFile(m_env.path() + QStringLiteral("/fetched.json"))).object();
        QCOMPARE(document.value(QLatin1String("cid")).toString(),
                 first.value(QLatin1String("contentCid")).toString());
        QCOMPARE(
            document.value(QLatin1String("signature")).toObject().value(QLatin1String("type")).toString(),
            QStringLiteral("secp256k1"));

        // Again: nothing to send.
        r = modreg(QStringLiteral("publish %1 --key author --password-fd 3 --json").arg(folder));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!jsonOf(r).value(QLatin1String("sent")).toBool());
        QCOMPARE(jsonOf(r).value(QLatin1String("metadataCid")).toString(), metadataCid);
        QVERIFY(r.err.contains("Already in IPFS"));

        // A new version from another metadata file, in words this time.
        const QString v2 = m_env.path() + QStringLiteral("/v2.json");
        writeFile(v2, R"({"name": "summarizer", "version": "1.1.0", "author": "CLI Test"})");
        r = modreg(QStringLiteral("publish %1 --metadata %2 --key author --password-fd 3").arg(folder, v2));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Published summarizer 1.1.0") && r.out.contains("a new version"),
                 r.out.constData());
        QVERIFY(jsonOf(modreg(QStringLiteral("registry get %1 --json").arg(m_authorAddress)))
                    .value(QLatin1String("cid"))
                    .toString() != metadataCid);
    }

    void transferThenRemove()
    {
        CliRun r = modreg(QStringLiteral("transfer %1 %2 --account author --password-fd 3 --json")
                              .arg(m_authorAddress, m_otherAddress));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(jsonOf(r).value(QLatin1String("operation")).toString(), QStringLiteral("transfer"));
        r = modreg(QStringLiteral("remove %1 --account author --password-fd 3").arg(m_authorAddress));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(m_otherAddress.toUtf8()), r.err.constData());
        r = modreg(QStringLiteral("remove %1 --account other --password-fd 3").arg(m_authorAddress));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("no longer in the registry"));
        QCOMPARE(modreg(QStringLiteral("registry get %1").arg(m_authorAddress)).exitCode, 3);
    }

    // Said before the password is asked (nothing on fd 3 would be read), exit code 2.
    void badInputIsRefusedFirst_data()
    {
        QTest::addColumn<QByteArray>("metadata");
        QTest::addColumn<QString>("extra");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("no metadata") << QByteArray() << QString() << QByteArray("has no metadata.json");
        QTest::newRow("bad fields") << QByteArray(R"({"name": "bad name", "version": "1", "tags": "x"})")
                                    << QString() << QByteArray("version: ");
        QTest::newRow("not JSON") << QByteArray("{oops") << QString() << QByteArray("not valid JSON");
        QTest::newRow("bad key form") << QByteArray(R"({"name": "ok", "version": "1.0.0", "author": "a"})")
                                      << QStringLiteral("--key-form rsa") << QByteArray("--key-form");
    }
    void badInputIsRefusedFirst()
    {
        QFETCH(QByteArray, metadata);
        QFETCH(QString, extra);
        QFETCH(QByteArray, says);
        const QString folder = moduleFolder(QStringLiteral("bad-%1")
                                                .arg(QLatin1String(QTest::currentDataTag()))
                                                .replace(QLatin1Char(' '), QLatin1Char('-')),
                                            metadata);
        const CliRun r = runCli(QStringList{QStringLiteral("publish"), folder, QStringLiteral("--key"),
                                            QStringLiteral("author")} +
                                (extra.isEmpty() ? QStringList() : extra.split(QLatin1Char(' '))));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says), r.err.constData());
        if (QByteArray(QTest::currentDataTag()) == "bad fields") { // every field, one line each
            QVERIFY(r.err.contains("name: ") && r.err.contains("author: ") && r.err.contains("tags: "));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliPublish)
#include "TestCliPublish.moc"
