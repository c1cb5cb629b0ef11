// JsonRpcClient against a real anvil node: calls and batches over the WebSocket and over HTTP,
// the fallback to HTTP when a node refuses WebSocket, and a silent peer that gets a timeout
// sentence instead of a hang.
#include "StartedDevnet.h"
#include "TcpProxy.h"
#include "TestEnvironment.h"
#include "WaitForCallback.h"
#include "chain/evm/JsonRpcClient.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>

using namespace modreg;
using namespace modreg::evm;

class TestJsonRpcTransports : public QObject
{
    Q_OBJECT
    TestEnvironment m_env;
    std::unique_ptr<Devnet> m_devnet;

    QUrl chain() const { return m_devnet->endpoints().chainRpc; }

    static std::optional<Result<QList<JsonRpcClient::Response>>> batchOf(JsonRpcClient& client)
    {
        return waitForCallback<Result<QList<JsonRpcClient::Response>>>([&](auto done) {
            client.batch({{QStringLiteral("eth_chainId"), {}},
                          {QStringLiteral("modreg_noSuchMethod"), {}},
                          {QStringLiteral("eth_getBlockByNumber"), {QStringLiteral("0x0"), false}}},
                         done);
        });
    }
    static void checkBatch(const std::optional<Result<QList<JsonRpcClient::Response>>>& answers)
    {
        QVERIFY(answers && answers->ok());
        QCOMPARE(answers->value().size(), 3);
        QCOMPARE(answers->value()[0].result.toString(), QStringLiteral("0x7a69"));
        QVERIFY(!answers->value()[0].error);
        QVERIFY(answers->value()[1].error); // its own slot, the others unharmed
        QVERIFY(!answers->value()[1].error->message.isEmpty());
        QCOMPARE(answers->value()[2].result.toObject().value(QLatin1String("number")).toString(),
                 QStringLiteral("0x0"));
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_devnet = startDevnet(m_env, error);
        QVERIFY2(m_devnet, qPrintable(error));
    }
    void cleanupTestCase()
    {
        if (m_devnet)
            m_devnet->stop();
    }

    void callsAndBatchesGoOverTheWebSocket()
    {
        JsonRpcClient client(chain());
        QCOMPARE(client.webSocketUrl().scheme(), QStringLiteral("ws"));
        const auto id = waitForCallback<Result<QJsonValue>>(
            [&](auto done) { client.call(QStringLiteral("eth_chainId"), {}, done); });
        QVERIFY(id && id->ok());
        QCOMPARE(id->value().toString(), QStringLiteral("0x7a69"));
        QVERIFY(client.isWebSocketOpen());
        checkBatch(batchOf(client));
    }

    void batchesGoOverHttpToo()
    {
        JsonRpcClient client(chain());
        client.setWebSocketEnabled(false);
        checkBatch(batchOf(client));
        QVERIFY(!client.isWebSocketOpen());
        const auto sub = waitForCallback<Result<QString>>([&](auto done) {
            client.subscribe(
                {QStringLiteral("newHeads")}, [](const QJsonValue&) {}, done);
        });
        QVERIFY(sub && !sub->ok());
        QVERIFY2(sub->error().contains(QLatin1String("WebSocket")), qPrintable(sub->error()));
    }

    void aNodeWithoutWebSocketIsReachedOverHttp()
    {
        TcpProxy proxy(static_cast<quint16>(chain().port()));
        proxy.setRefusingWebSockets(true);
        JsonRpcClient client(proxy.url());
        for (int i = 0; i < 3; ++i) {
            const auto number = waitForCallback<Result<QJsonValue>>(
                [&](auto done) { client.call(QStringLiteral("eth_blockNumber"), {}, done); });
            QVERIFY2(number && number->ok(), number ? qPrintable(number->error()) : "no answer");
        }
        QVERIFY(!client.isWebSocketOpen());
        checkBatch(batchOf(client));
    }

    void aSilentPeerGetsATimeoutNotAHang()
    {
        QTcpServer silent; // accepts, reads, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        JsonRpcClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())));
        client.setTimeout(std::chrono::milliseconds(1000));
        QElapsedTimer clock;
        clock.start();
        const auto answer = waitForCallback<Result<QJsonValue>>(
            [&](auto done) { client.call(QStringLiteral("eth_chainId"), {}, done); }, 15000);
        QVERIFY(answer && !answer->ok());
        QVERIFY2(answer->error().contains(QLatin1String("did not answer")), qPrintable(answer->error()));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestJsonRpcTransports)
#include "TestJsonRpcTransports.moc"
