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

QString describeFailure(QNetworkReply& reply, const QUrl& url, std::chrono::milliseconds timeout)
{
    const QString where = displayUrl(url);
    if (std::optional<QString> connection = describeConnectionError(reply.error(), where))
        return *connection;
    switch (reply.error()) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return HttpPostText::tr("%1 did not answer within %2 s.")
            .arg(where)
            .arg(static_cast<double>(timeout.count()) / 1000.0);
    case QNetworkReply::RemoteHostClosedError:
        return HttpPostText::tr("%1 closed the connection before answering.").arg(where);
    default:
        break;
    }
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 0) {
        const QString message = messageFromBody(reply.readAll());
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
    QObject::connect(reply, &QNetworkReply::finished, context,
                     [reply, url = request.url, timeout = request.timeout,
                      acceptErrorBodies = request.acceptErrorBodies, done = std::move(done)]() {
                         reply->deleteLater();
                         const int status =
                             reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                         if (acceptErrorBodies && status >= 400 && reply->bytesAvailable() > 0)
                             return done(reply->readAll());
                         // A redirect is not followed (see above), so it is a failure like any non-2xx.
                         if (reply->error() != QNetworkReply::NoError || status < 200 || status >= 300) {
                             done(Result<QByteArray>::failure(describeFailure(*reply, url, timeout)));
                             return;
                         }
                         done(reply->readAll());
                     });
    // If the context dies first, the reply is still owned by the manager and cleaned up with it.
}

} // namespace modreg::net
