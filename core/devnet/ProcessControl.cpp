#include "devnet/ProcessControl.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QThread>
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#include <sys/wait.h>

namespace modreg::process {

namespace {
void reapIfChild(qint64 pid)
{
    int status = 0;
    ::waitpid(static_cast<pid_t>(pid), &status, WNOHANG);
}

bool isZombie(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    // Format: "pid (comm) S ..."; comm may contain spaces and parentheses, so look after the last ')'.
    const qsizetype close = line.lastIndexOf(')');
    return close >= 0 && close + 2 < line.size() && line.at(close + 2) == 'Z';
}
} // namespace

bool isAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
        return false;
    return !isZombie(pid);
}

QString executable(qint64 pid)
{
    if (!isAlive(pid))
        return {};
    return QFileInfo(QStringLiteral("/proc/%1/exe").arg(pid)).symLinkTarget();
}

QString commandLine(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray raw = file.readAll();
    if (raw.endsWith('\0'))
        raw.chop(1);
    raw.replace('\0', ' ');
    return QString::fromLocal8Bit(raw);
}

bool matches(qint64 pid, const QStringList& needles)
{
    if (!isAlive(pid))
        return false;
    const QString cmd = commandLine(pid);
    for (const QString& needle : needles) {
        if (!cmd.contains(needle))
            return false;
    }
    return !cmd.isEmpty();
}

bool stop(qint64 pid, std::chrono::milliseconds grace)
{
    if (!isAlive(pid))
        return true;
    ::kill(static_cast<pid_t>(pid), SIGTERM);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < grace.count()) {
        reapIfChild(pid);
        if (!isAlive(pid))
            return true;
        QThread::msleep(50);
    }
    ::kill(static_cast<pid_t>(pid), SIGKILL);
    for (int i = 0; i < 40; ++i) {
        reapIfChild(pid);
        if (!isAlive(pid))
            return true;
        QThread::msleep(50);
    }
    return false;
}

} // namespace modreg::process
