#pragma once

#include <QString>
#include <chrono>

namespace modreg::process {

// Small, Linux-specific questions about other processes, asked through /proc. They let the
// devnet tell its own leftovers from an unrelated process that happens to reuse a pid.

bool isAlive(qint64 pid);
// The executable's path (/proc/PID/exe), empty when the process is gone or not ours to inspect.
QString executable(qint64 pid);
// The command line joined with spaces, empty when the process is gone.
QString commandLine(qint64 pid);
// True when pid is alive and its command line contains every one of `needles`.
bool matches(qint64 pid, const QStringList& needles);
// SIGTERM, then SIGKILL after `grace`. Returns true once the process is gone. Reaps it when it
// is our own child so no zombie stays behind.
bool stop(qint64 pid, std::chrono::milliseconds grace);

} // namespace modreg::process
