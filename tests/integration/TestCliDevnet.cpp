// `modreg devnet up|status|down` as a user runs them: the real binary, the real devnet.
#include "RunCli.h"
#include "TestEnvironment.h"
#include "devnet/ProcessControl.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace modreg;

class TestCliDevnet : public QObject
{
    Q_OBJECT
    TestEnvironment m_env;

    static CliRun modreg(const QStringList& args) { return runCli(args); }

private slots:
    void statusWithoutADevnetSaysSo()
    {
        const CliRun r = modreg({QStringLiteral("devnet"), QStringLiteral("status")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.contains("No devnet is running"));
    }

    void upStatusDownLeavesNothingBehind()
    {
        const CliRun up = modreg({QStringLiteral("devnet"), QStringLiteral("up"), QStringLiteral("--detach"),
                                  QStringLiteral("--json")});
        QVERIFY2(up.exitCode == 0, up.err.constData());
        const QJsonObject started = QJsonDocument::fromJson(up.out).object();
        const qint64 owner = started.value(QLatin1String("ownerPid")).toInteger();
        QVERIFY(process::isAlive(owner));

        const CliRun status =
            modreg({QStringLiteral("devnet"), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject s = QJsonDocument::fromJson(status.out).object();
        QCOMPARE(s.value(QLatin1String("running")).toBool(), true);
        QCOMPARE(s.value(QLatin1String("chain")).toObject().value(QLatin1String("chainId")).toInteger(),
                 31337);
        QCOMPARE(s.value(QLatin1String("chain")).toObject().value(QLatin1String("answers")).toBool(), true);
        QVERIFY(s.value(QLatin1String("ipfs"))
                    .toObject()
                    .value(QLatin1String("peerId"))
                    .toString()
                    .startsWith(QLatin1String("12D3KooW")));
        QCOMPARE(s.value(QLatin1String("chainRpc")), started.value(QLatin1String("chainRpc")));

        // A second `up` finds the running devnet instead of starting another.
        const CliRun again = modreg({QStringLiteral("devnet"), QStringLiteral("up"),
                                     QStringLiteral("--detach"), QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QLatin1String("ownerPid")).toInteger(),
                 owner);

        // Note the node processes' pids, from the record, before stopping.
        QFile record(m_env.dataDir() + QStringLiteral("/devnet/devnet.json"));
        QVERIFY(record.open(QIODevice::ReadOnly));
        const QJsonObject rec = QJsonDocument::fromJson(record.readAll()).object();
        const qint64 anvil = rec.value(QLatin1String("anvilPid")).toInteger();
        const qint64 ipfs = rec.value(QLatin1String("ipfsPid")).toInteger();
        QVERIFY(process::isAlive(anvil));
        QVERIFY(process::isAlive(ipfs));

        const CliRun down = modreg({QStringLiteral("devnet"), QStringLiteral("down")});
        QCOMPARE(down.exitCode, 0);
        QVERIFY(down.out.contains("Stopped the devnet"));
        for (qint64 pid : {owner, anvil, ipfs})
            QVERIFY2(QTest::qWaitFor([pid] { return !process::isAlive(pid); }, 5000),
                     qPrintable(QStringLiteral("pid %1 is still running").arg(pid)));

        QCOMPARE(modreg({QStringLiteral("devnet"), QStringLiteral("status")}).exitCode, 3);
    }

    void sigtermStopsAForegroundDevnetCleanly()
    {
        QProcess up;
        up.start(QStringLiteral(MODREG_CLI_PATH),
                 {QStringLiteral("devnet"), QStringLiteral("up"), QStringLiteral("--json")});
        QVERIFY(up.waitForStarted());
        QByteArray line;
        QVERIFY(QTest::qWaitFor(
            [&] {
                line += up.readAllStandardOutput();
                return line.contains('\n') || up.state() == QProcess::NotRunning;
            },
            120000));
        const QJsonObject ready = QJsonDocument::fromJson(line).object();
        QCOMPARE(ready.value(QLatin1String("ownerPid")).toInteger(), up.processId());

        QFile record(m_env.dataDir() + QStringLiteral("/devnet/devnet.json"));
        QVERIFY(record.open(QIODevice::ReadOnly));
        const QJsonObject rec = QJsonDocument::fromJson(record.readAll()).object();
        record.close();
        const qint64 anvil = rec.value(QLatin1String("anvilPid")).toInteger();
        const qint64 ipfs = rec.value(QLatin1String("ipfsPid")).toInteger();

        up.terminate(); // SIGTERM, as a service manager or `kill` sends
        QVERIFY(up.waitForFinished(30000));
        QCOMPARE(up.exitStatus(), QProcess::NormalExit);
        QCOMPARE(up.exitCode(), 0);
        QVERIFY(!process::isAlive(anvil));
        QVERIFY(!process::isAlive(ipfs));
        QVERIFY(!record.exists());
    }

    void unknownActionsAreUsageErrors()
    {
        const CliRun r = modreg({QStringLiteral("devnet"), QStringLiteral("sideways")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("up|down|status"));
    }
};

QTEST_GUILESS_MAIN(TestCliDevnet)
#include "TestCliDevnet.moc"
