// What the status bar says of a sync, state by state: the blocks of a catch-up with a bar over
// them; at the head, a backlog of metadata being fetched with a bar over the modules; "Synced" once
// what is left to fetch is a handful, or only waits to be tried again; and why it stalled.
#include "Screenshot.h"
#include "TestEnvironment.h"
#include "keys/Keystore.h"
#include "services/Services.h"
#include "shell/SyncStatusIndicator.h"

#include <QLabel>
#include <QProgressBar>
#include <QTest>

using namespace modreg;
using namespace modreg::ui;
using Shown = SyncStatusIndicator::Shown;

namespace {
Syncer::Progress running(quint64 synced, quint64 head, qint64 modules, qint64 pending, int fetching)
{
    Syncer::Progress p;
    p.running = true;
    p.firstBlock = 0;
    p.syncedBlock = synced;
    p.headBlock = head;
    p.caughtUp = synced >= head;
    p.modules = modules;
    p.pendingFetches = pending;
    p.fetching = fetching;
    return p;
}
} // namespace

class TestSyncStatusIndicator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void aCatchUpShowsItsBlocks()
    {
        const Shown s = SyncStatusIndicator::describe(running(250, 1000, 5000, 4000, 4));
        QCOMPARE(s.text, QStringLiteral("Syncing: block 250 of 1000 · 4000 to fetch"));
        QVERIFY(s.bar);
        QCOMPARE(*s.bar, 0.25);
    }

    // At the head with most metadata still to fetch: not "Synced", and a bar over the modules.
    void atTheHeadABacklogOfMetadataShowsItsProgress()
    {
        const Shown s = SyncStatusIndicator::describe(running(1000, 1000, 1000000, 600000, 4));
        QCOMPARE(s.text, QStringLiteral("Fetching metadata: 400000 of 1000000 modules"));
        QVERIFY(s.bar);
        QCOMPARE(*s.bar, 0.4);
        QVERIFY(s.toolTip.contains(QLatin1String("600000 metadata documents waiting")));
    }

    void aFewToFetchWhileFollowingIsSynced()
    {
        const Shown few = SyncStatusIndicator::describe(running(1000, 1000, 5000, 3, 3));
        QCOMPARE(few.text, QStringLiteral("Synced · 5000 module(s) · 3 to fetch"));
        QVERIFY(!few.bar);
        // Many, but none being fetched: they wait to be tried again (a node that is down), which
        // no bar would show moving.
        const Shown waiting = SyncStatusIndicator::describe(running(1000, 1000, 5000, 800, 0));
        QVERIFY(waiting.text.startsWith(QLatin1String("Synced")));
        QVERIFY(!waiting.bar);
        const Shown done = SyncStatusIndicator::describe(running(1000, 1000, 5000, 0, 0));
        QCOMPARE(done.text, QStringLiteral("Synced · 5000 module(s)"));
        QVERIFY(!done.bar);
    }

    // The widget itself, as the status bar shows it during a first sync's metadata backlog.
    void theIndicatorShowsTheBacklogWithItsBar()
    {
        TestEnvironment env;
        Keystore keystore(env.dataDir() + QStringLiteral("/keys"));
        Services services(keystore); // no endpoints: no syncer, so nothing else reports
        SyncStatusIndicator indicator(services);
        indicator.resize(480, indicator.sizeHint().height());
        indicator.show();
        indicator.showProgress(running(1000, 1000, 1000000, 600000, 4));
        QCOMPARE(indicator.label()->text(), QStringLiteral("Fetching metadata: 400000 of 1000000 modules"));
        QVERIFY(indicator.progressBar()->isVisible());
        QCOMPARE(indicator.progressBar()->value(), 400);
        screenshot(&indicator, QStringLiteral("status-fetching-metadata"));
        indicator.showProgress(running(1000, 1000, 1000000, 0, 0));
        QVERIFY(!indicator.progressBar()->isVisible());
    }

    void aStalledSyncSaysWhy()
    {
        Syncer::Progress p = running(250, 1000, 5000, 4000, 0);
        p.problem = QStringLiteral("The chain node did not answer.");
        const Shown s = SyncStatusIndicator::describe(p);
        QCOMPARE(s.text, QStringLiteral("Sync stalled"));
        QCOMPARE(s.toolTip, p.problem);
        QVERIFY(!s.bar);
    }
};

QTEST_MAIN(TestSyncStatusIndicator)
#include "TestSyncStatusIndicator.moc"
