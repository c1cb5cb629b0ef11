// TransactionSender against a real anvil node: it deploys the registry contract, registers a
// module and reads it back, and refuses bad calls with the contract's error before sending
// anything; an unfunded account and a wrong chain id get their sentences; sends started together
// get distinct nonces.
#include "StartedDevnet.h"
#include "TestEnvironment.h"
#include "WaitForCallback.h"
#include "chain/evm/TransactionSender.h"
#include "crypto/Addresses.h"
#include "crypto/Secp256k1.h"

#include <QTest>

using namespace modreg;
using namespace modreg::evm;

namespace {
EvmSigner signerFor(SecureBytes secret)
{
    auto key = std::make_shared<SecureBytes>(std::move(secret)); // SecureBytes is move-only
    return EvmSigner{ethereum::addressOf(secp256k1::publicKeyOf(*key)), [key](const QByteArray& hash) {
                         return Result<QByteArray>(secp256k1::signRecoverable(*key, hash));
                     }};
}
} // namespace

class TestTransactionSender : public QObject
{
    Q_OBJECT
    TestEnvironment m_env;
    std::unique_ptr<Devnet> m_devnet;
    std::unique_ptr<JsonRpcClient> m_client;
    std::unique_ptr<TransactionSender> m_sender;
    const ContractAbi& m_abi = ContractAbi::moduleRegistry();
    // anvil's first development account (from its public test mnemonic), funded by anvil itself.
    EvmSigner m_dev = signerFor(SecureBytes::fromQByteArray(
        QByteArray::fromHex("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")));
    QByteArray m_registry;
    QByteArray m_key = QByteArray(32, '\x11');

    std::optional<Result<EvmReceipt>> send(const EvmSigner& signer, const QString& function,
                                           const QList<abi::Value>& args)
    {
        const QByteArray data = m_abi.encodeCall(function, args).value();
        return waitForCallback<Result<EvmReceipt>>(
            [&](auto done) { m_sender->send(signer, m_registry, data, done); });
    }

    quint64 nonceOf(const QByteArray& address)
    {
        const auto n = waitForCallback<Result<QJsonValue>>([&](auto done) {
            m_client->call(QStringLiteral("eth_getTransactionCount"),
                           {TransactionSender::hexData(address), QStringLiteral("latest")}, done);
        });
        return JsonRpcClient::parseQuantity(n->value()).value();
    }

    void fund(const QByteArray& address)
    {
        const auto r = waitForCallback<Result<QJsonValue>>([&](auto done) {
            m_client->call(QStringLiteral("anvil_setBalance"),
                           {TransactionSender::hexData(address), QStringLiteral("0x56bc75e2d63100000")},
                           done);
        });
        QVERIFY(r && r->ok());
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_devnet = startDevnet(m_env, error);
        QVERIFY2(m_devnet, qPrintable(error));
        m_client = std::make_unique<JsonRpcClient>(m_devnet->endpoints().chainRpc);
        m_client->setTimeout(std::chrono::seconds(10));
        TransactionSender::Options options;
        options.pollInterval = std::chrono::milliseconds(50);
        m_sender = std::make_unique<TransactionSender>(*m_client, m_abi, options);
    }

    void cleanupTestCase()
    {
        if (m_devnet)
            m_devnet->stop();
    }

    void deploysTheRegistry()
    {
        const auto deployed = waitForCallback<Result<EvmReceipt>>(
            [&](auto done) { m_sender->send(m_dev, {}, ContractAbi::moduleRegistryBytecode(), done); });
        QVERIFY2(deployed && deployed->ok(), deployed ? qPrintable(deployed->error()) : "no answer");
        m_registry = deployed->value().contractAddress;
        QCOMPARE(m_registry.size(), 20);
        const auto code = waitForCallback<Result<QJsonValue>>([&](auto done) {
            m_client->call(QStringLiteral("eth_getCode"),
                           {TransactionSender::hexData(m_registry), QStringLiteral("latest")}, done);
        });
        const QByteArray deployedCode = QByteArray::fromHex(code->value().toString().mid(2).toLatin1());
        QVERIFY(deployedCode.size() > 100);
    }

    void registersAndReadsBack()
    {
        const QByteArray cid = "bafkreiey5jxe6ilpf62lnh77tm5ejbbmhbugzjuf6p2v3remlu73ced34q";
        const auto r = send(m_dev, QStringLiteral("registerModule"),
                            {abi::Value::dynamicBytes(m_key), abi::Value::dynamicBytes(cid)});
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error()) : "no answer");
        QCOMPARE(r->value().logs.size(), 1);
        const auto event = m_abi.decodeEvent(r->value().logs[0].topics, r->value().logs[0].data);
        QVERIFY2(event, qPrintable(event.error()));
        QCOMPARE(event->name, QStringLiteral("ModuleRegistered"));
        QCOMPARE(event->values[1].bytes, m_key);
        QCOMPARE(event->values[3].bytes, m_dev.address);
        QCOMPARE(r->value().logs[0].blockHash, r->value().blockHash);

        const auto got = waitForCallback<Result<QByteArray>>([&](auto done) {
            m_sender->call(
                m_registry,
                m_abi.encodeCall(QStringLiteral("getModule"), {abi::Value::dynamicBytes(m_key)}).value(),
                done);
        });
        QVERIFY2(got && got->ok(), got ? qPrintable(got->error()) : "no answer");
        const auto decoded = m_abi.decodeResult(QStringLiteral("getModule"), got->value());
        QVERIFY(decoded);
        QCOMPARE(decoded->at(0).bytes, cid);
        QCOMPARE(decoded->at(1).bytes, m_dev.address);
    }

    void refusedCallsAreStoppedBeforeSending_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("cid");
        QTest::addColumn<QString>("expected");
        QTest::newRow("already exists") << QStringLiteral("registerModule") << QByteArray(32, '\x11')
                                        << QByteArray("bafyx") << QStringLiteral("AlreadyExists(key: 0x1111");
        QTest::newRow("key length") << QStringLiteral("registerModule") << QByteArray(10, '\x01')
                                    << QByteArray("bafyx") << QStringLiteral("KeyLength(length: 10)");
        QTest::newRow("cid character") << QStringLiteral("registerModule") << QByteArray(20, '\x02')
                                       << QByteArray("baf/x") << QStringLiteral("CidCharacter(position: 3)");
        QTest::newRow("cid length") << QStringLiteral("registerModule") << QByteArray(20, '\x02')
                                    << QByteArray(129, 'b') << QStringLiteral("CidLength(length: 129)");
        QTest::newRow("not found") << QStringLiteral("updateModule") << QByteArray(64, '\x03')
                                   << QByteArray("bafyx") << QStringLiteral("NotFound(key: 0x0303");
    }

    void refusedCallsAreStoppedBeforeSending()
    {
        QFETCH(QString, function);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, cid);
        QFETCH(QString, expected);
        const quint64 before = nonceOf(m_dev.address);
        const auto r = send(m_dev, function, {abi::Value::dynamicBytes(key), abi::Value::dynamicBytes(cid)});
        QVERIFY(r && !r->ok());
        QVERIFY2(r->error().contains(expected), qPrintable(r->error()));
        QCOMPARE(nonceOf(m_dev.address), before); // nothing was sent
    }

    void onlyTheOwnerMayChangeAModule()
    {
        const EvmSigner stranger = signerFor(secp256k1::randomSecretKey());
        fund(stranger.address);
        const auto r = send(stranger, QStringLiteral("updateModule"),
                            {abi::Value::dynamicBytes(m_key), abi::Value::dynamicBytes("bafyother")});
        QVERIFY(r && !r->ok());
        QVERIFY2(r->error().contains(QStringLiteral("NotOwner(key: 0x1111")) &&
                     r->error().contains(QString::fromLatin1(m_dev.address.toHex())),
                 qPrintable(r->error()));
    }

    void anUnfundedAccountIsToldSo()
    {
        const EvmSigner broke = signerFor(secp256k1::randomSecretKey());
        const auto r =
            send(broke, QStringLiteral("registerModule"),
                 {abi::Value::dynamicBytes(QByteArray(20, '\x07')), abi::Value::dynamicBytes("bafyx")});
        QVERIFY(r && !r->ok());
        QVERIFY2(r->error().contains(QLatin1String("cannot pay")) &&
                     r->error().contains(QLatin1String("Fund it first")),
                 qPrintable(r->error()));
    }

    void sendsStartedTogetherGetDistinctNonces()
    {
        std::optional<Result<EvmReceipt>> a;
        std::optional<Result<EvmReceipt>> b;
        const QByteArray callA = m_abi
                                     .encodeCall(QStringLiteral("registerModule"),
                                                 {abi::Value::dynamicBytes(QByteArray(20, '\x0a')),
                                                  abi::Value::dynamicBytes("bafya")})
                                     .value();
        const QByteArray callB = m_abi
                                     .encodeCall(QStringLiteral("registerModule"),
                                                 {abi::Value::dynamicBytes(QByteArray(20, '\x0b')),
                                                  abi::Value::dynamicBytes("bafyb")})
                                     .value();
        m_sender->send(m_dev, m_registry, callA, [&](Result<EvmReceipt> r) { a = std::move(r); });
        m_sender->send(m_dev, m_registry, callB, [&](Result<EvmReceipt> r) { b = std::move(r); });
        QVERIFY(QTest::qWaitFor([&] { return a.has_value() && b.has_value(); }, 30000));
        QVERIFY2(a->ok(), qPrintable(a->error()));
        QVERIFY2(b->ok(), qPrintable(b->error()));
        QVERIFY(a->value().transactionHash != b->value().transactionHash);
    }

    void aWrongChainIdIsRefused()
    {
        TransactionSender::Options options;
        options.expectedChainId = 1;
        TransactionSender mainnetOnly(*m_client, m_abi, options);
        const auto r = waitForCallback<Result<EvmReceipt>>(
            [&](auto done) { mainnetOnly.send(m_dev, m_registry, QByteArray(), done); });
        QVERIFY(r && !r->ok());
        QVERIFY2(r->error().contains(QLatin1String("on chain 31337")) &&
                     r->error().contains(QLatin1String("chain 1;")),
                 qPrintable(r->error()));
    }
};

QTEST_GUILESS_MAIN(TestTransactionSender)
#include "TestTransactionSender.moc"
