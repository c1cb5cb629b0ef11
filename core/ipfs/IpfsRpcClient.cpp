#include "ipfs/IpfsRpcClient.h"

#include "net/HttpPost.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace modreg {

namespace {
// Kubo sends sizes as numbers; js-ipfs sends some as strings. Accept both.
qint64 toInt64(const QJsonValue& v)
{
    return v.isString() ? v.toString().toLongLong() : static_cast<qint64>(v.toDouble());
}
} // namespace

IpfsRpcClient::IpfsRpcClient(QUrl apiUrl, QObject* parent)
    : QObject(parent)
    , m_api(std::move(apiUrl))
{}

void IpfsRpcClient::call(const QString& command, std::function<void(Result<QByteArray>)> done)
{
    QUrl url = m_api;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
                QStringLiteral("/api/v0/") + command);
    // The RPC API takes POST only (Kubo rejects GET since 0.5 to stop browser-driven CSRF).
    net::post(m_network, {url, {}, "application/octet-stream", m_timeout}, this, std::move(done));
}

void IpfsRpcClient::id(std::function<void(Result<IpfsNodeInfo>)> done)
{
    call(QStringLiteral("id"), [done = std::move(done)](Result<QByteArray> reply) {
        if (!reply)
            return done(Result<IpfsNodeInfo>::failure(reply.error()));
        const QJsonObject obj = QJsonDocument::fromJson(reply.value()).object();
        IpfsNodeInfo info{obj.value(QLatin1String("ID")).toString(),
                          obj.value(QLatin1String("AgentVersion")).toString()};
        if (info.peerId.isEmpty())
            return done(Result<IpfsNodeInfo>::failure(
                tr("The IPFS node answered, but its reply has no peer ID; is this really an IPFS RPC API?")));
        done(info);
    });
}

void IpfsRpcClient::repoStat(std::function<void(Result<IpfsRepoStats>)> done)
{
    call(QStringLiteral("repo/stat"), [done = std::move(done)](Result<QByteArray> reply) {
        if (!reply)
            return done(Result<IpfsRepoStats>::failure(reply.error()));
        const QJsonObject obj = QJsonDocument::fromJson(reply.value()).object();
        if (!obj.contains(QLatin1String("RepoSize")))
            return done(
                Result<IpfsRepoStats>::failure(tr("The IPFS node's repo/stat reply has no RepoSize.")));
        done(IpfsRepoStats{toInt64(obj.value(QLatin1String("RepoSize"))),
                           toInt64(obj.value(QLatin1String("NumObjects")))});
    });
}

} // namespace modreg
