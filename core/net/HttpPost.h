#pragma once

#include "Result.h"

#include <QByteArray>
#include <QUrl>
#include <chrono>
#include <functional>
#include <memory>

class QObject;

namespace modreg::net {

class MultipartBody;

struct HttpPost
{
    QUrl url;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    // Aborts when nothing moves for this long (an inactivity limit, so large uploads are fine).
    std::chrono::milliseconds timeout{5000};
    // Aborts when the whole exchange takes longer than this, however steadily bytes move (a server
    // that drips its answer is never idle); 0: no such limit (an upload whose size sets its time).
    std::chrono::milliseconds deadline{0};
    // The reply body may be at most this long, whatever the status (an endless error body too).
    qint64 maxBytes = 16 * 1024 * 1024;
    // A body streamed from files instead of `body` (an IPFS add).
    std::shared_ptr<const MultipartBody> multipart;
    std::function<void(qint64 sent, qint64 total)> uploadProgress;
    // Hand an HTTP error's body to `done` as if it were success (JSON-RPC servers may answer a
    // refused call with 4xx/5xx and the JSON-RPC error inside; the caller reads that).
    bool acceptErrorBodies = false;
};

// Sends one POST (HttpExchange: bounded in every byte and every wait) and hands the reply body, or a
// sentence saying what went wrong, to `done`: it runs on `context`'s thread, once, and never once
// `context` is destroyed. An HTTP error status is a failure; its text uses the node's own message
// when the body carries one (Kubo's {"Message": ...}, JSON-RPC's {"error": {"message": ...}}). A
// redirect is not followed: it would hand the request to a host the user did not name.
void post(const HttpPost& request, QObject* context, std::function<void(Result<QByteArray>)> done);

} // namespace modreg::net
