// Every peer bounded: against servers that never stop sending, drip a byte at a time, or tell
// absurd lies, each call of Modreg's clients ends within its deadline with a sentence, and the
// process's memory grows by a bounded amount. The hostile servers run in a child process (this
// executable with --serve BEHAVIOUR), so the memory measured here is the client's alone: the peak
// resident set (VmHWM, reset through /proc/self/clear_refs before each call) over the resident set
// before it. The table of figures is printed (qInfo) for the note; the goal is under 64 MiB each.
#include "TestEnvironment.h"
#include "WaitForCallback.h"
#include "chain/evm/EvmEventStream.h"
#include "chain/evm/JsonRpcClient.h"
#include "chain/evm/TransactionSender.h"
#include "ipfs/IpfsRpcClient.h"
#include "keys/KeyMaker.h"
#include "keys/Keystore.h"
#include "net/HttpGet.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace modreg;
using namespace std::chrono_literals;

namespace {

// --- the hostile servers (the child process) ----------------------------------------------------

// Sends `chunk` over and over for as long as the client reads, as fast as it reads.
void pour(QTcpSocket* socket, const QByteArray& chunk)
{
    const auto more = [socket, chunk] {
        while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 4 * chunk.size())
            socket->write(chunk);
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, more);
    more();
}

QByteArray chunked(const QByteArray& data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

// A JSON-RPC node that answers the way a lying node would: `answer(method)` gives each result.
void answerRpc(QTcpSocket* socket, const QByteArray& request, const std::function<QJsonValue(const QString&)>& answer)
{
    const QByteArray body = request.mid(request.indexOf("\r\n\r\n") + 4);
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QJsonArray answers;
    const QJsonArray calls = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    for (const QJsonValue& call : calls) {
        const QJsonObject c = call.toObject();
        answers.append(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                   {QStringLiteral("id"), c.value(QLatin1String("id"))},
                                   {QStringLiteral("result"), answer(c.value(QLatin1String("method")).toString())}});
    }
    const QByteArray out = doc.isArray() ? QJsonDocument(answers).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(answers.first().toObject()).toJson(QJsonDocument::Compact);
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                  QByteArray::number(out.size()) + "\r\n\r\n" + out);
}

void serve(QTcpSocket* socket, const QByteArray& request, const QString& behaviour)
{
    if (behaviour == QLatin1String("endless-404")) { // an error page that never ends
        socket->write("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n");
        return pour(socket, chunked(QByteArray(64 * 1024, 'x')));
    }
    if (behaviour == QLatin1String("endless-200")) { // an answer that never ends
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" +
                      chunked("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\""));
        return pour(socket, chunked(QByteArray(64 * 1024, 'a')));
    }
    if (behaviour == QLatin1String("drip")) { // one byte every 200 ms: never idle, never done
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        auto* timer = new QTimer(socket);
        QObject::connect(timer, &QTimer::timeout, socket, [socket] { socket->write(chunked(" ")); });
        return timer->start(200);
    }
    if (behaviour == QLatin1String("websocket-endless")) { // a WebSocket message that never ends
        const QRegularExpressionMatch key =
            QRegularExpression(QStringLiteral("Sec-WebSocket-Key: *(\\S+)"), QRegularExpression::CaseInsensitiveOption)
                .match(QString::fromLatin1(request));
        if (!key.hasMatch()) // the plain HTTP fallback: an answer that never ends either
            return serve(socket, request, QStringLiteral("endless-200"));
        const QByteArray accept =
            QCryptographicHash::hash(key.captured(1).toLatin1() + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                     QCryptographicHash::Sha1)
                .toBase64();
        socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                      "Sec-WebSocket-Accept: " + accept + "\r\n\r\n");
        // Text frames without FIN: one message, continued for ever.
        QByteArray first("\x01\x7e\xff\xff", 4);
        socket->write(first + QByteArray(0xffff, 'a'));
        return pour(socket, QByteArray("\x00\x7e\xff\xff", 4) + QByteArray(0xffff, 'a'));
    }
    if (behaviour == QLatin1String("absurd-head")) // the head is at 2^64 - 1
        return answerRpc(socket, request, [](const QString& method) -> QJsonValue {
            if (method == QLatin1String("eth_getBlockByNumber"))
                return QJsonObject{{QStringLiteral("number"), QStringLiteral("0xffffffffffffffff")},
                                   {QStringLiteral("hash"), QStringLiteral("0x") + QString(64, QLatin1Char('a'))},
                                   {QStringLiteral("parentHash"), QStringLiteral("0x") + QString(64, QLatin1Char('b'))}};
            if (method == QLatin1String("eth_getLogs"))
                return QJsonArray();
            return QStringLiteral("0x1");
        });
    if (behaviour == QLatin1String("absurd-fees") || behaviour == QLatin1String("absurd-gas"))
        return answerRpc(socket, request, [behaviour](const QString& method) -> QJsonValue {
            const bool fees = behaviour == QLatin1String("absurd-fees");
            if (method == QLatin1String("eth_chainId"))
                return QStringLiteral("0x7a69");
            if (method == QLatin1String("eth_getTransactionCount"))
                return QStringLiteral("0x0");
            if (method == QLatin1String("eth_estimateGas"))
                return fees ? QStringLiteral("0x5208") : QStringLiteral("0xffffffffffffffff");
            if (method == QLatin1String("eth_feeHistory"))
                return QJsonObject{{QStringLiteral("baseFeePerGas"), QJsonArray{QStringLiteral("0xffffffffffffffff")}},
                                   {QStringLiteral("reward"), QJsonArray{QJsonArray{QStringLiteral("0xffffffffffffffff")}}}};
            if (method == QLatin1String("eth_getBalance"))
                return QStringLiteral("0xffffffffffffffffffffffffffffffffffffffff"); // rich: only the bounds stop it
            return QJsonValue();
        });
    socket->write("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n");
}

int serveForever(const QString& behaviour)
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 1;
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket* socket = server.nextPendingConnection()) {
            auto request = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, request, behaviour] {
                *request += socket->readAll();
                const qsizetype end = request->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QRegularExpressionMatch length =
                    QRegularExpression(QStringLiteral("Content-Length: *(\\d+)"), QRegularExpression::CaseInsensitiveOption)
                        .match(QString::fromLatin1(request->left(end)));
                if (length.hasMatch() && request->size() < end + 4 + length.captured(1).toLongLong())
                    return; // the body is still coming
                const QByteArray whole = std::exchange(*request, QByteArray());
                serve(socket, whole, behaviour);
            });
        }
    });
    std::printf("%d\n", server.serverPort());
    std::fflush(stdout);
    return QCoreApplication::exec();
}

// --- measuring ----------------------------------------------------------------------------------

qint64 statusKiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    return -1;
}

struct Measured
{
    QString sentence;
    qint64 ms = 0;
    qint64 growthKiB = 0;
};

// Runs `call` until it reports, measuring the time and the peak memory it took.
Measured measure(const std::function<void(std::function<void(QString)>)>& call, int waitMs = 60000)
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5"); // the peak resident set starts again from here
    clear.close();
    const qint64 before = statusKiB("VmRSS:");
    QElapsedTimer timer;
    timer.start();
    const std::optional<QString> sentence = waitForCallback<QString>(call, waitMs);
    return {sentence.value_or(QStringLiteral("(no answer within %1 s)").arg(waitMs / 1000)), timer.elapsed(),
            statusKiB("VmHWM:") - before};
}

class Peer
{
public:
    explicit Peer(const QString& behaviour)
    {
        m_process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--serve"), behaviour});
        if (m_process.waitForReadyRead(10000))
            m_port = m_process.readLine().trimmed().toInt();
    }
    ~Peer()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    QUrl url(const QString& path = QStringLiteral("/")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }

private:
    QProcess m_process;
    int m_port = 0;
};

constexpr qint64 kGoalKiB = 64 * 1024;
} // namespace

class TestHostilePeers : public QObject
{
    Q_OBJECT
    TestEnvironment m_env;
    QStringList m_table;

    // One JSON-RPC call to `peer`, measured.
    Measured callThrough(evm::JsonRpcClient& client)
    {
        return measure([&](auto done) {
            client.call(QStringLiteral("eth_blockNumber"), {}, [done](Result<QJsonValue> r) {
                done(r ? QString() : r.error());
            });
        });
    }

    void report(const QString& peer, const Measured& m)
    {
        m_table << QStringLiteral("%1 | %2 ms | %3 MiB | %4")
                       .arg(peer)
                       .arg(m.ms)
                       .arg(QString::number(static_cast<double>(m.growthKiB) / 1024.0, 'f', 1), m.sentence);
    }

private slots:
    void cleanupTestCase()
    {
        qInfo("hostile peer | time to the sentence | peak memory growth | the sentence");
        for (const QString& row : m_table)
            qInfo("%s", qPrintable(row));
    }

    void aGatewayWithAnEndless404()
    {
        Peer peer(QStringLiteral("endless-404"));
        net::HttpGet get;
        get.url = peer.url(QStringLiteral("/ipfs/bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy?format=raw"));
        get.maxBytes = 2 * 1024 * 1024;
        const Measured m = measure([&](auto done) {
            net::get(get, this, [done](Result<net::HttpGetReply> r) { done(r ? QString() : r.error()); });
        });
        report(QStringLiteral("gateway: endless chunked 404"), m);
        // The status is the answer: the page is not read at all.
        QVERIFY2(m.sentence.contains(QLatin1String("answered with HTTP status 404.")), qPrintable(m.sentence));
        QVERIFY(m.ms < 10000);
        QVERIFY2(m.growthKiB < kGoalKiB, qPrintable(QString::number(m.growthKiB)));
    }

    void aGatewayThatDripsHitsItsDeadline()
    {
        Peer peer(QStringLiteral("drip"));
        net::HttpGet get;
        get.url = peer.url(QStringLiteral("/ipfs/bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"));
        get.minBytes = 1; // the speed check alone would let one byte in 10 s through
        get.deadline = 3s;
        const Measured m = measure([&](auto done) {
            net::get(get, this, [done](Result<net::HttpGetReply> r) { done(r ? QString() : r.error()); });
        });
        report(QStringLiteral("gateway: a byte every 200 ms"), m);
        QVERIFY2(m.sentence.contains(QLatin1String("did not deliver within 3 s")), qPrintable(m.sentence));
        QVERIFY2(m.ms >= 2500 && m.ms < 6000, qPrintable(QString::number(m.ms)));
        QVERIFY(m.growthKiB < kGoalKiB);
    }

    void aChainNodeWithAnEndlessAnswer()
    {
        Peer peer(QStringLiteral("endless-200"));
        evm::JsonRpcClient client(peer.url());
        client.setWebSocketEnabled(false);
        client.setTimeout(30s);
        const Measured m = callThrough(client);
        report(QStringLiteral("chain node (HTTP): endless answer"), m);
        QVERIFY2(m.sentence.contains(QLatin1String("longer than the limit of 16777216 bytes")), qPrintable(m.sentence));
        QVERIFY2(m.growthKiB < kGoalKiB, qPrintable(QString::number(m.growthKiB)));
    }

    void aChainNodeWithAnEndlessWebSocketMessage()
    {
        Peer peer(QStringLiteral("websocket-endless"));
        evm::JsonRpcClient client(peer.url());
        client.setTimeout(30s);
        const Measured m = callThrough(client);
        // The socket is dropped at the limit, the call goes over HTTP, where the answer is endless too.
        report(QStringLiteral("chain node (WebSocket, then HTTP): endless message"), m);
        QVERIFY2(!m.sentence.isEmpty(), "the call must fail");
        QVERIFY2(m.growthKiB < kGoalKiB, qPrintable(QString::number(m.growthKiB)));
    }

    void aChainNodeThatDripsHitsTheCallsDeadline()
    {
        Peer peer(QStringLiteral("drip"));
        evm::JsonRpcClient client(peer.url());
        client.setWebSocketEnabled(false);
        client.setTimeout(3s); // idle timeout and total deadline: the drip is never idle
        const Measured m = callThrough(client);
        report(QStringLiteral("chain node: a byte every 200 ms"), m);
        QVERIFY2(m.sentence.contains(QLatin1String("did not finish answering within 3 s")), qPrintable(m.sentence));
        QVERIFY2(m.ms >= 2500 && m.ms < 6000, qPrintable(QString::number(m.ms)));
        QVERIFY(m.growthKiB < kGoalKiB);
    }

    void anIpfsNodeThatDripsHitsTheCallsDeadline()
    {
        Peer peer(QStringLiteral("drip"));
        IpfsRpcClient ipfs(peer.url());
        ipfs.setTimeout(3s);
        const Measured m = measure([&](auto done) {
            ipfs.version([done](Result<QString> r) { done(r ? QString() : r.error()); });
        });
        report(QStringLiteral("IPFS node: a byte every 200 ms"), m);
        QVERIFY2(m.sentence.contains(QLatin1String("within 3 s")), qPrintable(m.sentence));
        QVERIFY(m.ms < 6000);
    }

    void anAbsurdHeadIsRefusedWithoutALoop()
    {
        Peer peer(QStringLiteral("absurd-head"));
        evm::JsonRpcClient client(peer.url());
        client.setWebSocketEnabled(false);
        evm::EvmEventStream stream(client, QByteArray(20, '\x11'), {});
        QSignalSpy covered(&stream, &RegistryEventStream::covered);
        const Measured m = measure([&](auto done) {
            // (It says first that it cannot subscribe without a WebSocket, and polls instead.)
            QObject::connect(&stream, &RegistryEventStream::liveChanged, this, [done](bool live, const QString& why) {
                if (!live && why.contains(QLatin1String("newest block")))
                    done(why);
            });
            stream.start(0);
        }, 20000);
        report(QStringLiteral("chain node: head at block 2^64 - 1"), m);
        QVERIFY2(m.sentence.contains(QLatin1String("no chain has reached")), qPrintable(m.sentence));
        QCOMPARE(covered.size(), 0); // not a single page of 2^64 blocks was asked for
        QVERIFY(m.growthKiB < kGoalKiB);
    }

    void feesAndGasBeyondAnyChainAreRefusedBeforeTheBalanceCheck_data()
    {
        QTest::addColumn<QString>("behaviour");
        QTest::addColumn<QString>("says");
        QTest::newRow("fee of 2^64 wei per gas") << QStringLiteral("absurd-fees") << QStringLiteral("far beyond any real chain");
        QTest::newRow("gas of 2^64") << QStringLiteral("absurd-gas") << QStringLiteral("which no block holds");
    }
    void feesAndGasBeyondAnyChainAreRefusedBeforeTheBalanceCheck()
    {
        QFETCH(QString, behaviour);
        QFETCH(QString, says);
        Peer peer(behaviour);
        evm::JsonRpcClient client(peer.url());
        client.setWebSocketEnabled(false);
        Keystore keystore(m_env.path() + QStringLiteral("/ks-") + behaviour);
        QVERIFY(keystore.create(SecureBytes::fromQByteArray("pw"), KdfLimits::forTestsOnly()));
        NewKey key = KeyMaker::random(KeyType::Secp256k1, QStringLiteral("payer"));
        const QString id = keystore.add(key.info, std::move(key.secret)).value().id;
        evm::TransactionSender sender(client, evm::ContractAbi::moduleRegistry(), {});
        const Measured m = measure([&](auto done) {
            sender.prepare(evm::EvmSigner::fromKeystore(keystore, id).value(), QByteArray(20, '\x22'), "data",
                           [done](Result<evm::SignedTransaction> r) { done(r ? QString() : r.error()); });
        });
        report(QStringLiteral("chain node: ") + QString::fromLatin1(QTest::currentDataTag()), m);
        QVERIFY2(m.sentence.contains(says), qPrintable(m.sentence));
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--serve") == 0)
        return serveForever(QString::fromLatin1(argv[2]));
    TestHostilePeers test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestHostilePeers.moc"
