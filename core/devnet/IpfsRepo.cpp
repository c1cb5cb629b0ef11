#include "devnet/IpfsRepo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace modreg {

namespace {

QString loopback(quint16 port)
{
    return QStringLiteral("/ip4/127.0.0.1/tcp/%1").arg(port);
}
} // namespace

bool IpfsRepo::isInitialized() const
{
    return QFile::exists(m_dir + QStringLiteral("/config"));
}

Status IpfsRepo::configure(const Ports& ports) const
{
    const QString path = m_dir + QStringLiteral("/config");
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return Status::failure(
            tr("Could not read the IPFS configuration %1: %2").arg(path, in.errorString()));
    QJsonParseError error{};
    QJsonObject config = QJsonDocument::fromJson(in.readAll(), &error).object();
    in.close();
    if (error.error != QJsonParseError::NoError)
        return Status::failure(tr("The IPFS configuration %1 is not valid JSON (%2). Delete the folder %3 to "
                                  "let Modreg create a "
                                  "new devnet IPFS node; content stored only there will be lost.")
                                   .arg(path, error.errorString(), m_dir));

    QJsonObject addresses = config.value(QLatin1String("Addresses")).toObject();
    addresses[QStringLiteral("Swarm")] = QJsonArray();
    addresses[QStringLiteral("API")] = loopback(ports.api);
    addresses[QStringLiteral("Gateway")] = loopback(ports.gateway);
    addresses[QStringLiteral("RPC")] = loopback(ports.grpc);
    config[QStringLiteral("Addresses")] = addresses;
    config[QStringLiteral("Bootstrap")] = QJsonArray();
    QJsonObject discovery = config.value(QLatin1String("Discovery")).toObject();
    QJsonObject mdns = discovery.value(QLatin1String("MDNS")).toObject();
    mdns[QStringLiteral("Enabled")] = false;
    discovery[QStringLiteral("MDNS")] = mdns;
    config[QStringLiteral("Discovery")] = discovery;

    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(config).toJson()) < 0 || !out.commit())
        return Status::failure(
            tr("Could not write the IPFS configuration %1: %2").arg(path, out.errorString()));
    return success();
}

void IpfsRepo::removeStaleLock() const
{
    QDir(m_dir + QStringLiteral("/repo.lock")).removeRecursively();
}

} // namespace modreg
