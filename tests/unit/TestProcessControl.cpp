#include "devnet/ProcessControl.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

using namespace modreg;
using namespace std::chrono_literals;

class TestProcessControl : public QObject
{
    Q_OBJECT

    // The pid of a process that has exited and been reaped: taken while it runs (processId() is 0
    // afterwards), so the test never signals an unrelated process that happens to hold a fixed pid.
    static qint64 deadPid()
    {
        QProcess p;
        p.start(QStringLiteral("true"), {});
        if (!p.waitForStarted())
            qFatal("could not start true");
        const qint64 pid = p.processId();
        p.waitForFinished();
        return pid;
    }

private slots:
    void seesALiveProcessAndItsCommandLine()
    {
        QProcess sleeper;
        sleeper.start(QStringLiteral("sleep"), {QStringLiteral("31.5")});
        QVERIFY(sleeper.waitForStarted());
        const qint64 pid = sleeper.processId();
        QVERIFY(process::isAlive(pid));
        // waitForStarted() can return while the child is still inside exec(), when /proc shows an
        // empty command line for a moment; wait for exec to finish.
        QTRY_VERIFY(!process::commandLine(pid).isEmpty());
        // QProcess passes the full path of the program.
        QVERIFY(process::commandLine(pid).endsWith(QLatin1String("sleep 31.5")));
        QVERIFY(process::executable(pid).endsWith(QLatin1String("sleep")));
        QVERIFY(process::matches(pid, {QStringLiteral("sleep"), QStringLiteral("31.5")}));
        QVERIFY(!process::matches(pid, {QStringLiteral("sleep"), QStringLiteral("anvil")}));
        QVERIFY(process::stop(pid, 2s));
        QVERIFY(!process::isAlive(pid));
    }

    void nothingIsAliveAtAnUnusedPid()
    {
        QVERIFY(!process::isAlive(0));
        QVERIFY(!process::isAlive(-5));
        QVERIFY(!process::isAlive(4194304 + 1)); // above Linux's pid_max limit
        QVERIFY(!process::matches(4194304 + 1, {}));
        QVERIFY(process::commandLine(4194304 + 1).isEmpty());
    }

    void stopKillsAProcessThatIgnoresSigterm()
    {
        QProcess stubborn;
        stubborn.start(QStringLiteral("sh"),
                       {QStringLiteral("-c"), QStringLiteral("trap '' TERM; echo ready; exec sleep 30")});
        QVERIFY(stubborn.waitForReadyRead(5000));
        const qint64 pid = stubborn.processId();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(process::stop(pid, 300ms));
        QVERIFY(timer.elapsed() >= 300); // it did wait for the grace period first
        QVERIFY(!process::isAlive(pid));
    }

    void stoppingAnExitedProcessSucceeds()
    {
        const qint64 pid = deadPid();
        QVERIFY(!process::isAlive(pid));
        QVERIFY(process::stop(pid, 100ms));
    }
};

QTEST_GUILESS_MAIN(TestProcessControl)
#include "TestProcessControl.moc"
