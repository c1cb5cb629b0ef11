// The syncer on the real devnet (anvil + js-ipfs): modules registered on chain with metadata in
// IPFS reach the replica verified and are found by search; updates, removals and transfers follow
// live; a reorganisation rolls the replica back; a restart resumes from the checkpoint, and rolls
// back first if the chain moved on without it; hostile metadata (invalid JSON, oversized, a broken
// signature, signed for another key, not a CID) is stored as invalid with the reason; a lying
// gateway or an unreachable node leaves metadata pending with the reason while events go on.
#include "SearchIndexSegments.h"
#include "StartedDevnet.h"
#include "TestEnvironment.h"
#include "TestFiles.h"
#include "TestGateway.h"
#include "TestKeys.h"
#include "TestModules.h"
#include "WaitForCallback.h"
#include "chain/evm/EvmRegistry.h"
#include "crypto/Addresses.h"
#include "ipfs/IpfsRpcClient.h"
#include "keys/Keystore.h"
#include "metadata/MetadataSignature.h"
#include "registry/Syncer.h"
#include "store/ModuleStore.h"

#include <QDateTime>
#include <QDir>
#include <QTest>

using namespace modreg;
using namespace modreg::evm;
using State = StoredModule::State;

class TestSyncer : public QObject
{
    Q_OBJECT
    TestEnvironment m_env;
    std::unique_ptr<Devnet> m_devnet;
    std::unique_ptr<Keystore> m_keystore;
    std::unique_ptr<IpfsRpcClient> m_ipfs;
    std::unique_ptr<JsonRpcClient> m_chain;
    std::unique_ptr<EvmRegistry> m_registry;
    std::unique_ptr<TestModules> m_modules;
    QString m_account;
    QByteArray m_accountAddress;
    int m_stores = 0;

    struct Replica
    {
        std::unique_ptr<ModuleStore> store;
        std::unique_ptr<Syncer> syncer;
        QString path;
    };

    Replica newReplica(VerifiedFetcher::Options sources = {}, QString path = {},
                       qint64 compactAfterDocuments = Syncer::Options().compactAfterDocuments)
    {
        if (path.isEmpty())
            path = m_env.path() + QStringLiteral("/replica-%1.sqlite").arg(++m_stores);
        if (sources.rpcApi.isEmpty() && sources.gateways.isEmpty())
            sources.rpcApi = m_devnet->endpoints().ipfsApi;
        sources.tempDir = m_env.path();
        Replica r;
        r.path = path;
        r.store = ModuleStore::open(path).value();
        Syncer::Options options;
        options.fromBlock = m_devnet->endpoints().registryFromBlock;
        options.firstRetry = std::chrono::milliseconds(200);
        options.compactAfterDocuments = compactAfterDocuments;
        r.syncer = std::make_unique<Syncer>(*r.store, *m_registry, sources, options);
        return r;
    }

    quint64 headNumber()
    {
        const auto r = waitForCallback<Result<QJsonValue>>(
            [&](auto done) { m_chain->call(QStringLiteral("eth_blockNumber"), {}, done); });
        return r && r->ok() ? hexQuantityOf(r->value()) : 0;
    }

    // Caught up with the chain as it is now, and no fetch left that can succeed.
    static bool settled(const Syncer& syncer, quint64 head)
    {
        const Syncer::Progress p = syncer.progress();
        return p.caughtUp && p.syncedBlock >= head;
    }
    bool waitSettled(const Replica& r)
    {
        const quint64 head = headNumber();
        return QTest::qWaitFor([&] { return settled(*r.syncer, head) && r.store->pendingFetchCount() == 0; },
                               30000);
    }

    // A new registry object in place of the current one (which is returned).
    std::unique_ptr<EvmRegistry> freshRegistry()
    {
        EvmRegistry::Options options;
        options.contract = ethereum::decode(m_devnet->endpoints().registryAddress).value();
        options.pollInterval = std::chrono::milliseconds(50);
        auto previous =
            std::exchange(m_registry, std::make_unique<EvmRegistry>(*m_chain, *m_keystore, options));
        if (m_modules)
            m_modules->setRegistry(*m_registry);
        return previous;
    }

    QString add(const QByteArray& bytes) { return m_modules->add(bytes); }
    ModuleMetadata document(const QString& keyId, const QString& name, const QString& description,
                            const QString& version = QStringLiteral("1.0.0"))
    {
        return m_modules->document(keyId, name, description, version);
    }
    QByteArray keyOf(const QString& keyId) { return m_modules->keyOf(keyId); }
    bool call(RegistryCall::Kind kind, const QByteArray& key, const QString& cid,
              const QByteArray& newOwner = {})
    {
        return m_modules->call(kind, key, cid, newOwner);
    }
    QString publishNew(const QString& name, const QString& description)
    {
        return m_modules->publishNew(name, description);
    }
    QByteArray registerRaw(const QByteArray& bytes) { return m_modules->registerRaw(bytes); }
    QByteArray registerRawCid(const QString& cid)
    {
        const QByteArray key = keyOf(addRandomKey(*m_keystore, KeyType::Ed25519, QStringLiteral("raw cid")));
        return call(RegistryCall::Kind::Register, key, cid) ? key : QByteArray();
    }

    QByteArray firstHit(const ModuleStore& store, const QString& text)
    {
        SearchQuery query;
        query.text = text;
        const auto hits = store.search(query);
        return hits && !hits->hits.isEmpty() ? hits->hits.first().key : QByteArray();
    }

    QJsonValue rpc(const QString& method, const QJsonArray& params = {})
    {
        const auto r =
            waitForCallback<Result<QJsonValue>>([&](auto done) { m_chain->call(method, params, done); });
        return r && r->ok() ? r->value() : QJsonValue();
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_devnet = startDevnet(m_env, error);
        QVERIFY2(m_devnet, qPrintable(error));
        m_keystore = newUnlockedKeystore(m_env.dataDir());
        QVERIFY(m_keystore);
        m_account = addRandomKey(*m_keystore, KeyType::Secp256k1, QStringLiteral("account"));
        m_accountAddress = ethereum::addressOf(m_keystore->key(m_account)->publicKey);
        const auto funded =
            waitForCallback<Status>([&](auto done) { m_devnet->fundAccounts({m_accountAddress}, done); });
        QVERIFY(funded && funded->ok());
        m_ipfs = std::make_unique<IpfsRpcClient>(m_devnet->endpoints().ipfsApi);
        m_chain = std::make_unique<JsonRpcClient>(m_devnet->endpoints().chainRpc);
        freshRegistry();
        m_modules = std::make_unique<TestModules>(*m_keystore, *m_ipfs, *m_registry, m_account);
    }

    void modulesArriveVerifiedAndAreFound()
    {
        const QStringList names{QStringLiteral("sentiment-scorer"), QStringLiteral("image-tagger"),
                                QStringLiteral("pdf-summarizer")};
        QList<QByteArray> keys;
        for (const QString& name : names) {
            const QString id =
                publishNew(name, QStringLiteral("The %1 module, for the syncer test.").arg(name));
            QVERIFY(!id.isEmpty());
            keys << keyOf(id);
        }
        Replica r = newReplica();
        r.syncer->start();
        QVERIFY(waitSettled(r));
        for (int i = 0; i < names.size(); ++i) {
            const std::optional<StoredModule> m = r.store->module(keys[i]);
            QVERIFY(m);
            QCOMPARE(m->state, State::Verified);
            QCOMPARE(m->owner, m_accountAddress);
            QCOMPARE(m->metadata->name, names[i]);
            QCOMPARE(firstHit(*r.store, names[i]), keys[i]);
            QCOMPARE(r.store->history(keys[i]).size(), 1);
        }
        QCOMPARE(firstHit(*r.store, QStringLiteral("summ")), keys[2]); // a prefix, as typed
        QCOMPARE(r.syncer->progress().problem, QString());
        QCOMPARE(r.syncer->progress().fraction(), 1.0);
    }

    void updatesRemovalsAndTransfersFollowLive()
    {
        Replica r = newReplica();
        r.syncer->start();
        QVERIFY(waitSettled(r));
        int changes = 0;
        connect(r.syncer.get(), &Syncer::replicaChanged, this, [&] { ++changes; });

        const QString id =
            publishNew(QStringLiteral("live-module"), QStringLiteral("Arrives while syncing."));
        QVERIFY(!id.isEmpty());
        const QByteArray key = keyOf(id);
        QTRY_VERIFY_WITH_TIMEOUT(r.store->module(key) && r.store->module(key)->state == State::Verified,
                                 20000);
        QTRY_VERIFY(changes > 0); // coalesced: at most five a second

        const QString v2 = add(document(id, QStringLiteral("live-module"),
                                        QStringLiteral("Now with wombats."), QStringLiteral("2.0.0"))
                                   .documentBytes());
        QVERIFY(call(RegistryCall::Kind::Update, key, v2));
        QTRY_COMPARE_WITH_TIMEOUT(r.store->module(key)->metadataCid, v2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(r.store->module(key)->state, State::Verified, 20000);
        QCOMPARE(r.store->module(key)->metadata->version, QStringLiteral("2.0.0"));
        QCOMPARE(firstHit(*r.store, QStringLiteral("wombats")), key);

        const QByteArray newOwner = QByteArray::fromHex("00000000000000000000000000000000000000aa");
        QVERIFY(call(RegistryCall::Kind::Transfer, key, {}, newOwner));
        QTRY_COMPARE_WITH_TIMEOUT(r.store->module(key)->owner, newOwner, 20000);

        const QString other = publishNew(QStringLiteral("short-lived"), QStringLiteral("Removed soon."));
        QTRY_VERIFY_WITH_TIMEOUT(r.store->module(keyOf(other)), 20000);
        QVERIFY(call(RegistryCall::Kind::Remove, keyOf(other), {}));
        QTRY_VERIFY_WITH_TIMEOUT(!r.store->module(keyOf(other)), 20000);
        QCOMPARE(firstHit(*r.store, QStringLiteral("short-lived")), QByteArray());
        const QList<RegistryEvent> history = r.store->history(key);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history[1].kind, RegistryEvent::Kind::Updated);
        QCOMPARE(history[2].kind, RegistryEvent::Kind::Transferred);
    }

    void aReorganisationRollsTheReplicaBack()
    {
        Replica r = newReplica();
        r.syncer->start();
        QVERIFY(waitSettled(r));
        const QJsonValue snapshot = rpc(QStringLiteral("evm_snapshot"));
        QVERIFY(snapshot.isString());
        const QString doomed =
            publishNew(QStringLiteral("doomed-module"), QStringLiteral("Reorganised away."));
        QTRY_VERIFY_WITH_TIMEOUT(r.store->module(keyOf(doomed)), 20000);
        const qint64 before = r.store->moduleCount();

        // Modreg closes; the chain reorganises while it is closed.
        const QString path = r.path;
        r.syncer.reset();
        r.store.reset();
        QVERIFY(rpc(QStringLiteral("evm_revert"), {snapshot}).toBool());
        freshRegistry(); // the signer's nonce went back with the chain
        const QString survivor =
            publishNew(QStringLiteral("survivor-module"), QStringLiteral("On the new chain."));
        r = newReplica({}, path);
        r.syncer->start();
        QVERIFY(waitSettled(r));
        QVERIFY(!r.store->module(keyOf(doomed)));
        QCOMPARE(firstHit(*r.store, QStringLiteral("doomed")), QByteArray());
        QVERIFY(r.store->module(keyOf(survivor)));
        QCOMPARE(r.store->module(keyOf(survivor))->state, State::Verified);
        QCOMPARE(r.store->moduleCount(), before);
        QCOMPARE(r.store->checkpoint(m_registry->location())->number, headNumber());
    }

    void aLiveReorganisationRollsBackWhileRunning()
    {
        Replica r = newReplica();
        r.syncer->start();
        QVERIFY(waitSettled(r));
        const QJsonValue snapshot = rpc(QStringLiteral("evm_snapshot"));
        const QString doomed = publishNew(QStringLiteral("doomed-live"), QStringLiteral("Gone in a reorg."));
        QTRY_VERIFY_WITH_TIMEOUT(r.store->module(keyOf(doomed)), 20000);
        QVERIFY(rpc(QStringLiteral("evm_revert"), {snapshot}).toBool());
        // A new registry object for sending (the signer's nonce went back); the syncer keeps reading
        // through the old one, whose chain client is the same.
        std::unique_ptr<EvmRegistry> reading = freshRegistry();
        // Another module at the same height, so the chain really has a different block there.
        const QString replacement = publishNew(QStringLiteral("replacement-live"), QStringLiteral("x"));
        QTRY_VERIFY_WITH_TIMEOUT(!r.store->module(keyOf(doomed)), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(r.store->module(keyOf(replacement)), 20000);
        QVERIFY(waitSettled(r));
        QCOMPARE(r.store->history(keyOf(doomed)).size(), 0);
        r.syncer.reset();
    }

    void hostileMetadataIsInvalidWithTheReason()
    {
        const QByteArray notJson = registerRaw("<html>Not found</html>");
        QByteArray huge = "{\"name\":\"x\",\"description\":\"" + QByteArray(300 * 1024, 'a') + "\"}";
        const QByteArray oversized = registerRaw(huge);
        // A good document whose description was changed after signing.
        const QString tamperedId = addRandomKey(*m_keystore, KeyType::Ed25519, QStringLiteral("tampered"));
        ModuleMetadata tampered = document(tamperedId, QStringLiteral("tampered"), QStringLiteral("honest"));
        tampered.description = QStringLiteral("changed after signing");
        const QString tamperedCid = add(tampered.documentBytes());
        QVERIFY(call(RegistryCall::Kind::Register, keyOf(tamperedId), tamperedCid));
        // Someone else's good document, registered under another key.
        const QString victim = addRandomKey(*m_keystore, KeyType::Ed25519, QStringLiteral("victim"));
        const QByteArray thief =
            registerRaw(document(victim, QStringLiteral("borrowed"), QStringLiteral("b")).documentBytes());
        // What anyone may register besides: documents that break every reader in turn (the first
        // aborted every sync once: nlohmann's out_of_range for a number no double holds), and CIDs
        // of content that is no document at all. Each becomes invalid, with why.
        const QList<QPair<QByteArray, QString>> hostileTexts{
            {R"({"name":"x","version":"1.0.0","author":"a","custom":{"n":1e400}})",
             QStringLiteral("too large")},
            {R"({"name":-1e99999})", QStringLiteral("too large")},
            {R"({"name":"x","version":"1.0.0","author":"a","custom":{"n":9007199254740993}})",
             QStringLiteral("2^53")},
            {"{\"custom\":" + QByteArray(40, '[') + QByteArray(40, ']') + "}", QStringLiteral("deeper")},
            {R"({"name":"a","name":"b"})", QStringLiteral("twice")},
            {"{\"name\":\"\xff\xfe\"}", QStringLiteral("not valid JSON")},
            {R"({"name":"\ud800"})", QStringLiteral("not valid JSON")},
            {R"({"custom":{"x":NaN}})", QStringLiteral("not valid JSON")},
            {"", QStringLiteral("not valid JSON")},
            {"[1,2,3]", QStringLiteral("JSON object")},
            // (Not a raw string: moc reads a \u in one as a character of its own and loses the class.)
            {"{\"name\":\"a\\u0000b\",\"version\":\"1.0.0\",\"author\":\"\\u001b[31m\"}",
             QStringLiteral("control characters")},
        };
        QList<QByteArray> hostileKeys;
        for (const auto& [text, reason] : hostileTexts)
            hostileKeys << registerRaw(text);
        // A folder, where a document should be; and more bytes than any document may have.
        const QString folder = m_env.path() + QStringLiteral("/not-a-document");
        QDir().mkpath(folder);
        writeFile(folder + QStringLiteral("/readme.txt"), "a folder, not JSON");
        IpfsAddOptions options;
        options.cidVersion = 1;
        const auto addedFolder =
            waitForCallback<Result<IpfsAdded>>([&](auto done) { m_ipfs->add(folder, options, {}, done); });
        QVERIFY(addedFolder && addedFolder->ok());
        const QByteArray folderKey = registerRawCid(addedFolder->value().root.toString());
        const QByteArray fiveMegabytes = registerRaw(QByteArray(5 * 1024 * 1024, ' '));
        const QString good =
            publishNew(QStringLiteral("after-the-hostile-ones"), QStringLiteral("Still synced."));

        Replica r = newReplica();
        r.syncer->start();
        QVERIFY(waitSettled(r));
        const auto expectInvalid = [&](const QByteArray& key, const QString& words) {
            const std::optional<StoredModule> m = r.store->module(key);
            QVERIFY(m);
            QCOMPARE(m->state, State::Invalid);
            QVERIFY2(m->reason.contains(words, Qt::CaseInsensitive), qPrintable(m->reason));
        };
        expectInvalid(notJson, QStringLiteral("not a usable JSON document"));
        expectInvalid(oversized, QStringLiteral("256 KiB"));
        expectInvalid(keyOf(tamperedId), QStringLiteral("signature"));
        expectInvalid(thief, QStringLiteral("signed for the key"));
        for (qsizetype i = 0; i < hostileTexts.size(); ++i)
            expectInvalid(hostileKeys[i], hostileTexts[i].second);
        // Verdicts no other source can change: invalid at once, not retried for ever.
        expectInvalid(folderKey, QStringLiteral("folder, not a file"));
        expectInvalid(fiveMegabytes, QStringLiteral("larger than the limit"));
        QCOMPARE(r.store->module(keyOf(good))->state, State::Verified);
        // The honest module registered after all of them is found by its words.
        SearchQuery honest;
        honest.text = QStringLiteral("still synced");
        const QList<SearchHit> found = r.store->search(honest).value().hits;
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().key, keyOf(good));
        // Invalid modules are not offered as verified search results.
        SearchQuery query;
        query.text = QStringLiteral("borrowed");
        query.verifiedOnly = true;
        QVERIFY(r.store->search(query)->hits.isEmpty());
    }

    void aLyingGatewayLeavesMetadataPendingAndSyncGoesOn()
    {
        const QString id =
            publishNew(QStringLiteral("lied-about"), QStringLiteral("Served wrong by a gateway."));
        TestGateway liar(m_devnet->endpoints().ipfsApi);
        liar.setBehaviour(TestGateway::Behaviour::WrongBytes);
        VerifiedFetcher::Options sources;
        sources.gateways = {liar.url()};
        Replica r = newReplica(sources);
        r.syncer->start();
        const quint64 head = headNumber();
        QTRY_VERIFY_WITH_TIMEOUT(settled(*r.syncer, head), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(r.store->fetchAttempts(r.store->module(keyOf(id))->metadataCid) >= 1, 20000);
        const std::optional<StoredModule> m = r.store->module(keyOf(id));
        QCOMPARE(m->state, State::Pending);
        QVERIFY2(m->reason.contains(QStringLiteral("does not match"), Qt::CaseInsensitive),
                 qPrintable(m->reason));
        QVERIFY(!m->metadata);
        QVERIFY(r.store->moduleCount() > 1);                  // the events all arrived
        QTRY_VERIFY(r.syncer->progress().pendingFetches > 0); // counted at most twice a second
    }

    void unreachableMetadataIsRetriedUntilItArrives()
    {
        // An IPFS node that is not there yet: a port nothing listens on.
        VerifiedFetcher::Options sources;
        sources.rpcApi = QUrl(QStringLiteral("http://127.0.0.1:9"));
        Replica down = newReplica(sources);
        const QString id = publishNew(QStringLiteral("patient-module"), QStringLiteral("Waits for IPFS."));
        down.syncer->start();
        QTRY_VERIFY_WITH_TIMEOUT(down.store->fetchAttempts(down.store->module(keyOf(id))->metadataCid) >= 2,
                                 20000);
        QCOMPARE(down.store->module(keyOf(id))->state, State::Pending);
        QVERIFY(!down.store->module(keyOf(id))->reason.isEmpty());
        const QString path = down.path;
        down.syncer.reset();
        down.store.reset();
        // The node is back (the real one): the same replica verifies it on "Sync now".
        Replica up = newReplica({}, path);
        up.syncer->start();
        up.syncer->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(up.store->module(keyOf(id))->state, State::Verified, 20000);
    }

    void aRestartResumesFromTheCheckpoint()
    {
        Replica r = newReplica();
        r.syncer->start();
        QVERIFY(waitSettled(r));
        const QString path = r.path;
        const BlockRef stoppedAt = *r.store->checkpoint(m_registry->location());
        r.syncer.reset();
        r.store.reset();
        const QString later =
            publishNew(QStringLiteral("while-closed"), QStringLiteral("Published while closed."));
        Replica again = newReplica({}, path);
        again.syncer->start();
        QVERIFY(waitSettled(again));
        QVERIFY(again.store->module(keyOf(later)));
        QVERIFY(again.syncer->progress().firstBlock >= stoppedAt.number); // not from the start again

        // And it equals a clean sync, row for row.
        Replica clean = newReplica();
        clean.syncer->start();
        QVERIFY(waitSettled(clean));
        QCOMPARE(again.store->moduleCount(), clean.store->moduleCount());
        const auto all = [](const ModuleStore& s) {
            SearchQuery q;
            q.limit = 100000;
            QStringList rows;
            const QList<SearchHit> hits = s.search(q).value().hits;
            for (const SearchHit& h : hits) {
                const StoredModule m = *s.module(h.key);
                rows << QStringLiteral("%1 %2 %3 %4 %5")
                            .arg(QString::fromLatin1(h.key.toHex()), m.metadataCid, QString::number(m.block),
                                 QString::number(int(m.state)), QString::number(s.history(h.key).size()));
            }
            return rows;
        };
        QCOMPARE(all(*again.store), all(*clean.store));
    }

    // A backfill that wrote many documents leaves the search index in one segment as it ends, so
    // that following the chain afterwards writes quickly; a catch-up that wrote few (each start of the
    // app) leaves it as it is, since compacting rewrites all of it.
    void aBackfillCompactsTheSearchIndexOnlyWhenItWroteMany()
    {
        Replica r = newReplica();
        r.syncer->start();
        QVERIFY(waitSettled(r));
        QList<QByteArray> segmentKeys;
        for (int i = 0; i < 3; ++i) { // following the chain: a write, and a segment, each
            const QByteArray& key = segmentKeys.emplace_back(keyOf(publishNew(
                QStringLiteral("segment-%1").arg(i), QStringLiteral("Written while following the chain."))));
            QTRY_VERIFY_WITH_TIMEOUT(r.store->module(key) && r.store->module(key)->state == State::Verified,
                                     20000);
        }
        const QString path = r.path;
        const int segments = searchIndexSegments(path);
        QVERIFY2(segments >= 3, qPrintable(QString::number(segments)));
        r.syncer.reset();
        r.store.reset();

        Replica restarted = newReplica({}, path);
        restarted.syncer->start();
        QVERIFY(waitSettled(restarted));
        QCOMPARE(searchIndexSegments(path), segments);
        restarted.syncer.reset();
        restarted.store.reset();

        const QByteArray later =
            keyOf(publishNew(QStringLiteral("after-a-backfill"), QStringLiteral("Published while closed.")));
        Replica backfilled = newReplica({}, path, 0); // as if the backfill had written 1,000
        backfilled.syncer->start();
        QVERIFY(waitSettled(backfilled));
        QCOMPARE(backfilled.store->module(later)->state, State::Verified);
        // One segment, and the later document's own if it was fetched after the backfill ended.
        QVERIFY2(searchIndexSegments(path) <= 2, qPrintable(QString::number(searchIndexSegments(path))));
        QCOMPARE(firstHit(*backfilled.store, QStringLiteral("after-a-backfill")), later);
        QCOMPARE(firstHit(*backfilled.store, QStringLiteral("segment-1")), segmentKeys[1]);
    }

    void aRestartAtTheHeadIsCaughtUpWithoutANewBlock()
    {
        Replica r = newReplica();
        r.syncer->start();
        QVERIFY(waitSettled(r));
        const QString path = r.path;
        r.syncer.reset();
        r.store.reset();
        const quint64 head = headNumber();
        Replica again = newReplica({}, path);
        again.syncer->start();
        // The devnet makes blocks only for transactions: none comes while this waits.
        QTRY_VERIFY_WITH_TIMEOUT(again.syncer->progress().caughtUp, 10000);
        QCOMPARE(again.syncer->progress().headBlock, head);
        QCOMPARE(again.syncer->progress().syncedBlock, head);
        QCOMPARE(headNumber(), head);
        QCOMPARE(again.syncer->progress().fraction(), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestSyncer)
#include "TestSyncer.moc"
