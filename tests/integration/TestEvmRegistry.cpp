// The registry on a real anvil node, through the chain-agnostic Registry interface: the devnet
// deploys the contract and funds keystore keys; every call and every contract error; bad input
// refused before anything is sent; the event stream across a dropped WebSocket (no loss, no
// duplicates), a reorganisation reported with the new block hashes, and a node that cuts the
// connection right after it received a transaction (mined once, reported once).
#include "StartedDevnet.h"
#include "TcpProxy.h"
#include "TestEnvironment.h"
#include "TestKeys.h"
#include "WaitForCallback.h"
#include "chain/evm/EvmEventStream.h"
#include "chain/evm/EvmRegistry.h"
#include "crypto/Addresses.h"
#include "devnet/DevnetRegistry.h"
#include "keys/Keystore.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace modreg;
using namespace modreg::evm;

namespace {
const QString kCid = QStringLiteral("bafkreiey5jxe6ilpf62lnh77tm5ejbbmhbugzjuf6p2v3remlu73ced34q");
const QString kOtherCid = QStringLiteral("QmPZ9gcCEpqKTo6aq61g2nXGUhM4iCL3ewB6LDXZCtioEB");

QByteArray keyNumber(int i, int size = 32)
{
    QByteArray key(size, '\0');
    key[0] = static_cast<char>(0xA0);
    key[size - 2] = static_cast<char>(i >> 8);
    key[size - 1] = static_cast<char>(i);
    return key;
}

// Everything a stream said, in order.
struct StreamLog
{
    QList<RegistryEvent> events;
    QList<std::pair<BlockRef, QList<BlockRef>>> reorgs;
    QList<std::pair<bool, QString>> liveness;
    QString failure;

    void watch(RegistryEventStream& stream)
    {
        QObject::connect(&stream, &RegistryEventStream::eventArrived,
                         [this](const RegistryEvent& e) { events << e; });
        QObject::connect(&stream, &RegistryEventStream::reorganized,
                         [this](const BlockRef& a, const QList<BlockRef>& b) {
                             reorgs.append({a, b});
                         });
        QObject::connect(&stream, &RegistryEventStream::liveChanged, [this](bool live, const QString& why) {
            liveness.append({live, why});
        });
        QObject::connect(&stream, &RegistryEventStream::failed,
                         [this](const QString& why) { failure = why; });
    }
    int countOf(const QByteArray& key) const
    {
        return static_cast<int>(std::count_if(events.cbegin(), events.cend(),
                                              [&](const RegistryEvent& e) { return e.key == key; }));
    }
    bool isLive() const { return !liveness.isEmpty() && liveness.last().first; }
};
} // namespace

class TestEvmRegistry : public QObject
{
    Q_OBJECT
    TestEnvironment m_env;
    std::unique_ptr<Devnet> m_devnet;
    std::unique_ptr<Keystore> m_keystore;
    std::unique_ptr<JsonRpcClient> m_client;
    std::unique_ptr<EvmRegistry> m_registry;
    QByteArray m_contract;
    QString m_owner, m_other, m_unfunded, m_edKey;
    QByteArray m_ownerAddress, m_otherAddress;

    std::optional<Result<RegistryReceipt>> registerModule(Registry& registry, const QByteArray& key,
                                                          const QString& cid, const QString& account)
    {
        return waitForCallback<Result<RegistryReceipt>>(
            [&](auto done) { registry.registerModule(key, cid, account, done); });
    }

    quint64 rpcQuantity(const QString& method, const QJsonArray& params)
    {
        const auto r =
            waitForCallback<Result<QJsonValue>>([&](auto done) { m_client->call(method, params, done); });
        return r && r->ok() ? hexQuantityOf(r->value()) : 0;
    }
    quint64 nonceOf(const QByteArray& address)
    {
        return rpcQuantity(QStringLiteral("eth_getTransactionCount"),
                           {TransactionSender::hexData(address), QStringLiteral("latest")});
    }
    quint64 blockNumber() { return rpcQuantity(QStringLiteral("eth_blockNumber"), {}); }

    std::unique_ptr<EvmRegistry> registryVia(JsonRpcClient& client)
    {
        EvmRegistry::Options options;
        options.contract = m_contract;
        options.pollInterval = std::chrono::milliseconds(50);
        return std::make_unique<EvmRegistry>(client, *m_keystore, options);
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_devnet = startDevnet(m_env, error);
        QVERIFY2(m_devnet, qPrintable(error));
        m_keystore = newUnlockedKeystore(m_env.dataDir());
        QVERIFY(m_keystore);
        m_owner = addRandomKey(*m_keystore, KeyType::Secp256k1, QStringLiteral("owner"));
        m_other = addRandomKey(*m_keystore, KeyType::Secp256k1, QStringLiteral("other"));
        m_unfunded = addRandomKey(*m_keystore, KeyType::Secp256k1, QStringLiteral("unfunded"));
        m_edKey = addRandomKey(*m_keystore, KeyType::Ed25519, QStringLiteral("ed"));
        m_ownerAddress = ethereum::addressOf(m_keystore->key(m_owner)->publicKey);
        m_otherAddress = ethereum::addressOf(m_keystore->key(m_other)->publicKey);
        const auto funded = waitForCallback<Status>([&](auto done) {
            m_devnet->fundAccounts({m_ownerAddress, m_otherAddress}, done);
        });
        QVERIFY2(funded && funded->ok(), funded ? qPrintable(funded->error()) : "no answer");

        m_client = std::make_unique<JsonRpcClient>(m_devnet->endpoints().chainRpc);
        m_client->setTimeout(std::chrono::seconds(10));
        m_contract = ethereum::decode(m_devnet->endpoints().registryAddress).value();
        m_registry = registryVia(*m_client);
    }

    void cleanupTestCase()
    {
        m_registry.reset();
        m_client.reset();
        if (m_devnet)
            m_devnet->stop();
    }

    void theDevnetDeployedTheRegistryAndRemembersIt()
    {
        const auto code = waitForCallback<Result<QJsonValue>>([&](auto done) {
            m_client->call(QStringLiteral("eth_getCode"),
                           {TransactionSender::hexData(m_contract), QStringLiteral("latest")}, done);
        });
        QVERIFY(code && code->ok());
        QVERIFY2(hexDataOf(code->value()).size() > 100, "no contract code at the devnet's registry address");
        QFile record(DevnetRegistry::recordPath(m_devnet->options().dir));
        QVERIFY(record.open(QIODevice::ReadOnly));
        QCOMPARE(
            QJsonDocument::fromJson(record.readAll()).object().value(QLatin1String("address")).toString(),
            m_devnet->endpoints().registryAddress);
        const auto count =
            waitForCallback<Result<quint64>>([&](auto done) { m_registry->moduleCount(done); });
        QVERIFY(count && count->ok());
        QCOMPARE(count->value(), quint64(0));
        // funded from the dev account: 100 ETH, more than a quint64 of wei
        const auto balance = waitForCallback<Result<QJsonValue>>([&](auto done) {
            m_client->call(QStringLiteral("eth_getBalance"),
                           {TransactionSender::hexData(m_ownerAddress), QStringLiteral("latest")}, done);
        });
        QVERIFY(balance && balance->ok());
        QCOMPARE(balance->value().toString(), QStringLiteral("0x56bc75e2d63100000"));
    }

    void everyCallWorksAndTheStreamSeesEachOnce()
    {
        EvmEventStream stream(*m_client, m_contract, {});
        StreamLog seen;
        seen.watch(stream);
        stream.start(0);

        const QByteArray key = keyNumber(1);
        const auto registered = registerModule(*m_registry, key, kCid, m_owner);
        QVERIFY2(registered && registered->ok(), registered ? qPrintable(registered->error()) : "no answer");

        const auto got = waitForCallback<Result<std::optional<ModuleEntry>>>(
            [&](auto done) { m_registry->getModule(key, done); });
        QVERIFY(got && got->ok() && got->value().has_value());
        QCOMPARE(got->value()->cid, kCid);
        QCOMPARE(got->value()->owner, m_ownerAddress);

        const auto updated = waitForCallback<Result<RegistryReceipt>>(
            [&](auto done) { m_registry->updateModule(key, kOtherCid, m_owner, done); });
        QVERIFY2(updated && updated->ok(), updated ? qPrintable(updated->error()) : "no answer");
        const auto transferred = waitForCallback<Result<RegistryReceipt>>(
            [&](auto done) { m_registry->transferModule(key, m_otherAddress, m_owner, done); });
        QVERIFY2(transferred && transferred->ok(),
                 transferred ? qPrintable(transferred->error()) : "no answer");
        // the old owner may no longer change it; the new one may
        const auto refused = waitForCallback<Result<RegistryReceipt>>(
            [&](auto done) { m_registry->removeModule(key, m_owner, done); });
        QVERIFY(refused && !refused->ok());
        QVERIFY2(
            refused->error().contains(
                QStringLiteral("Only %1 may change this module").arg(ethereum::checksummed(m_otherAddress))),
            qPrintable(refused->error()));
        const auto removed = waitForCallback<Result<RegistryReceipt>>(
            [&](auto done) { m_registry->removeModule(key, m_other, done); });
        QVERIFY2(removed && removed->ok(), removed ? qPrintable(removed->error()) : "no answer");

        const auto gone = waitForCallback<Result<std::optional<ModuleEntry>>>(
            [&](auto done) { m_registry->getModule(key, done); });
        QVERIFY(gone && gone->ok());
        QVERIFY(!gone->value().has_value());

        QTRY_COMPARE_WITH_TIMEOUT(seen.events.size(), 4, 10000);
        using K = RegistryEvent::Kind;
        QCOMPARE(seen.events[0].kind, K::Registered);
        QCOMPARE(seen.events[0].cid, kCid);
        QCOMPARE(seen.events[0].account, m_ownerAddress);
        QCOMPARE(seen.events[0].block, registered->value().block);
        QCOMPARE(seen.events[0].transactionHash, registered->value().transactionHash);
        QCOMPARE(seen.events[1].kind, K::Updated);
        QCOMPARE(seen.events[1].cid, kOtherCid);
        QCOMPARE(seen.events[1].block, updated->value().block);
        QCOMPARE(seen.events[2].kind, K::Transferred);
        QCOMPARE(seen.events[2].previousOwner, m_ownerAddress);
        QCOMPARE(seen.events[2].account, m_otherAddress);
        QCOMPARE(seen.events[3].kind, K::Removed);
        QCOMPARE(seen.events[3].account, m_otherAddress);
        QCOMPARE(seen.events[3].block, removed->value().block);
        for (const RegistryEvent& e : std::as_const(seen.events))
            QCOMPARE(e.key, key);
        QTest::qWait(300); // nothing more may come
        QCOMPARE(seen.events.size(), 4);
        QVERIFY(seen.failure.isEmpty());
    }

    void contractErrorsAreSentences()
    {
        const QByteArray key = keyNumber(2);
        QVERIFY(registerModule(*m_registry, key, kCid, m_owner)->ok());
        const auto again = registerModule(*m_registry, key, kCid, m_other);
        QVERIFY(again && !again->ok());
        QVERIFY2(again->error().contains(QLatin1String("is already registered; update it instead")),
                 qPrintable(again->error()));
        const auto byOther = waitForCallback<Result<RegistryReceipt>>(
            [&](auto done) { m_registry->updateModule(key, kOtherCid, m_other, done); });
        QVERIFY(byOther && !byOther->ok());
        QVERIFY2(
            byOther->error().contains(
                QStringLiteral("Only %1 may change this module").arg(ethereum::checksummed(m_ownerAddress))),
            qPrintable(byOther->error()));
        const auto missing = waitForCallback<Result<RegistryReceipt>>(
            [&](auto done) { m_registry->removeModule(keyNumber(999), m_owner, done); });
        QVERIFY(missing && !missing->ok());
        QVERIFY2(missing->error().contains(QLatin1String("No module is registered under the key 0x")),
                 qPrintable(missing->error()));
        const auto unfunded = registerModule(*m_registry, keyNumber(3), kCid, m_unfunded);
        QVERIFY(unfunded && !unfunded->ok());
        QVERIFY2(unfunded->error().contains(QLatin1String("cannot pay for this transaction")),
                 qPrintable(unfunded->error()));
    }

    void badInputIsRefusedBeforeAnythingIsSent_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QString>("cid");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("expected");
        QTest::newRow("key of 31 bytes") << QByteArray(31, 'k') << kCid << "owner"
                                         << "The key is 31 bytes; the registry accepts 20";
        QTest::newRow("key of 65 bytes") << QByteArray(65, 'k') << kCid << "owner"
                                         << "The key is 65 bytes";
        QTest::newRow("not a CID") << keyNumber(10) << "not-a-cid"
                                   << "owner"
                                   << "not-a-cid";
        QTest::newRow("CID of 140 bytes") << keyNumber(11) << QString(140, QLatin1Char('b')) << "owner"
                                          << "The CID is 140 bytes; the registry accepts at most 128.";
        QTest::newRow("base64 CID") << keyNumber(12) << "mAXASIBvVxjZpxd+t3KtqXRIDYLcHSLmm8G3I8o7QsuwBeqXo"
                                    << "owner"
                                    << "'m' is not a multibase prefix";
        QTest::newRow("Ed25519 account") << keyNumber(13) << kCid << "ed"
                                         << "Ethereum transactions need a secp256k1 key";
        QTest::newRow("no such account") << keyNumber(14) << kCid << "nobody"
                                         << "There is no key";
    }
    void badInputIsRefusedBeforeAnythingIsSent()
    {
        QFETCH(QByteArray, key);
        QFETCH(QString, cid);
        QFETCH(QString, account);
        QFETCH(QString, expected);
        const QString accountId = account == QLatin1String("owner") ? m_owner
                                  : account == QLatin1String("ed")  ? m_edKey
                                                                    : account;
        const quint64 nonceBefore = nonceOf(m_ownerAddress);
        const quint64 blockBefore = blockNumber();
        const auto r = registerModule(*m_registry, key, cid, accountId);
        QVERIFY(r && !r->ok());
        QVERIFY2(r->error().contains(expected), qPrintable(r->error()));
        QCOMPARE(nonceOf(m_ownerAddress), nonceBefore);
        QCOMPARE(blockNumber(), blockBefore);
    }

    void theStreamLosesNothingAcrossADroppedWebSocket()
    {
        TcpProxy proxy(static_cast<quint16>(m_devnet->endpoints().chainRpc.port()));
        JsonRpcClient streamClient(proxy.url());
        streamClient.setTimeout(std::chrono::seconds(2));
        EvmEventStream stream(streamClient, m_contract,
                              EvmEventStream::Options{std::chrono::milliseconds(200)});
        StreamLog seen;
        seen.watch(stream);
        const quint64 from = blockNumber() + 1;
        stream.start(from);
        QTRY_VERIFY_WITH_TIMEOUT(seen.isLive(), 10000);

        QList<QByteArray> keys;
        const auto registerBatch = [&](int first, int count) {
            for (int i = first; i < first + count; ++i) {
                keys << keyNumber(100 + i);
                const auto r = registerModule(*m_registry, keys.last(), kCid, m_owner);
                QVERIFY2(r && r->ok(), r ? qPrintable(r->error()) : "no answer");
            }
        };
        registerBatch(0, 5);
        QTRY_COMPARE_WITH_TIMEOUT(seen.events.size(), 5, 10000);

        proxy.setRefusing(true);
        proxy.dropAll();
        QTRY_VERIFY_WITH_TIMEOUT(!seen.isLive(), 5000);
        registerBatch(5, 5); // while the stream cannot reach the node at all
        QTest::qWait(500);
        QCOMPARE(seen.events.size(), 5);
        proxy.setRefusing(false);
        QTRY_VERIFY_WITH_TIMEOUT(seen.isLive(), 20000); // reconnected and subscribed again
        registerBatch(10, 5);
        QTRY_COMPARE_WITH_TIMEOUT(seen.events.size(), 15, 10000);
        QTest::qWait(500);
        QCOMPARE(seen.events.size(), 15);
        for (int i = 0; i < keys.size(); ++i) {
            QCOMPARE(seen.countOf(keys[i]), 1);
            QCOMPARE(seen.events[i].key, keys[i]); // in chain order
        }
        QVERIFY(proxy.accepted() >= 2);
        QVERIFY(seen.reorgs.isEmpty());
        QVERIFY(seen.failure.isEmpty());
    }

    void aReorganisationIsReportedWithTheNewBlocks()
    {
        EvmEventStream stream(*m_client, m_contract, {});
        StreamLog seen;
        seen.watch(stream);
        stream.start(blockNumber() + 1);
        QTRY_VERIFY_WITH_TIMEOUT(seen.isLive(), 10000);
        const auto snapshot = waitForCallback<Result<QJsonValue>>(
            [&](auto done) { m_client->call(QStringLiteral("evm_snapshot"), {}, done); });
        QVERIFY(snapshot && snapshot->ok());

        const QByteArray first = keyNumber(500);
        const auto a = registerModule(*m_registry, first, kCid, m_owner);
        QVERIFY(a && a->ok());
        QTRY_COMPARE_WITH_TIMEOUT(seen.events.size(), 1, 10000);

        const auto reverted = waitForCallback<Result<QJsonValue>>(
            [&](auto done) { m_client->call(QStringLiteral("evm_revert"), {snapshot->value()}, done); });
        QVERIFY(reverted && reverted->ok() && reverted->value().toBool());
        // The signer's nonce went back with the chain; a fresh registry asks the node again.
        auto registry = registryVia(*m_client);
        const QByteArray second = keyNumber(501);
        const auto b = registerModule(*registry, second, kOtherCid, m_owner);
        QVERIFY2(b && b->ok(), b ? qPrintable(b->error()) : "no answer");
        QCOMPARE(b->value().block.number, a->value().block.number); // the same height, another block
        QVERIFY(b->value().block.hash != a->value().block.hash);

        QTRY_COMPARE_WITH_TIMEOUT(seen.reorgs.size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(seen.events.size(), 2, 10000);
        const auto& [ancestor, newBlocks] = seen.reorgs.first();
        QCOMPARE(ancestor.number, a->value().block.number - 1);
        QVERIFY(newBlocks.contains(b->value().block));
        QCOMPARE(seen.events[1].key, second);
        QCOMPARE(seen.events[1].block, b->value().block);
        QVERIFY(seen.failure.isEmpty());
    }

    void aNodeThatCutsTheConnectionAfterATransactionGetsItOnce()
    {
        TcpProxy proxy(static_cast<quint16>(m_devnet->endpoints().chainRpc.port()));
        JsonRpcClient client(proxy.url());
        client.setWebSocketEnabled(false); // plain HTTP, so the proxy can see the request
        client.setTimeout(std::chrono::seconds(3));
        auto registry = registryVia(client);
        proxy.cutAfterForwarding("eth_sendRawTransaction");
        const quint64 nonceBefore = nonceOf(m_ownerAddress);
        const QByteArray key = keyNumber(600);
        const auto r = registerModule(*registry, key, kCid, m_owner);
        QVERIFY(proxy.cutHappened());
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error()) : "no answer");
        QCOMPARE(nonceOf(m_ownerAddress), nonceBefore + 1); // sent once
        const auto got = waitForCallback<Result<std::optional<ModuleEntry>>>(
            [&](auto done) { m_registry->getModule(key, done); });
        QVERIFY(got && got->ok() && got->value().has_value());
    }

    void aNodeThatIsGoneGivesASentenceNotAHang()
    {
        TcpProxy proxy(static_cast<quint16>(m_devnet->endpoints().chainRpc.port()));
        proxy.setRefusing(true);
        JsonRpcClient client(proxy.url());
        client.setTimeout(std::chrono::seconds(2));
        auto registry = registryVia(client);
        QElapsedTimer clock;
        clock.start();
        const auto r = registerModule(*registry, keyNumber(700), kCid, m_owner);
        QVERIFY(r && !r->ok());
        QVERIFY2(r->error().contains(QLatin1String("127.0.0.1")), qPrintable(r->error()));
        QVERIFY(clock.elapsed() < 10000);
    }
};

QTEST_GUILESS_MAIN(TestEvmRegistry)
#include "TestEvmRegistry.moc"
