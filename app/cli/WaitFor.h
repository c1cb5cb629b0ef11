#pragma once

#include <QEventLoop>
#include <functional>
#include <optional>

namespace modreg::cli {

// Starts an asynchronous call and runs the event loop until its callback delivers; `start` gets
// the callback to hand to the call. A command-line program has nothing else to do meanwhile.
template <typename T> T waitFor(const std::function<void(std::function<void(T)>)>& start)
{
    std::optional<T> out;
    QEventLoop loop;
    start([&](T value) {
        out.emplace(std::move(value));
        loop.quit();
    });
    if (!out)
        loop.exec();
    return std::move(*out);
}

} // namespace modreg::cli
