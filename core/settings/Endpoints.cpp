#include "settings/Endpoints.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace modreg {

bool Endpoints::isHttpUrl(const QUrl& url)
{
    const QString scheme = url.scheme();
    return url.isValid() && !url.host().isEmpty() &&
           (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

QStringList Endpoints::problems() const
{
    QStringList out;
    if (!isHttpUrl(ipfsApi))
        out << tr("The IPFS API URL must be an http:// or https:// address, such as http://127.0.0.1:5001.");
    for (const QUrl& gateway : gateways) {
        if (!isHttpUrl(gateway))
            out << tr("The gateway \"%1\" is not an http:// or https:// address.")
                       .arg(gateway.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toString().left(200));
    }
    const QString rpcScheme = chainRpc.scheme();
    const bool rpcOk = chainRpc.isValid() && !chainRpc.host().isEmpty() &&
                       QStringList{QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("ws"),
                                   QStringLiteral("wss")}
                           .contains(rpcScheme);
    if (!rpcOk)
        out << tr(
            "The chain RPC URL must be an http(s):// or ws(s):// address, such as http://127.0.0.1:8545.");
    static const QRegularExpression address(QStringLiteral("^0x[0-9a-fA-F]{40}$"));
    if (!registryAddress.isEmpty() && !address.match(registryAddress).hasMatch())
        out << tr("The registry contract address must be 0x followed by 40 hexadecimal digits.");
    return out;
}

} // namespace modreg
