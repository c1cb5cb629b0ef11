#include "net/HttpGet.h"

#include "BuildInfo.h"
#include "net/NetworkErrorText.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace modreg::net {

namespace {

class HttpGetText
{
    Q_DECLARE_TR_FUNCTIONS(modreg::net::HttpGet)
};

QString seconds(std::chrono::milliseconds ms)
{
    return QString::number(static_cast<double>(ms.count()) / 1000.0);
}

// Where a redirect points, as the sentences show any URL: without user-info and query.
QString locationOf(const QNetworkReply& reply)
{
    return displayUrl(QUrl(QString::fromUtf8(reply.rawHeader("Location").left(500)))).left(200);
}

// The state of one transfer; lives until the reply finishes.
struct Transfer
{
    HttpGet request;
    std::function<void(Result<HttpGetReply>)> done;
    QPointer<QNetworkReply> reply;
    QTimer speedCheck;
    HttpGetReply result;
    qint64 received = 0;
    qint64 errorBodyBytes = 0; // read and dropped: an error page is not the content
    qint64 receivedAtWindowStart = -1; // -1: no byte yet, the idle timeout covers the wait for the first
    QString failure;                   // set when we stop the transfer ourselves

    qint64 allReceived() const { return received + errorBodyBytes; } // what the speed check counts
    // Once bytes flow (content or an error page), too few in a window fail the transfer.
    void noteBytes()
    {
        if (receivedAtWindowStart < 0 && allReceived() > 0) {
            receivedAtWindowStart = 0;
            speedCheck.start();
        }
    }

    void stop(QString why)
    {
        if (failure.isEmpty())
            failure = std::move(why);
        if (reply)
            reply->abort();
    }
};

Status checkHeaders(Transfer& t)
{
    QNetworkReply& reply = *t.reply;
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400)
        return success(); // Qt follows it if it stays on this host; `finished` reports it otherwise
    const QVariant length = reply.header(QNetworkRequest::ContentLengthHeader);
    if (t.request.maxBytes >= 0 && length.isValid() && length.toLongLong() > t.request.maxBytes)
        return Status::failure(HttpGetText::tr("%1 announced %2 bytes, more than the limit of %3 bytes.")
                                   .arg(displayUrl(t.request.url))
                                   .arg(length.toLongLong())
                                   .arg(t.request.maxBytes));
    if (status >= 200 && status < 300 && t.request.onResponse)
        return t.request.onResponse(reply.header(QNetworkRequest::ContentTypeHeader).toByteArray());
    return success();
}

void readAvailable(Transfer& t)
{
    QNetworkReply& reply = *t.reply;
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300) {
        // An error body: `finished` reports the status. It is read and dropped as it comes (Qt would
        // otherwise keep all of it, and an endless 404 would fill memory), and cut off at a limit.
        t.errorBodyBytes += reply.readAll().size();
        t.noteBytes();
        if (t.errorBodyBytes > HttpGet::kMaxErrorBodyBytes)
            t.stop(HttpGetText::tr("%1 answered with HTTP status %2 and an error page longer than %3 KiB; "
                                   "it was not read to its end.")
                       .arg(displayUrl(t.request.url))
                       .arg(status)
                       .arg(HttpGet::kMaxErrorBodyBytes / 1024));
        return;
    }
    const QByteArray chunk = reply.readAll();
    t.received += chunk.size();
    t.noteBytes();
    if (t.request.maxBytes >= 0 && t.received > t.request.maxBytes)
        return t.stop(HttpGetText::tr("%1 sent more than the limit of %2 bytes.")
                          .arg(displayUrl(t.request.url))
                          .arg(t.request.maxBytes));
    if (!t.request.onData) {
        t.result.body += chunk;
        return;
    }
    if (Status s = t.request.onData(chunk); !s)
        t.stop(s.error());
}

QString describeFailure(Transfer& t)
{
    if (!t.failure.isEmpty())
        return t.failure;
    QNetworkReply& reply = *t.reply;
    const QString url = displayUrl(t.request.url);
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (std::optional<QString> connection = describeConnectionError(reply.error(), url))
        return *connection;
    switch (reply.error()) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return HttpGetText::tr("%1 sent nothing for %2 s.").arg(url, seconds(t.request.idleTimeout));
    case QNetworkReply::RemoteHostClosedError:
        return HttpGetText::tr(
                   "%1 closed the connection before the response was complete (%2 bytes received).")
            .arg(url)
            .arg(t.received);
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return HttpGetText::tr("%1 redirected to %2; Modreg does not follow a gateway to another host.")
            .arg(url, locationOf(reply));
    default:
        break;
    }
    if (status != 0)
        return HttpGetText::tr("%1 answered with HTTP status %2.").arg(url).arg(status);
    return HttpGetText::tr("Could not read %1: %2").arg(url, reply.errorString());
}

} // namespace

void get(QNetworkAccessManager& network, const HttpGet& request, QObject* context,
         std::function<void(Result<HttpGetReply>)> done)
{
    auto t = std::make_shared<Transfer>();
    t->request = request;
    t->done = std::move(done);

    QNetworkRequest req(request.url);
    if (!request.accept.isEmpty())
        req.setRawHeader("Accept", request.accept);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("modreg/") + build::version);
    req.setTransferTimeout(static_cast<int>(request.idleTimeout.count()));
    // A gateway may move us along its own host (…/ipfs/x → …/ipfs/x/), never to another one: that
    // host would answer in the first one's name.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    req.setMaximumRedirectsAllowed(3);
    t->reply = network.get(req);
    QNetworkReply* reply = t->reply;

    t->speedCheck.setInterval(request.window);
    QObject::connect(&t->speedCheck, &QTimer::timeout, reply, [tw = std::weak_ptr<Transfer>(t)] {
        const auto transfer = tw.lock();
        if (!transfer)
            return;
        const qint64 inWindow = transfer->allReceived() - transfer->receivedAtWindowStart;
        transfer->receivedAtWindowStart = transfer->allReceived();
        if (inWindow < transfer->request.minBytes)
            transfer->stop(
                HttpGetText::tr("%1 is sending too slowly (%2 bytes in the last %3 s); giving up on it.")
                    .arg(displayUrl(transfer->request.url))
                    .arg(inWindow)
                    .arg(seconds(transfer->request.window)));
    });
    if (request.deadline.count() > 0) {
        auto* deadline = new QTimer(reply); // dies with the reply
        deadline->setSingleShot(true);
        QObject::connect(deadline, &QTimer::timeout, reply, [tw = std::weak_ptr<Transfer>(t)] {
            if (const auto transfer = tw.lock())
                transfer->stop(HttpGetText::tr("%1 did not deliver within %2 s; giving up on it.")
                                   .arg(displayUrl(transfer->request.url), seconds(transfer->request.deadline)));
        });
        deadline->start(request.deadline);
    }
    QObject::connect(reply, &QNetworkReply::metaDataChanged, context, [t] {
        if (Status s = checkHeaders(*t); !s)
            t->stop(s.error());
    });
    QObject::connect(reply, &QNetworkReply::readyRead, context, [t] {
        if (t->failure.isEmpty())
            readAvailable(*t);
    });
    QObject::connect(reply, &QNetworkReply::finished, context, [t] {
        t->speedCheck.stop();
        t->reply->deleteLater();
        if (t->failure.isEmpty() && t->reply->error() == QNetworkReply::NoError)
            readAvailable(*t);
        const int status = t->reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (t->failure.isEmpty() && t->reply->error() == QNetworkReply::NoError && status >= 200 &&
            status < 300) {
            t->result.contentType = t->reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
            return t->done(std::move(t->result));
        }
        if (t->failure.isEmpty() && status >= 300 && status < 400)
            t->failure =
                HttpGetText::tr("%1 redirected to %2; Modreg does not follow a gateway to another host.")
                    .arg(displayUrl(t->request.url), locationOf(*t->reply));
        t->done(Result<HttpGetReply>::failure(describeFailure(*t)));
    });
    // If `context` dies first, `finished` is never delivered: the reply belongs to the manager.
}

} // namespace modreg::net
