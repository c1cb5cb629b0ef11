// The app's sync on a thread of its own, on the real devnet (anvil + js-ipfs): it fills the replica
// while the main thread does nothing else at all (the window waiting on it could not), and the
// views' own connection to the same file sees each write; its reports arrive on the main thread;
// "Sync now" reaches it; it stops mid-sync without losing what it wrote, and the next one resumes;
// a replica it cannot write is a problem it reports, not a crash.
#include "StartedDevnet.h"
#include "TestEnvironment.h"
#include "TestGateway.h"
#include "TestKeys.h"
#include "TestModules.h"
#include "WaitForCallback.h"
#include "chain/evm/EvmRegistry.h"
#include "crypto/Addresses.h"
#include "ipfs/IpfsRpcClient.h"
#include "keys/Keystore.h"
#include "registry/BackgroundSync.h"
#include "store/ModuleStore.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

using namespace modreg;
using namespace modreg::evm;
using State = StoredModule::State;

class TestBackgroundSync : public QObject
{
    Q_OBJECT
    TestEnvironment m_env;
    std::unique_ptr<Devnet> m_devnet;
    std::unique_ptr<Keystore> m_keystore;
    std::unique_ptr<IpfsRpcClient> m_ipfs;
    std::unique_ptr<JsonRpcClient> m_chain;
    std::unique_ptr<EvmRegistry> m_registry;
    std::unique_ptr<TestModules> m_modules;
    QList<QByteArray> m_keys; // published in initTestCase
    int m_replicas = 0;

    QString newPath() { return m_env.path() + QStringLiteral("/replica-%1.sqlite").arg(++m_replicas); }

    BackgroundSync::Setup setup(const QString& path)
    {
        BackgroundSync::Setup s;
        s.replicaPath = path;
        s.chainRpc = m_devnet->endpoints().chainRpc;
        s.registry.contract = ethereum::decode(m_devnet->endpoints().registryAddress).value();
        s.registry.pollInterval = std::chrono::milliseconds(50);
        s.sources.rpcApi = m_devnet->endpoints().ipfsApi;
        s.sources.tempDir = m_env.path();
        s.options.fromBlock = m_devnet->endpoints().registryFromBlock;
        return s;
    }

    static qint64 verified(const ModuleStore& store) { return store.counts().verified; }

private slots:
    void initTestCase()
    {
        QString error;
        m_devnet = startDevnet(m_env, error);
        QVERIFY2(m_devnet, qPrintable(error));
        m_keystore = newUnlockedKeystore(m_env.dataDir());
        QVERIFY(m_keystore);
        const QString account = addRandomKey(*m_keystore, KeyType::Secp256k1, QStringLiteral("account"));
        const QByteArray address = ethereum::addressOf(m_keystore->key(account)->publicKey);
        const auto funded =
            waitForCallback<Status>([&](auto done) { m_devnet->fundAccounts({address}, done); });
        QVERIFY(funded && funded->ok());
        m_ipfs = std::make_unique<IpfsRpcClient>(m_devnet->endpoints().ipfsApi);
        m_chain = std::make_unique<JsonRpcClient>(m_devnet->endpoints().chainRpc);
        m_registry = std::make_unique<EvmRegistry>(
            *m_chain, *m_keystore,
            EvmRegistry::Options{ethereum::decode(m_devnet->endpoints().registryAddress).value()});
        m_modules = std::make_unique<TestModules>(*m_keystore, *m_ipfs, *m_registry, account);
        for (const char* name : {"thread-one", "thread-two", "thread-three"}) {
            const QString id =
                m_modules->publishNew(QString::fromLatin1(name), QStringLiteral("Synced aside."));
            QVERIFY(!id.isEmpty());
            m_keys << m_modules->keyOf(id);
        }
    }

    void fillsTheReplicaWhileTheMainThreadDoesNothingElse()
    {
        const QString path = newPath();
        auto reader = ModuleStore::open(path); // the views' connection, opened first as in the app
        QVERIFY2(reader, qPrintable(reader ? QString() : reader.error()));
        QThread* mainThread = QThread::currentThread();
        BackgroundSync sync(setup(path), *m_keystore);
        int reportsElsewhere = 0;
        int changes = 0;
        connect(&sync, &BackgroundSync::progressed, this,
                [&] { reportsElsewhere += QThread::currentThread() == mainThread ? 0 : 1; });
        connect(&sync, &BackgroundSync::replicaChanged, this, [&] { ++changes; });

        // No event is processed here: a sync on this thread would not take a single step.
        QElapsedTimer waited;
        waited.start();
        while (verified(*reader.value()) < m_keys.size() && waited.elapsed() < 30000)
            QThread::msleep(20);
        QCOMPARE(verified(*reader.value()), qint64(m_keys.size()));
        for (const QByteArray& key : m_keys)
            QCOMPARE(reader.value()->module(key)->state, State::Verified);
        SearchQuery query;
        query.text = QStringLiteral("thread-two");
        QCOMPARE(reader.value()->search(query).value().hits.first().key, m_keys[1]);

        // Its reports and change notices wait for this thread, and arrive here.
        QTRY_VERIFY_WITH_TIMEOUT(sync.progress().caughtUp, 20000);
        QCOMPARE(sync.progress().problem, QString());
        QTRY_VERIFY(changes > 0);
        QCOMPARE(reportsElsewhere, 0);
    }

    void syncNowReachesIt()
    {
        // A gateway that lies: the metadata stays pending, with a retry an hour away.
        TestGateway gateway(m_devnet->endpoints().ipfsApi);
        gateway.setBehaviour(TestGateway::Behaviour::WrongBytes);
        BackgroundSync::Setup s = setup(newPath());
        s.sources.rpcApi = QUrl();
        s.sources.gateways = {gateway.url()};
        s.options.firstRetry = std::chrono::hours(1);
        auto reader = ModuleStore::open(s.replicaPath);
        QVERIFY(reader);
        BackgroundSync sync(s, *m_keystore);
        QTRY_VERIFY_WITH_TIMEOUT(sync.progress().caughtUp, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            !reader.value()->fetchError(reader.value()->module(m_keys[0])->metadataCid).isEmpty(), 20000);
        QCOMPARE(reader.value()->module(m_keys[0])->state, State::Pending);

        gateway.setBehaviour(TestGateway::Behaviour::Honest);
        sync.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(verified(*reader.value()), qint64(m_keys.size()), 20000);
    }

    void stopsMidSyncAndTheNextOneResumes()
    {
        const QString path = newPath();
        auto reader = ModuleStore::open(path);
        QVERIFY(reader);
        for (int wait : {0, 30, 150}) { // before it has built anything, while it reads, while it fetches
            auto sync = std::make_unique<BackgroundSync>(setup(path), *m_keystore);
            QTest::qWait(wait);
            sync.reset(); // must neither hang nor crash, and leave the file whole
        }
        QVERIFY(verified(*reader.value()) <= m_keys.size());
        BackgroundSync sync(setup(path), *m_keystore);
        QTRY_COMPARE_WITH_TIMEOUT(verified(*reader.value()), qint64(m_keys.size()), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(sync.progress().caughtUp, 20000);
        QCOMPARE(reader.value()->moduleCount(), qint64(m_keys.size()));
        for (const QByteArray& key : m_keys)
            QCOMPARE(reader.value()->history(key).size(), 1);
    }

    void aReplicaItCannotOpenIsAProblemItReports()
    {
        BackgroundSync::Setup s = setup(m_env.path()); // a folder, not a file
        BackgroundSync sync(s, *m_keystore);
        QTRY_VERIFY_WITH_TIMEOUT(!sync.progress().problem.isEmpty(), 10000);
        QVERIFY2(sync.progress().problem.contains(m_env.path()), qPrintable(sync.progress().problem));
        QVERIFY(!sync.progress().running);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundSync)
#include "TestBackgroundSync.moc"
