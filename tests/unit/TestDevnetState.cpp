#include "devnet/DevnetState.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using modreg::DevnetState;

class TestDevnetState : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    DevnetState sample() const
    {
        DevnetState s;
        s.ownerPid = QCoreApplication::applicationPid();
        s.ownerExecutable = QCoreApplication::applicationFilePath();
        s.anvilPid = 1234;
        s.ipfsPid = 5678;
        s.ready = true;
        s.endpoints.chainRpc = QUrl(QStringLiteral("http://127.0.0.1:4001"));
        s.endpoints.ipfsApi = QUrl(QStringLiteral("http://127.0.0.1:4002"));
        s.endpoints.gateways = {QUrl(QStringLiteral("http://127.0.0.1:4003"))};
        s.startedAt = QDateTime::fromString(QStringLiteral("2026-11-21T10:00:00Z"), Qt::ISODate);
        return s;
    }

private slots:
    void roundTrips()
    {
        const DevnetState written = sample();
        QVERIFY(written.write(m_dir.path()).ok());
        const auto read = DevnetState::read(m_dir.path());
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->ownerPid, written.ownerPid);
        QCOMPARE(read->ownerExecutable, written.ownerExecutable);
        QCOMPARE(read->anvilPid, 1234);
        QCOMPARE(read->ipfsPid, 5678);
        QCOMPARE(read->ready, true);
        QCOMPARE(read->endpoints, written.endpoints);
        QCOMPARE(read->startedAt, written.startedAt);
    }

    void missingOrForeignFilesAreNotRead()
    {
        QTemporaryDir empty;
        QVERIFY(!DevnetState::read(empty.path()).ok());
        QFile f(DevnetState::path(empty.path()));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"version\": 7}");
        f.close();
        const auto read = DevnetState::read(empty.path());
        QVERIFY(!read.ok());
        QVERIFY(read.error().contains(QLatin1String("devnet.json")));
    }

    void removeDeletesTheRecord()
    {
        QVERIFY(sample().write(m_dir.path()).ok());
        DevnetState::remove(m_dir.path());
        QVERIFY(!QFile::exists(DevnetState::path(m_dir.path())));
    }

    void ownerIsAliveOnlyWhileTheSameProgramRuns()
    {
        DevnetState s = sample();
        QVERIFY(s.ownerAlive()); // this very test process

        s.ownerExecutable = QStringLiteral("/usr/bin/some-other-program"); // pid reused by another program
        QVERIFY(!s.ownerAlive());

        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForStarted());
        const qint64 pid = gone.processId();
        QVERIFY(gone.waitForFinished());
        s = sample();
        s.ownerPid = pid;
        QVERIFY(!s.ownerAlive());
    }
};

QTEST_GUILESS_MAIN(TestDevnetState)
#include "TestDevnetState.moc"
