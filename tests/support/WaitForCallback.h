#pragma once

#include <QTest>
#include <functional>
#include <optional>

// Starts an asynchronous call and runs the event loop until its callback delivers a value, or
// `ms` pass (then nullopt). `start` gets the callback to hand to the call.
template <typename T>
std::optional<T> waitForCallback(const std::function<void(std::function<void(T)>)>& start, int ms = 60000)
{
    std::optional<T> out;
    start([&](T value) { out.emplace(std::move(value)); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, ms))
        return std::nullopt;
    return out;
}
