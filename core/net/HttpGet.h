#pragma once

#include "Result.h"

#include <QByteArray>
#include <QUrl>
#include <chrono>
#include <functional>

class QObject;

namespace modreg::net {

// One GET from a server we do not trust (an HTTP gateway), through HttpExchange: bounded in size,
// in idle time, in speed and optionally in total time, and never redirected to another host. An
// error status is the answer as soon as it arrives: its page is not read at all.
struct HttpGet
{
    QUrl url;
    QByteArray accept;
    // The body may be at most this long (-1: no limit). A larger Content-Length fails at once; a body
    // that keeps coming fails when it passes the limit.
    qint64 maxBytes = -1;
    // Fails when nothing arrives for this long.
    std::chrono::milliseconds idleTimeout{15000};
    // Once bytes flow, fewer than `minBytes` in any `window` fails the transfer: a server that drips
    // a byte at a time would otherwise hold us forever without ever being idle.
    qint64 minBytes = 4096;
    std::chrono::milliseconds window{10000};
    // Fails when the whole transfer takes longer than this (0: no such limit; the speed check then
    // bounds it by the size).
    std::chrono::milliseconds deadline{0};
    // Sees the Content-Type of a successful response before its body; failing stops the transfer.
    std::function<Status(const QByteArray& contentType)> onResponse;
    // Streams the body to this handler; when it fails, the transfer stops with its sentence. Without
    // it, the body is collected and handed to `done`.
    std::function<Status(const QByteArray& chunk)> onData;
};

struct HttpGetReply
{
    QByteArray contentType;
    QByteArray body; // empty when streamed through onData
};

// `done` runs once, on `context`'s thread, never after `context` is destroyed.
void get(const HttpGet& request, QObject* context, std::function<void(Result<HttpGetReply>)> done);

} // namespace modreg::net
