#include "settings/EndpointSettings.h"

#include <QSettings>

namespace modreg {

namespace {
const QString kUseDevnet = QStringLiteral("network/useDevnet");
const QString kIpfsApi = QStringLiteral("network/ipfsApi");
const QString kGateways = QStringLiteral("network/gateways");
const QString kChainRpc = QStringLiteral("network/chainRpc");
const QString kRegistry = QStringLiteral("network/registryAddress");
const QString kRegistryFromBlock = QStringLiteral("network/registryFromBlock");
} // namespace

Endpoints EndpointSettings::defaultExternal()
{
    Endpoints e;
    e.ipfsApi = QUrl(QStringLiteral("http://127.0.0.1:5001"));
    e.gateways = {QUrl(QStringLiteral("http://127.0.0.1:8080"))};
    e.chainRpc = QUrl(QStringLiteral("http://127.0.0.1:8545"));
    return e;
}

EndpointSettings EndpointSettings::load(const QSettings& settings)
{
    EndpointSettings s;
    const Endpoints defaults = defaultExternal();
    s.useDevnet = settings.value(kUseDevnet, true).toBool();
    s.external.ipfsApi = QUrl(settings.value(kIpfsApi, defaults.ipfsApi.toString()).toString());
    s.external.gateways.clear();
    const QStringList gateways = settings.contains(kGateways)
                                     ? settings.value(kGateways).toStringList()
                                     : QStringList{defaults.gateways.first().toString()};
    for (const QString& g : gateways)
        s.external.gateways << QUrl(g);
    s.external.chainRpc = QUrl(settings.value(kChainRpc, defaults.chainRpc.toString()).toString());
    s.external.registryAddress = settings.value(kRegistry).toString();
    s.external.registryFromBlock = settings.value(kRegistryFromBlock, 0).toULongLong();
    return s;
}

void EndpointSettings::save(QSettings& settings) const
{
    settings.setValue(kUseDevnet, useDevnet);
    settings.setValue(kIpfsApi, external.ipfsApi.toString());
    QStringList gateways;
    for (const QUrl& g : external.gateways)
        gateways << g.toString();
    settings.setValue(kGateways, gateways);
    settings.setValue(kChainRpc, external.chainRpc.toString());
    settings.setValue(kRegistry, external.registryAddress);
    settings.setValue(kRegistryFromBlock, external.registryFromBlock);
    settings.sync();
}

} // namespace modreg
