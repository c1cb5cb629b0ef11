#include "ipfs/IpfsRpcClient.h"

#include "net/HttpPost.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonArray>
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

QUrl IpfsRpcClient::endpoint(const QString& command, QUrlQuery args) const
{
    QUrl url = m_api;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
                QStringLiteral("/api/v0/") + command);
    // Reads of content the node may not have carry the node-side `timeout` (js-ipfs otherwise waits
    // forever for a missing block). Not `add`: js-ipfs answers an add with `timeout` with nothing.
    static const QStringList reads{QStringLiteral("cat"), QStringLiteral("block/get"),
                                   QStringLiteral("block/stat"), QStringLiteral("pin/add")};
    if (reads.contains(command))
        args.addQueryItem(QStringLiteral("timeout"), QStringLiteral("%1ms").arg(m_timeout.count()));
    url.setQuery(args);
    return url;
}

void IpfsRpcClient::call(const QString& command, std::function<void(Result<QByteArray>)> done)
{
    call(command, {}, nullptr, {}, std::move(done));
}

void IpfsRpcClient::call(const QString& command, const QUrlQuery& args, QHttpMultiPart* body,
                         std::function<void(qint64, qint64)> progress,
                         std::function<void(Result<QByteArray>)> done)
{
    // The RPC API takes POST only (Kubo rejects GET since 0.5 to stop browser-driven CSRF).
    net::HttpPost post{endpoint(command, args), {}, "application/octet-stream", m_timeout, body,
                       std::move(progress)};
    net::post(m_network, post, this, std::move(done));
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

void IpfsRpcClient::version(std::function<void(Result<QString>)> done)
{
    call(QStringLiteral("version"), [done = std::move(done)](Result<QByteArray> reply) {
        if (!reply)
            return done(Result<QString>::failure(reply.error()));
        const QString v =
            QJsonDocument::fromJson(reply.value()).object().value(QLatin1String("Version")).toString();
        if (v.isEmpty())
            return done(Result<QString>::failure(
                tr("The IPFS node answered, but its reply has no version; is this really an IPFS RPC API?")));
        done(v);
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

namespace {
// One form-data part per file and folder; the filename carries the path, percent-encoded as Kubo
// and js-ipfs expect, and folders are parts of type application/x-directory.
bool appendParts(QHttpMultiPart* multipart, const QFileInfo& entry, const QString& name, QString* problem)
{
    QHttpPart part;
    const QByteArray encoded = QUrl::toPercentEncoding(name, "/");
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArray("form-data; name=\"file\"; filename=\"") + encoded + '"');
    if (entry.isDir()) {
        part.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-directory"));
        multipart->append(part);
        const QFileInfoList children =
            QDir(entry.filePath())
                .entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
        for (const QFileInfo& child : children) {
            if (!appendParts(multipart, child, name + QLatin1Char('/') + child.fileName(), problem))
                return false;
        }
        return true;
    }
    if (entry.isSymLink()) {
        *problem =
            IpfsRpcClient::tr("%1 is a symbolic link; Modreg does not add links yet.").arg(entry.filePath());
        return false;
    }
    auto* file = new QFile(entry.filePath(), multipart);
    if (!file->open(QIODevice::ReadOnly)) {
        *problem = IpfsRpcClient::tr("Could not open %1: %2").arg(entry.filePath(), file->errorString());
        return false;
    }
    part.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
    part.setBodyDevice(file); // streamed, never loaded whole
    multipart->append(part);
    return true;
}

Result<Cid> cidFromReply(const QJsonObject& obj, const char* field)
{
    const QJsonValue v = obj.value(QLatin1String(field));
    const QString text = v.isObject() ? v.toObject().value(QLatin1String("/")).toString() : v.toString();
    return Cid::parse(text);
}
} // namespace

void IpfsRpcClient::add(const QString& path, const IpfsAddOptions& options,
                        std::function<void(qint64, qint64)> progress,
                        std::function<void(Result<IpfsAdded>)> done)
{
    const QFileInfo root(path);
    if (!root.exists())
        return done(Result<IpfsAdded>::failure(tr("%1 does not exist.").arg(path)));
    auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QString problem;
    if (!appendParts(multipart, root, root.fileName(), &problem)) {
        delete multipart;
        return done(Result<IpfsAdded>::failure(problem));
    }
    // The root is the entry named as the top-level part; js-ipfs does not always send it last.
    // With a wrapping directory, the root is the entry with no name.
    const QString rootName = options.wrapWithDirectory ? QString() : root.fileName();
    addParts(multipart, options, std::move(progress),
             [rootName, done = std::move(done)](Result<IpfsAdded> added) {
                 if (!added)
                     return done(added);
                 for (const auto& [name, cid] : added->entries) {
                     if (name == rootName)
                         return done(IpfsAdded{cid, added->entries});
                 }
                 done(Result<IpfsAdded>::failure(
                     tr("The IPFS node's answer to add does not name %1; it may have stopped before the end.")
                         .arg(rootName)));
             });
}

void IpfsRpcClient::addBytes(const QString& name, const QByteArray& bytes, const IpfsAddOptions& options,
                             std::function<void(Result<IpfsAdded>)> done)
{
    auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArray("form-data; name=\"file\"; filename=\"") + QUrl::toPercentEncoding(name) + '"');
    part.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
    part.setBody(bytes);
    multipart->append(part);
    addParts(multipart, options, {}, std::move(done));
}

void IpfsRpcClient::addParts(QHttpMultiPart* multipart, const IpfsAddOptions& options,
                             std::function<void(qint64, qint64)> progress,
                             std::function<void(Result<IpfsAdded>)> done)
{
    QUrlQuery args;
    auto flag = [&](const char* name, bool on) {
        args.addQueryItem(QLatin1String(name), on ? QStringLiteral("true") : QStringLiteral("false"));
    };
    args.addQueryItem(QStringLiteral("cid-version"), QString::number(options.cidVersion));
    flag("raw-leaves", options.cidVersion == 1);
    flag("pin", options.pin);
    flag("wrap-with-directory", options.wrapWithDirectory);
    flag("only-hash", options.onlyHash);
    flag("progress", false);
    if (options.cidVersion == 1) // js-ipfs refuses cid-base=base32 for CIDv0, which has no multibase form
        args.addQueryItem(QStringLiteral("cid-base"), QStringLiteral("base32"));
    call(QStringLiteral("add"), args, multipart, std::move(progress),
         [done = std::move(done)](Result<QByteArray> reply) {
             if (!reply)
                 return done(Result<IpfsAdded>::failure(reply.error()));
             // Newline-delimited JSON, one object per added entry; the root comes last.
             QList<QPair<QString, Cid>> entries;
             for (const QByteArray& line : reply->split('\n')) {
                 const QJsonObject obj = QJsonDocument::fromJson(line).object();
                 if (obj.contains(QLatin1String("Message")))
                     return done(Result<IpfsAdded>::failure(
                         tr("The IPFS node could not add the content: %1")
                             .arg(obj.value(QLatin1String("Message")).toString())));
                 if (!obj.contains(QLatin1String("Hash")))
                     continue;
                 Result<Cid> cid = cidFromReply(obj, "Hash");
                 if (!cid)
                     return done(Result<IpfsAdded>::failure(
                         tr("The IPFS node's answer to add holds an invalid CID: %1").arg(cid.error())));
                 entries.append({obj.value(QLatin1String("Name")).toString(), cid.value()});
             }
             if (entries.isEmpty())
                 return done(Result<IpfsAdded>::failure(tr("The IPFS node's answer to add names no CID.")));
             const Cid added = entries.last().second;
             done(IpfsAdded{added, std::move(entries)});
         });
}

void IpfsRpcClient::cat(const Cid& cid, std::function<void(Result<QByteArray>)> done)
{
    QUrlQuery args;
    args.addQueryItem(QStringLiteral("arg"), cid.toString());
    call(QStringLiteral("cat"), args, nullptr, {}, std::move(done));
}

void IpfsRpcClient::blockGet(const Cid& cid, std::function<void(Result<QByteArray>)> done)
{
    QUrlQuery args;
    args.addQueryItem(QStringLiteral("arg"), cid.toString());
    call(QStringLiteral("block/get"), args, nullptr, {}, std::move(done));
}

void IpfsRpcClient::blockPut(const QByteArray& block, Cid::Codec codec, std::function<void(Result<Cid>)> done)
{
    auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArray("form-data; name=\"file\"; filename=\"block\""));
    part.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
    part.setBody(block);
    multipart->append(part);
    QUrlQuery args;
    args.addQueryItem(QStringLiteral("cid-codec"), Cid::codecName(codec)); // Kubo
    args.addQueryItem(QStringLiteral("format"), Cid::codecName(codec));    // js-ipfs
    args.addQueryItem(QStringLiteral("cid-version"), QStringLiteral("1"));
    args.addQueryItem(QStringLiteral("cid-base"), QStringLiteral("base32"));
    call(QStringLiteral("block/put"), args, multipart, {},
         [done = std::move(done)](Result<QByteArray> reply) {
             if (!reply)
                 return done(Result<Cid>::failure(reply.error()));
             done(cidFromReply(QJsonDocument::fromJson(reply.value()).object(), "Key"));
         });
}

void IpfsRpcClient::blockStat(const Cid& cid, std::function<void(Result<qint64>)> done)
{
    QUrlQuery args;
    args.addQueryItem(QStringLiteral("arg"), cid.toString());
    call(QStringLiteral("block/stat"), args, nullptr, {}, [done = std::move(done)](Result<QByteArray> reply) {
        if (!reply)
            return done(Result<qint64>::failure(reply.error()));
        done(toInt64(QJsonDocument::fromJson(reply.value()).object().value(QLatin1String("Size"))));
    });
}

void IpfsRpcClient::pinAdd(const Cid& cid, std::function<void(Status)> done)
{
    QUrlQuery args;
    args.addQueryItem(QStringLiteral("arg"), cid.toString());
    call(QStringLiteral("pin/add"), args, nullptr, {}, [done = std::move(done)](Result<QByteArray> reply) {
        done(reply ? success() : Status::failure(reply.error()));
    });
}

void IpfsRpcClient::pinRm(const Cid& cid, std::function<void(Status)> done)
{
    QUrlQuery args;
    args.addQueryItem(QStringLiteral("arg"), cid.toString());
    call(QStringLiteral("pin/rm"), args, nullptr, {}, [done = std::move(done)](Result<QByteArray> reply) {
        done(reply ? success() : Status::failure(reply.error()));
    });
}

void IpfsRpcClient::isPinned(const Cid& cid, std::function<void(Result<bool>)> done)
{
    pinLs([cid, done = std::move(done)](Result<QList<Cid>> pins) {
        if (!pins)
            return done(Result<bool>::failure(pins.error()));
        // A pin may be spelled as v0 or v1 of the same DAG.
        done(std::any_of(pins->begin(), pins->end(), [&](const Cid& p) { return p.toV1() == cid.toV1(); }));
    });
}

void IpfsRpcClient::pinLs(std::function<void(Result<QList<Cid>>)> done)
{
    QUrlQuery args;
    args.addQueryItem(QStringLiteral("type"), QStringLiteral("recursive"));
    call(QStringLiteral("pin/ls"), args, nullptr, {}, [done = std::move(done)](Result<QByteArray> reply) {
        if (!reply)
            return done(Result<QList<Cid>>::failure(reply.error()));
        QList<Cid> pins;
        // Kubo: {"Keys": {"<cid>": {...}}}; js-ipfs may stream {"Cid": "..."} objects instead.
        for (const QByteArray& line : reply->split('\n')) {
            const QJsonObject obj = QJsonDocument::fromJson(line).object();
            for (const QString& key : obj.value(QLatin1String("Keys")).toObject().keys()) {
                if (Result<Cid> c = Cid::parse(key))
                    pins << c.value();
            }
            if (Result<Cid> c = cidFromReply(obj, "Cid"); obj.contains(QLatin1String("Cid")) && c)
                pins << c.value();
        }
        done(pins);
    });
}

} // namespace modreg
