#pragma once
// Runs the real `modreg` binary as a user would and collects what it said.
#include <QJsonDocument>
#include <QJsonObject>
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

// Runs `modreg ARGS` through bash, so secrets arrive on file descriptors 3 and 4 (never argv):
// ARGS says --password-fd 3 where it wants `fd3`.
inline CliRun runCliWithSecrets(const QString& args, const QString& fd3, const QString& fd4 = {},
                                int timeoutMs = 150000)
{
    QString command =
        QStringLiteral("'%1' %2 3< <(printf '%s\\n' \"$FD3\")").arg(QStringLiteral(MODREG_CLI_PATH), args);
    if (!fd4.isEmpty())
        command += QStringLiteral(" 4< <(printf '%s\\n' \"$FD4\")");
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FD3"), fd3);
    env.insert(QStringLiteral("FD4"), fd4);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("bash"), {QStringLiteral("-c"), command});
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// What a `--json` run printed, as an object (empty if it printed none).
inline QJsonObject jsonOf(const CliRun& run)
{
    return QJsonDocument::fromJson(run.out).object();
}

// A new secp256k1 key in the keystore (created with `password` if there is none yet, quick KDF), made
// by `modreg keys new`; its Ethereum address, or an empty string if that failed.
inline QString newEthereumKeyWithCli(const QString& label, const QString& password)
{
    const CliRun r = runCliWithSecrets(QStringLiteral("keys new --type secp256k1 --label %1 --password-fd 3 "
                                                      "--insecure-test-kdf --json")
                                           .arg(label),
                                       password);
    return jsonOf(r)
        .value(QLatin1String("identities"))
        .toObject()
        .value(QLatin1String("ethereum"))
        .toString();
}
