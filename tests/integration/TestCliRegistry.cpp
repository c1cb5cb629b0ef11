// `modreg chain info` and `modreg registry …` as a user runs them: the real binary against the devnet
// it started, keys from the real keystore (the devnet funds them), contract errors in words.
#include "RunCli.h"
#include "TestEnvironment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
const QString kCid = QStringLiteral("bafkreiey5jxe6ilpf62lnh77tm5ejbbmhbugzjuf6p2v3remlu73ced34q");
const QString kOtherCid = QStringLiteral("QmPZ9gcCEpqKTo6aq61g2nXGUhM4iCL3ewB6LDXZCtioEB");
const QString kModule =
    QStringLiteral("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"); // Alice, an SS58 key
const QString kPassword = QStringLiteral("registry test pw");
} // namespace

class TestCliRegistry : public QObject
{
    Q_OBJECT
    TestEnvironment m_env;
    QString m_ownerAddress, m_otherAddress;

    CliRun modreg(const QString& args) { return runCliWithSecrets(args, kPassword); }

private slots:
    void initTestCase()
    {
        const CliRun up =
            runCli({QStringLiteral("devnet"), QStringLiteral("up"), QStringLiteral("--detach")});
        QVERIFY2(up.exitCode == 0, up.err.constData());
        m_ownerAddress = newEthereumKeyWithCli(QStringLiteral("owner"), kPassword);
        m_otherAddress = newEthereumKeyWithCli(QStringLiteral("other"), kPassword);
        QVERIFY2(m_ownerAddress.startsWith(QLatin1String("0x")), qPrintable(m_ownerAddress));
    }
    void cleanupTestCase() { runCli({QStringLiteral("devnet"), QStringLiteral("down")}); }

    void chainInfoNamesTheChainAndTheRegistry()
    {
        const CliRun r = modreg(QStringLiteral("chain info --json"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject info = jsonOf(r);
        QCOMPARE(info.value(QLatin1String("chainId")).toInteger(), 31337);
        QVERIFY(info.value(QLatin1String("registryDeployed")).toBool());
        QVERIFY(info.value(QLatin1String("registry")).toString().startsWith(QLatin1String("0x")));
        QCOMPARE(info.value(QLatin1String("moduleCount")).toInteger(), 0);
        QCOMPARE(info.value(QLatin1String("transport")).toString(), QStringLiteral("websocket"));
    }

    void registerGetUpdateTransferRemove()
    {
        CliRun r = modreg(QStringLiteral("registry register %1 %2 --account owner --password-fd 3 --json")
                              .arg(kModule, kCid));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(jsonOf(r).value(QLatin1String("transaction")).toString().size() == 66);

        r = modreg(QStringLiteral("registry get %1 --json").arg(kModule));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(jsonOf(r).value(QLatin1String("cid")).toString(), kCid);
        QCOMPARE(jsonOf(r).value(QLatin1String("owner")).toString(), m_ownerAddress);

        r = modreg(
            QStringLiteral("registry update %1 %2 --account owner --password-fd 3").arg(kModule, kOtherCid));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("Updated"));
        QCOMPARE(jsonOf(modreg(QStringLiteral("registry get %1 --json").arg(kModule)))
                     .value(QLatin1String("cid"))
                     .toString(),
                 kOtherCid);

        r = modreg(
            QStringLiteral("registry update %1 %2 --account other --password-fd 3").arg(kModule, kCid));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(QStringLiteral("Only %1 may change this module").arg(m_ownerAddress).toUtf8()),
            r.err.constData());

        r = modreg(QStringLiteral("registry transfer %1 %2 --account owner --password-fd 3")
                       .arg(kModule, m_otherAddress));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(jsonOf(modreg(QStringLiteral("registry get %1 --json").arg(kModule)))
                     .value(QLatin1String("owner"))
                     .toString(),
                 m_otherAddress);

        r = modreg(QStringLiteral("registry remove %1 --account other --password-fd 3").arg(kModule));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = modreg(QStringLiteral("registry get %1").arg(kModule));
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("No module is registered"));
        QCOMPARE(jsonOf(modreg(QStringLiteral("chain info --json")))
                     .value(QLatin1String("moduleCount"))
                     .toInteger(),
                 0);
    }

    void badInputIsRefusedBeforeThePasswordIsAsked_data()
    {
        QTest::addColumn<QString>("args");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* name, const QString& args, const QString& expected) {
            QTest::newRow(name) << args << expected;
        };
        row("short hex key", QStringLiteral("registry register 0x1234 %1 --account owner").arg(kCid),
            QStringLiteral("this has 4 digits"));
        row("bad CID", QStringLiteral("registry register %1 bafynotacid --account owner").arg(kModule),
            QStringLiteral("CID"));
        row("long CID",
            QStringLiteral("registry update %1 %2 --account owner")
                .arg(kModule, QString(129, QLatin1Char('b'))),
            QStringLiteral("The CID is 129 bytes; the registry accepts at most 128."));
        row("no account", QStringLiteral("registry remove %1").arg(kModule),
            QStringLiteral("--account NAME"));
        row("bad new owner", QStringLiteral("registry transfer %1 0x12 --account owner").arg(kModule),
            QStringLiteral("0x12"));
    }
    void badInputIsRefusedBeforeThePasswordIsAsked()
    {
        QFETCH(QString, args);
        QFETCH(QString, expected);
        const CliRun r = runCliWithSecrets(args + QStringLiteral(" < /dev/null"), QString());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected.toUtf8()), r.err.constData());
        QVERIFY(!r.err.contains("password"));
    }
};

QTEST_GUILESS_MAIN(TestCliRegistry)
#include "TestCliRegistry.moc"
