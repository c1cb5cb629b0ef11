// Services opens the local replica of the registry its endpoints name, with no network
// needed. A replica written by an older Modreg is upgraded on a thread of its own: the caller (the
// window's thread, in the app) gets control back at once, is told it is upgrading, and gets the
// replica, with every module kept, when the upgrade is done.
#include "OlderReplica.h"
#include "TestEnvironment.h"
#include "chain/evm/EvmRegistry.h"
#include "crypto/Addresses.h"
#include "keys/Keystore.h"
#include "services/BackgroundSearch.h"
#include "services/Services.h"
#include "store/ModuleStore.h"
#include "store/ReplicaSchema.h"
#include "store/SqliteDatabase.h"

#include <QSignalSpy>
#include <QtTest>

using namespace modreg;

namespace {
const QString kContract = QStringLiteral("0x5FbDB2315678afecb367f032d93F642f64180aa3");
const QString kCid = QStringLiteral("bafkreiey5jxe6ilpf62lnh77tm5ejbbmhbugzjuf6p2v3remlu73ced34q");

QString replicaPath()
{
    return ModuleStore::pathFor(evm::EvmRegistry::locationOf(ethereum::decode(kContract).value()));
}

// Endpoints that name the registry but no usable node: the replica opens, nothing syncs.
Endpoints offline()
{
    Endpoints e;
    e.registryAddress = kContract;
    return e;
}

int schemaVersion(const QString& path)
{
    auto db = std::move(SqliteDatabase::open(path)).value();
    return ReplicaSchema::version(*db).value();
}

SearchQuery words(const QString& text)
{
    SearchQuery q;
    q.text = text;
    return q;
}

// What the app's search (on its own thread) answers for `text`; empty if it does not answer.
QList<SearchHit> searched(const Services& services, const QString& text)
{
    QList<SearchHit> hits;
    bool answered = false;
    const QMetaObject::Connection c = QObject::connect(
        services.searcher(), &BackgroundSearch::found,
        [&](const SearchQuery&, const SearchResults& found, double) { hits = found.hits, answered = true; });
    services.searcher()->search(words(text));
    (void)QTest::qWaitFor([&] { return answered; }, 10000); // unanswered: empty, and the test says so
    QObject::disconnect(c);
    return hits;
}

// A replica holding one verified module, "summarizer", then taken back to schema 10: the modules
// table as it was before schema 11 found modules by their CID's hash.
void writeReplicaOfSchema10(const QString& path)
{
    QFile::remove(path);
    {
        auto store = std::move(ModuleStore::open(path)).value();
        const QByteArray key(32, '\x11');
        RegistryEvent e;
        e.kind = RegistryEvent::Kind::Registered;
        e.key = key;
        e.cid = kCid;
        e.account = QByteArray(20, '\x22');
        e.block = BlockRef{1, QByteArray(32, 'a')};
        e.transactionHash = QByteArray(32, '\x01');
        QVERIFY(store->apply(QStringLiteral("evm:test"), {e}, e.block));
        ModuleMetadata m;
        m.name = QStringLiteral("summarizer");
        m.version = QStringLiteral("1.0.0");
        m.description = QStringLiteral("summarizes long texts");
        m.key = ModuleKey{ModuleKey::Type::Ed25519, key};
        QVERIFY(store->recordDocument({kCid, m.documentBytes(), m, {}}));
    }
    QVERIFY(olderReplica::takeBackToSchema10(path));
}
} // namespace

class TestServices : public QObject
{
    Q_OBJECT

    TestEnvironment m_env;

private slots:
    void aCurrentReplicaOpensAtOnce()
    {
        QFile::remove(replicaPath());
        Keystore keystore(m_env.dataDir() + QStringLiteral("/keys"));
        Services services(keystore);
        services.setEndpoints(offline());
        QVERIFY(services.replica());
        QVERIFY(!services.isUpgradingReplica());
        QCOMPARE(services.replicaProblem(), QString());
        QVERIFY(!ModuleStore::needsUpgrade(replicaPath()));
    }

    void aReplicaOfAnOlderVersionIsUpgradedOffTheCallersThread()
    {
        writeReplicaOfSchema10(replicaPath());
        QVERIFY(ModuleStore::needsUpgrade(replicaPath()));
        Keystore keystore(m_env.dataDir() + QStringLiteral("/keys"));
        Services services(keystore);
        QSignalSpy replicaChanged(&services, &Services::replicaChanged);
        services.setEndpoints(offline());
        // Back at once: the upgrade's result comes through this thread's event loop, which has not run.
        QVERIFY(!services.replica());
        QVERIFY(services.isUpgradingReplica());
        QVERIFY2(services.replicaProblem().contains(QStringLiteral("upgrading")),
                 qPrintable(services.replicaProblem()));
        QCOMPARE(replicaChanged.count(), 1); // views learn there is an upgrade to wait for
        QTRY_VERIFY_WITH_TIMEOUT(services.replica(), 30000);
        QVERIFY(!services.isUpgradingReplica());
        QCOMPARE(services.replicaProblem(), QString());
        QCOMPARE(replicaChanged.count(), 2);
        QCOMPARE(schemaVersion(replicaPath()), ReplicaSchema::latestVersion());
        const QList<SearchHit> hits = searched(services, QStringLiteral("summ"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().name, QStringLiteral("summarizer"));
    }

    // Closing the app during an upgrade waits for it: nothing is left half-done, and the next start
    // finds the file current.
    void closingDuringAnUpgradeLetsItFinish()
    {
        writeReplicaOfSchema10(replicaPath());
        {
            Keystore keystore(m_env.dataDir() + QStringLiteral("/keys"));
            Services services(keystore);
            services.setEndpoints(offline());
            QVERIFY(services.isUpgradingReplica());
        }
        QCOMPARE(schemaVersion(replicaPath()), ReplicaSchema::latestVersion());
        auto store = std::move(ModuleStore::open(replicaPath())).value();
        QCOMPARE(store->search(words(QStringLiteral("summarizer"))).value().hits.size(), 1);
    }

    // Settings switch to another registry and back while the first one's upgrade runs: the services
    // wait for that upgrade, not start a second that would queue behind its write lock (and, on a
    // large file, give up on it with "database is locked").
    void switchingAwayAndBackDuringAnUpgradeWaitsForTheSameOne()
    {
        writeReplicaOfSchema10(replicaPath());
        // Another connection holds the write lock, so the upgrade cannot finish while the test
        // switches: it stands for an upgrade of a large file, which takes a minute.
        auto holder = std::move(SqliteDatabase::open(replicaPath())).value();
        QVERIFY(holder->exec("BEGIN IMMEDIATE"));
        Keystore keystore(m_env.dataDir() + QStringLiteral("/keys"));
        Services services(keystore);
        services.setEndpoints(offline());
        QVERIFY(services.isUpgradingReplica());
        Endpoints other = offline();
        other.registryAddress = QStringLiteral("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512");
        services.setEndpoints(other);
        QVERIFY(services.replica());
        QVERIFY(!services.isUpgradingReplica());
        services.setEndpoints(offline());
        QVERIFY(!services.replica());
        QVERIFY(services.isUpgradingReplica());
        QVERIFY2(services.replicaProblem().contains(QStringLiteral("upgrading")),
                 qPrintable(services.replicaProblem()));
        int running = 0;
        for (const QThread* thread : services.findChildren<QThread*>())
            running += thread->isFinished() ? 0 : 1;
        QCOMPARE(running, 1);
        QVERIFY(holder->exec("ROLLBACK"));
        QTRY_VERIFY_WITH_TIMEOUT(services.replica(), 30000);
        QCOMPARE(services.replicaProblem(), QString());
        QCOMPARE(searched(services, QStringLiteral("summarizer")).size(), 1);
        QCOMPARE(schemaVersion(replicaPath()), ReplicaSchema::latestVersion());
    }

    // A file from a newer Modreg is not an upgrade: the services say why there is no replica.
    void aReplicaFromANewerModregIsRefusedWithTheReason()
    {
        QFile::remove(replicaPath());
        (void)ModuleStore::open(replicaPath());
        {
            auto db = std::move(SqliteDatabase::open(replicaPath())).value();
            QVERIFY(db->exec("PRAGMA user_version = 99"));
        }
        QVERIFY(!ModuleStore::needsUpgrade(replicaPath()));
        Keystore keystore(m_env.dataDir() + QStringLiteral("/keys"));
        Services services(keystore);
        services.setEndpoints(offline());
        QVERIFY(!services.replica());
        QVERIFY(!services.isUpgradingReplica());
        QVERIFY2(services.replicaProblem().contains(QStringLiteral("newer Modreg")),
                 qPrintable(services.replicaProblem()));
    }
};

QTEST_GUILESS_MAIN(TestServices)
#include "TestServices.moc"
