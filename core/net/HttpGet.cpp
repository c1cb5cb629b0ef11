#include "net/HttpGet.h"

#include "BuildInfo.h"
#include "net/HttpExchange.h"
#include "net/NetworkErrorText.h"

#include <QCoreApplication>
#include <memory>

namespace modreg::net {

namespace {

class HttpGetText
{
    Q_DECLARE_TR_FUNCTIONS(modreg::net::HttpGet)
};

constexpr int kMaxRedirects = 3;

// Where a redirect points, as the sentences show any URL: without user-info and query.
QString shown(const QUrl& url)
{
    return displayUrl(url).left(200);
}

QString describeFailure(const HttpGet& request, const QUrl& url, const HttpExchange::Outcome& o)
{
    const QString where = displayUrl(url);
    using F = HttpExchange::Failure;
    switch (o.failure) {
    case F::None:
        return HttpGetText::tr("%1 answered with HTTP status %2.").arg(where).arg(o.status);
    case F::Connection:
        if (std::optional<QString> connection = describeConnectionError(o.socketError, where))
            return *connection;
        return HttpGetText::tr("Could not read %1: %2").arg(where, o.detail);
    case F::Idle:
        return HttpGetText::tr("%1 sent nothing for %2 s.").arg(where, secondsText(request.idleTimeout));
    case F::Deadline:
        return HttpGetText::tr("%1 did not deliver within %2 s; giving up on it.").arg(where, secondsText(request.deadline));
    case F::TooLarge:
        return o.announced > request.maxBytes // announced, not sent
                   ? HttpGetText::tr("%1 announced %2 bytes, more than the limit of %3 bytes.")
                         .arg(where)
                         .arg(o.announced)
                         .arg(request.maxBytes)
                   : HttpGetText::tr("%1 sent more than the limit of %2 bytes.").arg(where).arg(request.maxBytes);
    case F::TooSlow:
        return HttpGetText::tr("%1 is sending too slowly (%2 bytes in the last %3 s); giving up on it.")
            .arg(where, o.detail, secondsText(request.window));
    case F::Closed:
        return HttpGetText::tr("%1 closed the connection before the response was complete (%2 bytes received).")
            .arg(where)
            .arg(o.bodyBytes);
    case F::Malformed:
        return HttpGetText::tr("%1 answered with something that is not HTTP.").arg(where);
    case F::Stopped:
        return o.detail;
    }
    return {};
}

void getFrom(const HttpGet& request, const QUrl& url, int redirects, QObject* context,
             std::function<void(Result<HttpGetReply>)> done)
{
    HttpExchange::Request r;
    r.url = url;
    r.headers = {{"User-Agent", QByteArray("modreg/") + build::version}};
    if (!request.accept.isEmpty())
        r.headers.append({"Accept", request.accept});
    HttpExchange::Limits limits;
    limits.idle = request.idleTimeout;
    limits.deadline = request.deadline;
    limits.maxBodyBytes = request.maxBytes;
    limits.minBytes = request.minBytes;
    limits.window = request.window;
    struct State
    {
        HttpGetReply reply;
        std::optional<QUrl> redirect;
    };
    auto state = std::make_shared<State>();
    HttpExchange::Callbacks callbacks;
    callbacks.onHead = [request, url, state](const HttpResponseHead& head) -> Status {
        if (head.status >= 300 && head.status < 400 && !head.location.isEmpty()) {
            // A gateway may move us along its own host (…/ipfs/x → …/ipfs/x/), never to another one:
            // that host would answer in the first one's name.
            const QUrl target = url.resolved(QUrl::fromEncoded(head.location.left(2000)));
            if (target.scheme() != url.scheme() || target.host() != url.host() || target.port() != url.port())
                return Status::failure(
                    HttpGetText::tr("%1 redirected to %2; Modreg does not follow a gateway to another host.")
                        .arg(displayUrl(url), shown(target)));
            state->redirect = target;
            return Status::failure(QString()); // stop here; the next request follows
        }
        if (head.status < 200 || head.status >= 300) // the status is the answer; its page is not read
            return Status::failure(HttpGetText::tr("%1 answered with HTTP status %2.").arg(displayUrl(url)).arg(head.status));
        state->reply.contentType = head.contentType;
        return request.onResponse ? request.onResponse(head.contentType) : success();
    };
    callbacks.onBody = [request, state](const QByteArray& bytes) {
        if (request.onData)
            return request.onData(bytes);
        state->reply.body += bytes;
        return success();
    };
    callbacks.onEnd = [request, url, redirects, state, context, done = std::move(done)](const HttpExchange::Outcome& o) mutable {
        if (state->redirect) {
            if (redirects >= kMaxRedirects)
                return done(Result<HttpGetReply>::failure(
                    HttpGetText::tr("%1 redirected more than %2 times.").arg(displayUrl(url)).arg(kMaxRedirects)));
            return getFrom(request, *state->redirect, redirects + 1, context, std::move(done));
        }
        if (o.failure == HttpExchange::Failure::None && o.status >= 200 && o.status < 300)
            return done(std::move(state->reply));
        done(Result<HttpGetReply>::failure(describeFailure(request, url, o)));
    };
    (new HttpExchange(std::move(r), limits, std::move(callbacks), context))->start();
}

} // namespace

void get(const HttpGet& request, QObject* context, std::function<void(Result<HttpGetReply>)> done)
{
    getFrom(request, request.url, 0, context, std::move(done));
}

} // namespace modreg::net
