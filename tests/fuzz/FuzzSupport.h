#pragma once
// What every fuzz target shares: the input as Qt bytes, an application for targets whose code
// runs through the event loop, and a check that turns a broken promise into a crash libFuzzer keeps.
#include <QByteArray>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>

namespace fuzz {

inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// A property the code under test promises, e.g. "what parsed encodes back to the same bytes".
inline void expect(bool holds, const char* promise)
{
    if (!holds) {
        std::fprintf(stderr, "fuzz: broken promise: %s\n", promise);
        std::abort();
    }
}

// One QCoreApplication for the whole run (tr() and queued calls need one).
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

// Runs the event loop until `done()` holds; a run that does not end within `ms` is a hang.
inline void runUntil(const std::function<bool()>& done, int ms = 10000)
{
    const QDeadlineTimer deadline(ms);
    while (!done()) {
        expect(!deadline.hasExpired(), "the work ends within its deadline");
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}

} // namespace fuzz
