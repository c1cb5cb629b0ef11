#include "devnet/DevnetNode.h"

#include <QFile>
#include <QFileInfo>
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace modreg {

DevnetNode::DevnetNode(Spec spec, QObject* parent)
    : QObject(parent)
    , m_spec(std::move(spec))
{
    m_process.setProgram(m_spec.program);
    m_process.setArguments(m_spec.arguments);
    m_process.setProcessEnvironment(m_spec.environment);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_spec.logPath, QIODevice::Truncate);
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.setChildProcessModifier([] {
        // Runs in the forked child before exec: tie the child's life to ours.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        // Our own process group, so a Ctrl+C in the terminal reaches only us; we stop the nodes.
        ::setpgid(0, 0);
    });

    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit exitedUnexpectedly(tr("%1 could not be started (%2): %3")
                                        .arg(m_spec.displayName, m_spec.program, m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        if (m_stopping)
            return;
        const QString how =
            status == QProcess::CrashExit ? tr("crashed") : tr("exited with code %1").arg(exitCode);
        const QString tail = logTail();
        emit exitedUnexpectedly(
            tail.isEmpty()
                ? tr("%1 %2.").arg(m_spec.displayName, how)
                : tr("%1 %2. Its last output (%3):\n%4").arg(m_spec.displayName, how, m_spec.logPath, tail));
    });
}

DevnetNode::~DevnetNode()
{
    stop(std::chrono::seconds(10));
}

void DevnetNode::start()
{
    m_stopping = false;
    m_process.start();
}

bool DevnetNode::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

qint64 DevnetNode::pid() const
{
    return m_process.processId();
}

void DevnetNode::stop(std::chrono::milliseconds grace)
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_process.terminate();
    if (!m_process.waitForFinished(static_cast<int>(grace.count()))) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

QString DevnetNode::logTail(int lines) const
{
    QFile log(m_spec.logPath);
    if (!log.open(QIODevice::ReadOnly))
        return {};
    if (log.size() > 16384)
        log.seek(log.size() - 16384);
    const QStringList all = QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(QLatin1Char('\n'));
}

} // namespace modreg
