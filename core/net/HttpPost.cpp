#include "net/HttpPost.h"

#include "BuildInfo.h"
#include "net/HttpExchange.h"
#include "net/MultipartBody.h"
#include "net/NetworkErrorText.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

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
        return obj.value(QLatin1String("Message")).toString().left(500);
    if (obj.value(QLatin1String("error")).isObject())
        return obj.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString().left(500);
    return QString::fromUtf8(body.left(200)).trimmed();
}

QString describeFailure(const HttpPost& request, const HttpExchange::Outcome& o, const QByteArray& body)
{
    const QString where = displayUrl(request.url);
    using F = HttpExchange::Failure;
    switch (o.failure) {
    case F::None:
        break;
    case F::Connection:
        if (std::optional<QString> connection = describeConnectionError(o.socketError, where))
            return *connection;
        return HttpPostText::tr("Could not reach %1: %2").arg(where, o.detail);
    case F::Idle:
        return HttpPostText::tr("%1 did not answer within %2 s.").arg(where, secondsText(request.timeout));
    case F::Deadline:
        return o.received == 0
                   ? HttpPostText::tr("%1 did not answer within %2 s.").arg(where, secondsText(request.deadline))
                   : HttpPostText::tr("%1 did not finish answering within %2 s.").arg(where, secondsText(request.deadline));
    case F::TooLarge:
        return HttpPostText::tr("%1 sent an answer longer than the limit of %2 bytes.").arg(where).arg(request.maxBytes);
    case F::TooSlow: // no speed limit is set for a POST
    case F::Closed:
        return HttpPostText::tr("%1 closed the connection before answering.").arg(where);
    case F::Malformed:
        return HttpPostText::tr("%1 answered with something that is not HTTP.").arg(where);
    case F::Stopped:
        return o.detail;
    }
    const QString message = messageFromBody(body);
    return message.isEmpty() ? HttpPostText::tr("%1 answered with HTTP status %2.").arg(where).arg(o.status)
                             : HttpPostText::tr("%1 answered with HTTP status %2: %3").arg(where).arg(o.status).arg(message);
}

} // namespace

void post(const HttpPost& request, QObject* context, std::function<void(Result<QByteArray>)> done)
{
    HttpExchange::Request r;
    r.method = "POST";
    r.url = request.url;
    // Qt's default User-Agent is "Mozilla/5.0"; js-ipfs and Kubo answer such browser-like
    // requests with 403 (their CSRF guard). We are not a browser, so say who we are.
    r.headers = {{"User-Agent", QByteArray("modreg/") + build::version},
                 {"Content-Type", request.multipart ? request.multipart->contentType() : request.contentType}};
    if (request.multipart) {
        r.bodyDevice = request.multipart->open();
        r.bodySize = request.multipart->size();
    } else {
        r.body = request.body;
    }
    HttpExchange::Limits limits;
    limits.idle = request.timeout;
    limits.deadline = request.deadline;
    limits.maxBodyBytes = request.maxBytes;
    auto body = std::make_shared<QByteArray>();
    HttpExchange::Callbacks callbacks;
    callbacks.onBody = [body](const QByteArray& bytes) {
        *body += bytes;
        return success();
    };
    callbacks.onUpload = request.uploadProgress;
    callbacks.onEnd = [request, body, done = std::move(done)](const HttpExchange::Outcome& o) {
        if (o.failure == HttpExchange::Failure::None && o.status >= 200 && o.status < 300)
            return done(std::move(*body));
        if (o.failure == HttpExchange::Failure::None && request.acceptErrorBodies && o.status >= 400 && !body->isEmpty())
            return done(std::move(*body));
        done(Result<QByteArray>::failure(describeFailure(request, o, *body)));
    };
    // The exchange belongs to `context`: if that goes first, the answer is never delivered.
    (new HttpExchange(std::move(r), limits, std::move(callbacks), context))->start();
}

} // namespace modreg::net
