#include "net/HttpPost.h"

#include "BuildInfo.h"
#include "net/NetworkErrorText.h"

#include <QCoreApplication>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <memory>

namespace modreg::net {

namespace {

// The translation context for this file's free functions.
class HttpPostText
{
    Q_DECLARE_TR_FUNCTIONS(modreg::net::HttpPost)
};

// A node's own explanation, when its error body has one.
QString messageFromBody(const QByteArray& body)
{
    const QJsonObject obj = QJsonDocument::fromJson(body).object();
    if (obj.value(QLatin1String("Message")).isString())
        return obj.value(QLatin1String("Message")).toString();
    if (obj.value(QLatin1String("error")).isObject())
        return obj.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    return QString::fromUtf8(body.left(200)).trimmed();
}

// The state of one POST; lives until its reply finishes.
struct Exchange
{
    HttpPost request; // without its body, which the reply has taken
    QByteArray body;
    QString failure; // set when we stop it ourselves
};

QString seconds(std::chrono::milliseconds ms)
{
    return QString::number(static_cast<double>(ms.count()) / 1000.0);
}

QString describeFailure(QNetworkReply& reply, const Exchange& e)
{
    if (!e.failure.isEmpty())
        return e.failure;
    const QString where = displayUrl(e.request.url);
    if (std::optional<QString> connection = describeConnectionError(reply.error(), where))
        return *connection;
    switch (reply.error()) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return HttpPostText::tr("%1 did not answer within %2 s.").arg(where, seconds(e.request.timeout));
    case QNetworkReply::RemoteHostClosedError:
        return HttpPostText::tr("%1 closed the connection before answering.").arg(where);
    default:
        break;
    }
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 0) {
        const QString message = messageFromBody(e.body);
        return message.isEmpty() ? HttpPostText::tr("%1 answered with HTTP status %2.").arg(where).arg(status)
                                 : HttpPostText::tr("%1 answered with HTTP status %2: %3")
                                       .arg(where)
                                       .arg(status)
                                       .arg(message);
    }
    return HttpPostText::tr("Could not reach %1: %2").arg(where, reply.errorString());
}

} // namespace

void post(QNetworkAccessManager& network, const HttpPost& request, QObject* context,
          std::function<void(Result<QByteArray>)> done)
{
    QNetworkRequest req(request.url);
    if (request.multipart) {
        // Qt writes boundary="…" in quotes, which js-ipfs's multipart parser rejects by dropping the
        // connection. A plain alphanumeric boundary, unquoted, is read by every server.
        QByteArray boundary("modreg");
        for (int i = 0; i < 4; ++i)
            boundary += QByteArray::number(QRandomGenerator::global()->generate(), 16);
        request.multipart->setBoundary(boundary);
        req.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArray("multipart/form-data; boundary=") + boundary);
    } else {
        req.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    }
    // Qt's default User-Agent is "Mozilla/5.0"; js-ipfs and Kubo answer such browser-like
    // requests with 403 (their CSRF guard). We are not a browser, so say who we are.
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("modreg/") + build::version);
    req.setTransferTimeout(static_cast<int>(request.timeout.count()));
    // Local nodes never redirect; following one would hand our request to a host we did not name.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Qt otherwise reports upload progress at most every 100 ms, so a quick upload reports nothing,
    // not even its end.
    if (request.uploadProgress)
        req.setAttribute(QNetworkRequest::EmitAllUploadProgressSignalsAttribute, true);
    QNetworkReply* reply =
        request.multipart ? network.post(req, request.multipart) : network.post(req, request.body);
    if (request.multipart)
        request.multipart->setParent(reply);
    // Qt closes every upload with uploadProgress(0, 0), which would wipe out the real figures.
    if (request.uploadProgress)
        QObject::connect(reply, &QNetworkReply::uploadProgress, context,
                         [progress = request.uploadProgress](qint64 sent, qint64 total) {
                             if (total > 0)
                                 progress(sent, total);
                         });
    auto e = std::make_shared<Exchange>();
    e->request = request;
    e->request.body.clear();
    e->request.multipart = nullptr;
    const auto stop = [reply, e](QString why) {
        if (e->failure.isEmpty())
            e->failure = std::move(why);
        reply->abort();
    };
    // Read as it arrives, so the limit holds for every status: Qt would otherwise buffer an endless
    // error body in memory until the connection ends.
    QObject::connect(reply, &QNetworkReply::readyRead, context, [reply, e, stop] {
        if (!e->failure.isEmpty())
            return;
        e->body += reply->read(std::max<qint64>(0, e->request.maxBytes + 1 - e->body.size()));
        if (e->body.size() > e->request.maxBytes)
            stop(HttpPostText::tr("%1 sent an answer longer than the limit of %2 bytes.")
                     .arg(displayUrl(e->request.url))
                     .arg(e->request.maxBytes));
    });
    if (request.deadline.count() > 0) {
        auto* deadline = new QTimer(reply); // dies with the reply
        deadline->setSingleShot(true);
        QObject::connect(deadline, &QTimer::timeout, reply, [e, stop] {
            const QString where = displayUrl(e->request.url);
            stop(e->body.isEmpty()
                     ? HttpPostText::tr("%1 did not answer within %2 s.").arg(where, seconds(e->request.deadline))
                     : HttpPostText::tr("%1 did not finish answering within %2 s.")
                           .arg(where, seconds(e->request.deadline)));
        });
        deadline->start(request.deadline);
    }
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, e, done = std::move(done)]() {
        reply->deleteLater();
        if (e->failure.isEmpty() && reply->bytesAvailable() > 0)
            e->body += reply->read(std::max<qint64>(0, e->request.maxBytes + 1 - e->body.size()));
        if (e->failure.isEmpty() && e->body.size() > e->request.maxBytes)
            e->failure = HttpPostText::tr("%1 sent an answer longer than the limit of %2 bytes.")
                             .arg(displayUrl(e->request.url))
                             .arg(e->request.maxBytes);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (e->failure.isEmpty() && e->request.acceptErrorBodies && status >= 400 && !e->body.isEmpty())
            return done(std::move(e->body));
        // A redirect is not followed (see above), so it is a failure like any non-2xx.
        if (!e->failure.isEmpty() || reply->error() != QNetworkReply::NoError || status < 200 || status >= 300)
            return done(Result<QByteArray>::failure(describeFailure(*reply, *e)));
        done(std::move(e->body));
    });
    // If the context dies first, the reply is still owned by the manager and cleaned up with it.
}

} // namespace modreg::net
