#include "ipfs/IpfsRpcReplies.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace modreg::ipfsrpc {

namespace {

// Kubo sends sizes as numbers; js-ipfs sends some as strings. Accept both, never a negative one.
std::optional<qint64> sizeOf(const QJsonValue& v)
{
    bool ok = v.isDouble();
    const double d = v.toDouble();
    qint64 n = ok && d >= 0 && d < 9.0e15 ? static_cast<qint64>(d) : -1;
    if (v.isString())
        n = v.toString().toLongLong(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

Result<Cid> cidIn(const QJsonObject& obj, const char* field)
{
    const QJsonValue v = obj.value(QLatin1String(field));
    const QString text = v.isObject() ? v.toObject().value(QLatin1String("/")).toString() : v.toString();
    return Cid::parse(text);
}

QJsonObject objectOf(const QByteArray& reply)
{
    return QJsonDocument::fromJson(reply).object();
}
} // namespace

Result<QString> readVersion(const QByteArray& reply)
{
    const QString v = objectOf(reply).value(QLatin1String("Version")).toString();
    if (v.isEmpty() || v.size() > 100)
        return Result<QString>::failure(
            IpfsRpcClient::tr("The IPFS node answered, but its reply has no version; is this really an IPFS RPC API?"));
    return v;
}

Result<IpfsNodeInfo> readId(const QByteArray& reply)
{
    const QJsonObject obj = objectOf(reply);
    IpfsNodeInfo info{obj.value(QLatin1String("ID")).toString().left(200),
                      obj.value(QLatin1String("AgentVersion")).toString().left(200)};
    if (info.peerId.isEmpty())
        return Result<IpfsNodeInfo>::failure(
            IpfsRpcClient::tr("The IPFS node answered, but its reply has no peer ID; is this really an IPFS RPC API?"));
    return info;
}

Result<IpfsRepoStats> readRepoStat(const QByteArray& reply)
{
    const QJsonObject obj = objectOf(reply);
    const std::optional<qint64> size = sizeOf(obj.value(QLatin1String("RepoSize")));
    if (!size)
        return Result<IpfsRepoStats>::failure(IpfsRpcClient::tr("The IPFS node's repo/stat reply has no RepoSize."));
    return IpfsRepoStats{*size, sizeOf(obj.value(QLatin1String("NumObjects"))).value_or(0)};
}

Result<QList<QPair<QString, Cid>>> readAdd(const QByteArray& reply)
{
    using R = Result<QList<QPair<QString, Cid>>>;
    QList<QPair<QString, Cid>> entries;
    for (const QByteArray& line : reply.split('\n')) {
        const QJsonObject obj = objectOf(line);
        if (obj.contains(QLatin1String("Message")))
            return R::failure(IpfsRpcClient::tr("The IPFS node could not add the content: %1")
                                  .arg(obj.value(QLatin1String("Message")).toString().left(500)));
        if (!obj.contains(QLatin1String("Hash")))
            continue;
        Result<Cid> cid = cidIn(obj, "Hash");
        if (!cid)
            return R::failure(IpfsRpcClient::tr("The IPFS node's answer to add holds an invalid CID: %1").arg(cid.error()));
        entries.append({obj.value(QLatin1String("Name")).toString(), cid.value()});
    }
    if (entries.isEmpty())
        return R::failure(IpfsRpcClient::tr("The IPFS node's answer to add names no CID."));
    return entries;
}

Result<Cid> readBlockPut(const QByteArray& reply)
{
    return cidIn(objectOf(reply), "Key");
}

Result<qint64> readBlockStat(const QByteArray& reply)
{
    const std::optional<qint64> size = sizeOf(objectOf(reply).value(QLatin1String("Size")));
    if (!size)
        return Result<qint64>::failure(IpfsRpcClient::tr("The IPFS node's block/stat reply has no size."));
    return *size;
}

Result<QList<Cid>> readPins(const QByteArray& reply)
{
    QList<Cid> pins;
    for (const QByteArray& line : reply.split('\n')) {
        const QJsonObject obj = objectOf(line);
        const QJsonObject keys = obj.value(QLatin1String("Keys")).toObject();
        for (auto it = keys.begin(); it != keys.end(); ++it)
            if (Result<Cid> c = Cid::parse(it.key()))
                pins << c.value();
        if (obj.contains(QLatin1String("Cid")))
            if (Result<Cid> c = cidIn(obj, "Cid"))
                pins << c.value();
    }
    return pins;
}

} // namespace modreg::ipfsrpc
