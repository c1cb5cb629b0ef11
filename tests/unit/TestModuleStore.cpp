// The replica store on a real SQLite file: events become history and current entries, replays are
// harmless, documents make modules verified or invalid (with the reason), a rollback rebuilds the
// entries as of the ancestor, failed fetches wait for their retry time, and the schema refuses a
// file from a newer Modreg.
#include "TestEnvironment.h"
#include "store/ModuleStore.h"
#include "store/SqliteDatabase.h"

#include <QtTest>

using namespace modreg;
using Kind = RegistryEvent::Kind;

namespace {
const QString kLocation = QStringLiteral("evm:5fbdb2315678afecb367f032d93f642f64180aa3");
const QString kCidA = QStringLiteral("bafkreiey5jxe6ilpf62lnh77tm5ejbbmhbugzjuf6p2v3remlu73ced34q");
const QString kCidB = QStringLiteral("QmPZ9gcCEpqKTo6aq61g2nXGUhM4iCL3ewB6LDXZCtioEB");

QByteArray key(int i)
{
    return QByteArray(31, '\x11') + static_cast<char>(i);
}
QByteArray account(int i)
{
    return QByteArray(19, '\x22') + static_cast<char>(i);
}
BlockRef block(quint64 n, char fork = 'a')
{
    return {n, QByteArray(32, fork) + QByteArray::number(n)};
}
RegistryEvent registryEvent(Kind kind, const QByteArray& k, quint64 n, quint64 logIndex,
                            const QString& cid = {}, const QByteArray& owner = account(1), char fork = 'a')
{
    RegistryEvent e;
    e.kind = kind;
    e.key = k;
    e.cid = cid;
    e.account = owner;
    e.block = block(n, fork);
    e.logIndex = logIndex;
    e.transactionHash = QByteArray(32, static_cast<char>(n));
    return e;
}
FetchedDocument document(const QString& cid, const QByteArray& forKey, const QString& name)
{
    ModuleMetadata m;
    m.name = name;
    m.version = QStringLiteral("1.0.0");
    m.author = QStringLiteral("store test");
    m.key = ModuleKey{ModuleKey::Type::Ed25519, forKey};
    return {cid, m.documentBytes(), m, {}};
}
} // namespace

class TestModuleStore : public QObject
{
    Q_OBJECT
    TestEnvironment m_env;
    int m_files = 0;

    std::unique_ptr<ModuleStore> openNew()
    {
        Result<std::unique_ptr<ModuleStore>> store =
            ModuleStore::open(m_env.path() + QStringLiteral("/replica-%1.sqlite").arg(++m_files));
        if (!store)
            qFatal("%s", qPrintable(store.error()));
        return std::move(store).value();
    }

private slots:
    void eventsBecomeHistoryAndEntries()
    {
        auto store = openNew();
        QVERIFY(!store->checkpoint(kLocation));
        QVERIFY(store->apply(kLocation,
                             {registryEvent(Kind::Registered, key(1), 3, 0, kCidA),
                              registryEvent(Kind::Registered, key(2), 3, 1, kCidB),
                              registryEvent(Kind::Updated, key(1), 4, 0, kCidB),
                              registryEvent(Kind::Transferred, key(2), 5, 0, {}, account(2)),
                              registryEvent(Kind::Removed, key(2), 6, 0, {}, account(2))},
                             block(6)));
        QCOMPARE(store->checkpoint(kLocation), std::optional<BlockRef>(block(6)));
        QCOMPARE(store->moduleCount(), 1);
        const std::optional<StoredModule> one = store->module(key(1));
        QVERIFY(one);
        QCOMPARE(one->metadataCid, kCidB);
        QCOMPARE(one->owner, account(1));
        QCOMPARE(one->block, 4u);
        QCOMPARE(one->state, StoredModule::State::Pending);
        QVERIFY(!store->module(key(2)));
        const QList<RegistryEvent> history = store->history(key(2));
        QCOMPARE(history.size(), 3);
        QCOMPARE(history[1].kind, Kind::Transferred);
        QCOMPARE(history[1].account, account(2));
        QCOMPARE(history[2].block, block(6));
        // Both CIDs wait to be fetched (the removed key's too: it may come back in a reorg).
        QCOMPARE(store->pendingFetchCount(), 2);

        // The same batch again changes nothing.
        QVERIFY(store->apply(kLocation, {registryEvent(Kind::Registered, key(1), 3, 0, kCidA)}, block(6)));
        QCOMPARE(store->history(key(1)).size(), 2);
        QCOMPARE(store->module(key(1))->metadataCid, kCidB);
    }

    void documentsJudgeEveryModuleThatPointsAtThem()
    {
        auto store = openNew();
        QVERIFY(store->apply(kLocation,
                             {registryEvent(Kind::Registered, key(1), 1, 0, kCidA),
                              registryEvent(Kind::Registered, key(2), 1, 1, kCidA),
                              registryEvent(Kind::Registered, key(3), 1, 2, kCidB)},
                             block(1)));
        // One document, signed for key 1: key 1 verified, key 2 (pointing at the same CID) invalid.
        QVERIFY(store->recordDocument(document(kCidA, key(1), QStringLiteral("alpha"))));
        QCOMPARE(store->module(key(1))->state, StoredModule::State::Verified);
        QCOMPARE(store->module(key(1))->metadata->name, QStringLiteral("alpha"));
        const StoredModule two = *store->module(key(2));
        QCOMPARE(two.state, StoredModule::State::Invalid);
        QVERIFY2(two.reason.contains(QLatin1String("signed for the key")), qPrintable(two.reason));
        QVERIFY(!two.metadata);
        // An invalid document keeps its reason.
        QVERIFY(
            store->recordDocument({kCidB, QByteArray("{oops"), std::nullopt, QStringLiteral("not JSON")}));
        QCOMPARE(store->module(key(3))->state, StoredModule::State::Invalid);
        QCOMPARE(store->module(key(3))->reason, QStringLiteral("not JSON"));
        QCOMPARE(store->pendingFetchCount(), 0);
        // A later registration of a known CID takes the stored judgement at once, without a fetch.
        QVERIFY(store->apply(kLocation, {registryEvent(Kind::Updated, key(3), 2, 0, kCidA)}, block(2)));
        QCOMPARE(store->module(key(3))->state, StoredModule::State::Invalid); // signed for key 1
        QCOMPARE(store->pendingFetchCount(), 0);
    }

    void rollbackRebuildsAsOfTheAncestor()
    {
        auto store = openNew();
        QVERIFY(store->apply(kLocation, {registryEvent(Kind::Registered, key(1), 5, 0, kCidA)}, block(5)));
        QVERIFY(store->recordDocument(document(kCidA, key(1), QStringLiteral("kept"))));
        QVERIFY(store->apply(kLocation,
                             {registryEvent(Kind::Updated, key(1), 6, 0, kCidB),
                              registryEvent(Kind::Registered, key(2), 6, 1, kCidB),
                              registryEvent(Kind::Removed, key(1), 7, 0)},
                             block(7)));
        QVERIFY(!store->module(key(1)));
        QVERIFY(store->rollback(kLocation, block(5)));
        QCOMPARE(store->checkpoint(kLocation), std::optional<BlockRef>(block(5)));
        const std::optional<StoredModule> one = store->module(key(1));
        QVERIFY(one);
        QCOMPARE(one->metadataCid, kCidA);
        QCOMPARE(one->state, StoredModule::State::Verified); // its document is still known: no refetch
        QCOMPARE(one->metadata->name, QStringLiteral("kept"));
        QVERIFY(!store->module(key(2)));
        QCOMPARE(store->history(key(1)).size(), 1);
        // The other fork's blocks arrive.
        QVERIFY(store->apply(kLocation, {registryEvent(Kind::Updated, key(1), 6, 0, kCidB, account(1), 'b')},
                             block(6, 'b')));
        QCOMPARE(store->module(key(1))->metadataCid, kCidB);
        QCOMPARE(store->history(key(1)).last().block, block(6, 'b'));
    }

    void failedFetchesWaitForTheirTime()
    {
        auto store = openNew();
        QVERIFY(store->apply(kLocation,
                             {registryEvent(Kind::Registered, key(1), 1, 0, kCidA),
                              registryEvent(Kind::Registered, key(2), 1, 1, kCidB)},
                             block(1)));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(store->dueFetches(10, now).size(), 2);
        QVERIFY(store->recordFetchFailure(kCidA, QStringLiteral("gateway timeout"), now.addSecs(30)));
        QCOMPARE(store->dueFetches(10, now), QStringList{kCidB});
        QCOMPARE(store->fetchAttempts(kCidA), 1);
        QCOMPARE(store->dueFetches(10, now.addSecs(31)).size(), 2);
        QCOMPARE(store->module(key(1))->state, StoredModule::State::Pending);
    }

    void reopeningKeepsEverythingAndNewerFilesAreRefused()
    {
        const QString path = m_env.path() + QStringLiteral("/reopen.sqlite");
        {
            auto store = std::move(ModuleStore::open(path)).value();
            QVERIFY(
                store->apply(kLocation, {registryEvent(Kind::Registered, key(9), 2, 0, kCidA)}, block(2)));
        }
        {
            auto store = std::move(ModuleStore::open(path)).value();
            QCOMPARE(store->checkpoint(kLocation), std::optional<BlockRef>(block(2)));
            QCOMPARE(store->module(key(9))->metadataCid, kCidA);
        }
        {
            auto db = std::move(SqliteDatabase::open(path)).value();
            QVERIFY(db->exec("PRAGMA user_version = 99"));
        }
        const Result<std::unique_ptr<ModuleStore>> newer = ModuleStore::open(path);
        QVERIFY(!newer);
        QVERIFY2(newer.error().contains(QLatin1String("newer Modreg")), qPrintable(newer.error()));
        const Result<std::unique_ptr<ModuleStore>> notADatabase = ModuleStore::open(m_env.path());
        QVERIFY(!notADatabase);
    }
};

QTEST_GUILESS_MAIN(TestModuleStore)
#include "TestModuleStore.moc"
