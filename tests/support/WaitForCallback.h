#pragma once

#include <QEventLoop>
#include <QTimer>
#include <functional>
#include <optional>

// Starts an asynchronous call and runs the event loop until its callback delivers a value, or
// `ms` pass (then nullopt). `start` gets the callback to hand to the call.
// A real QEventLoop, not QTest::qWaitFor: that one sleeps 10 ms between rounds of events, which
// throttles a streaming upload to a trickle (1.6 MB/s measured against the devnet).
template <typename T>
std::optional<T> waitForCallback(const std::function<void(std::function<void(T)>)>& start, int ms = 60000)
{
    std::optional<T> out;
    QEventLoop loop;
    bool waiting = false;
    start([&](T value) {
        out.emplace(std::move(value));
        if (waiting)
            loop.quit();
    });
    if (out)
        return out;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    waiting = true;
    loop.exec();
    return out;
}
