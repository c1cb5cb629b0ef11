#include "devnet/DevnetState.h"

#include "devnet/ProcessControl.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace modreg {

namespace {

// A binary rebuilt while it runs shows up in /proc as "/path/to/bin (deleted)".
QString withoutDeletedMark(QString exe)
{
    static const QString mark = QStringLiteral(" (deleted)");
    if (exe.endsWith(mark))
        exe.chop(mark.size());
    return exe;
}
} // namespace

QString DevnetState::path(const QString& devnetDir)
{
    return devnetDir + QStringLiteral("/devnet.json");
}

Result<DevnetState> DevnetState::read(const QString& devnetDir)
{
    QFile file(path(devnetDir));
    if (!file.open(QIODevice::ReadOnly))
        return Result<DevnetState>::failure(tr("No devnet is recorded in %1.").arg(devnetDir));
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    if (o.value(QLatin1String("version")).toInt() != 1)
        return Result<DevnetState>::failure(
            tr("%1 is not a devnet record this version understands.").arg(path(devnetDir)));
    DevnetState s;
    s.ownerPid = o.value(QLatin1String("ownerPid")).toInteger();
    s.ownerExecutable = o.value(QLatin1String("ownerExecutable")).toString();
    s.anvilPid = o.value(QLatin1String("anvilPid")).toInteger();
    s.ipfsPid = o.value(QLatin1String("ipfsPid")).toInteger();
    s.ready = o.value(QLatin1String("ready")).toBool();
    s.endpoints.ipfsApi = QUrl(o.value(QLatin1String("ipfsApi")).toString());
    s.endpoints.chainId = static_cast<quint64>(o.value(QLatin1String("chainId")).toInteger(31337));
    for (const QJsonValue& g : o.value(QLatin1String("gateways")).toArray())
        s.endpoints.gateways << QUrl(g.toString());
    s.endpoints.chainRpc = QUrl(o.value(QLatin1String("chainRpc")).toString());
    s.endpoints.registryAddress = o.value(QLatin1String("registryAddress")).toString();
    s.endpoints.registryFromBlock =
        static_cast<quint64>(o.value(QLatin1String("registryFromBlock")).toInteger());
    s.startedAt = QDateTime::fromString(o.value(QLatin1String("startedAt")).toString(), Qt::ISODate);
    return s;
}

Status DevnetState::write(const QString& devnetDir) const
{
    QJsonArray gateways;
    for (const QUrl& g : endpoints.gateways)
        gateways << g.toString();
    const QJsonObject o{
        {QStringLiteral("version"), 1},
        {QStringLiteral("ownerPid"), ownerPid},
        {QStringLiteral("ownerExecutable"), ownerExecutable},
        {QStringLiteral("anvilPid"), anvilPid},
        {QStringLiteral("ipfsPid"), ipfsPid},
        {QStringLiteral("ready"), ready},
        {QStringLiteral("ipfsApi"), endpoints.ipfsApi.toString()},
        {QStringLiteral("gateways"), gateways},
        {QStringLiteral("chainRpc"), endpoints.chainRpc.toString()},
        {QStringLiteral("chainId"), static_cast<qint64>(endpoints.chainId)},
        {QStringLiteral("registryAddress"), endpoints.registryAddress},
        {QStringLiteral("registryFromBlock"), static_cast<qint64>(endpoints.registryFromBlock)},
        {QStringLiteral("startedAt"), startedAt.toString(Qt::ISODate)}};
    QSaveFile file(path(devnetDir));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(o).toJson()) < 0 || !file.commit())
        return Status::failure(tr("Could not write %1: %2").arg(path(devnetDir), file.errorString()));
    return success();
}

void DevnetState::remove(const QString& devnetDir)
{
    QFile::remove(path(devnetDir));
}

bool DevnetState::ownerAlive() const
{
    return process::isAlive(ownerPid) &&
           withoutDeletedMark(process::executable(ownerPid)) == withoutDeletedMark(ownerExecutable);
}

} // namespace modreg
