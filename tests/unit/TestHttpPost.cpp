// The error sentences people see when a node misbehaves. The servers here play broken peers.
#include "WaitForCallback.h"
#include "net/HttpGet.h"
#include "net/HttpPost.h"
#include "settings/Endpoints.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <functional>

using namespace modreg;
using namespace std::chrono_literals;

namespace {
// Accepts connections and answers each request with `respond(socket)`.
class BrokenPeer : public QTcpServer
{
public:
    explicit BrokenPeer(std::function<void(QTcpSocket*)> respond)
        : m_respond(std::move(respond))
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            QTcpSocket* socket = nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                socket->readAll();
                m_respond(socket);
            });
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v0/id").arg(serverPort())); }

private:
    std::function<void(QTcpSocket*)> m_respond;
};
} // namespace

class TestHttpPost : public QObject
{
    Q_OBJECT

    Result<QByteArray> postAndWait(const QUrl& url, std::chrono::milliseconds timeout = 3000ms)
    {
        net::HttpPost post;
        post.url = url;
        post.body = "{}";
        post.timeout = timeout;
        return postAndWait(post);
    }
    Result<QByteArray> postAndWait(const net::HttpPost& post)
    {
        const auto outcome = waitForCallback<Result<QByteArray>>(
            [&](auto done) { net::post(post, this, done); }, 10000);
        return outcome.value_or(Result<QByteArray>::failure(QStringLiteral("test: no callback")));
    }

private slots:
    void aGoodAnswerIsPassedOn()
    {
        BrokenPeer peer([&](QTcpSocket* s) {
            s->write("HTTP/1.1 200 OK\r\nContent-Length: 11\r\nConnection: close\r\n\r\n{\"ID\":\"x\"}\n");
            s->disconnectFromHost();
        });
        const auto r = postAndWait(peer.url());
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r.value(), QByteArray("{\"ID\":\"x\"}\n"));
    }

    void refusedConnectionSaysNothingListens()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        const auto r = postAndWait(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v0/id").arg(port)));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QLatin1String("Nothing is listening")), qPrintable(r.error()));
        QVERIFY(r.error().contains(QString::number(port)));
    }

    void aPeerThatNeverAnswersTimesOut()
    {
        BrokenPeer silent([](QTcpSocket*) {});
        const auto r = postAndWait(silent.url(), 300ms);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QLatin1String("did not answer within 0.3 s")), qPrintable(r.error()));
    }

    void aPeerThatHangsUpIsReported()
    {
        BrokenPeer rude([](QTcpSocket* s) { s->abort(); });
        const auto r = postAndWait(rude.url());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QLatin1String("closed the connection")), qPrintable(r.error()));
    }

    void aKuboErrorCarriesTheNodesOwnMessage()
    {
        BrokenPeer kubo([](QTcpSocket* s) {
            const QByteArray body =
                "{\"Message\":\"invalid path \\\"foo\\\": not a CID\",\"Code\":0,\"Type\":\"error\"}";
            s->write(
                "HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\nContent-Length: " +
                QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            s->disconnectFromHost();
        });
        const auto r = postAndWait(kubo.url());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QLatin1String("HTTP status 500: invalid path \"foo\": not a CID")),
                 qPrintable(r.error()));
    }

    // Tokens live in a URL's user-info and query (https://user:key@node/?apikey=…): no error shows them.
    void errorsNeverShowUserInfoOrQuery()
    {
        BrokenPeer failing([](QTcpSocket* s) {
            s->write("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            s->disconnectFromHost();
        });
        QUrl url = failing.url();
        url.setUserInfo(QStringLiteral("alice:s3cret-pass"));
        url.setQuery(QStringLiteral("apikey=t0ken-value"));
        QStringList errors;
        errors << postAndWait(url).error();
        const auto got = waitForCallback<Result<net::HttpGetReply>>([&](auto done) {
            net::HttpGet get;
            get.url = url;
            net::get(get, this, done);
        });
        errors << (got ? got->error() : QString());
        Endpoints endpoints;
        endpoints.gateways = {QUrl(QStringLiteral("ftp://bob:s3cret-pass@gateway.example/?apikey=t0ken-value"))};
        errors << endpoints.problems();
        for (const QString& e : errors) {
            QVERIFY2(!e.isEmpty(), "every case fails");
            QVERIFY2(!e.contains(QLatin1String("s3cret")) && !e.contains(QLatin1String("t0ken")), qPrintable(e));
        }
        QVERIFY(errors.first().contains(QString::number(failing.serverPort()))); // still says which node
    }

    void aRedirectIsNotFollowed()
    {
        BrokenPeer redirector([](QTcpSocket* s) {
            s->write(
                "HTTP/1.1 307 Temporary Redirect\r\nLocation: http://127.0.0.2:1/\r\nContent-Length: 0\r\n"
                "Connection: close\r\n\r\n");
            s->disconnectFromHost();
        });
        const auto r = postAndWait(redirector.url());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QLatin1String("307")), qPrintable(r.error()));
    }
};

QTEST_GUILESS_MAIN(TestHttpPost)
#include "TestHttpPost.moc"
