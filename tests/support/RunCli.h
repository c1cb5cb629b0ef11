#pragma once
// Runs the real `modreg` binary as a user would and collects what it said.
#include <QProcess>
#include <QStringList>

struct CliRun
{
    int exitCode = -1; // -1: crashed or killed after the timeout
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList& args, int timeoutMs = 150000)
{
    QProcess p;
    p.start(QStringLiteral(MODREG_CLI_PATH), args);
    CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
