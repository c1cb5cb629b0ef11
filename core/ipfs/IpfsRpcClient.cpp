#include "ipfs/IpfsRpcClient.h"

#include "ipfs/IpfsRpcReplies.h"
#include "net/HttpPost.h"
#include "net/MultipartBody.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace modreg {

namespace {
// The largest block peers exchange, and room for the framing around it.
constexpr qint64 kMaxBlockReply = 2 * 1024 * 1024 + 1024;
// An add of many files answers one line per file and folder.
constexpr qint64 kMaxAddReply = 64 * 1024 * 1024;
// A node with many pins lists them all.
constexpr qint64 kMaxPinsReply = 256 * 1024 * 1024;
// An upload takes as long as its bytes need: a minute, plus a second per 100 KiB (a slow link).
std::chrono::milliseconds uploadDeadline(qint64 bytes)
{
    return std::chrono::milliseconds(60000 + bytes / 100);
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
    call(command, {}, nullptr, {}, {}, std::move(done));
}

void IpfsRpcClient::call(const QString& command, const QUrlQuery& args, std::shared_ptr<net::MultipartBody> body,
                         Bounds bounds,
                         std::function<void(qint64, qint64)> progress,
                         std::function<void(Result<QByteArray>)> done)
{
    // The RPC API takes POST only (Kubo rejects GET since 0.5 to stop browser-driven CSRF).
    net::HttpPost post;
    post.url = endpoint(command, args);
    post.contentType = "application/octet-stream";
    post.timeout = m_timeout;
    post.deadline = bounds.deadline.count() > 0 ? bounds.deadline : m_timeout;
    post.maxBytes = bounds.maxBytes;
    post.multipart = std::move(body);
    post.uploadProgress = std::move(progress);
    net::post(post, this, std::move(done));
}

void IpfsRpcClient::id(std::function<void(Result<IpfsNodeInfo>)> done)
{
    call(QStringLiteral("id"), [done = std::move(done)](Result<QByteArray> reply) {
        done(reply ? ipfsrpc::readId(reply.value()) : Result<IpfsNodeInfo>::failure(reply.error()));
    });
}

void IpfsRpcClient::version(std::function<void(Result<QString>)> done)
{
    call(QStringLiteral("version"), [done = std::move(done)](Result<QByteArray> reply) {
        done(reply ? ipfsrpc::readVersion(reply.value()) : Result<QString>::failure(reply.error()));
    });
}

void IpfsRpcClient::repoStat(std::function<void(Result<IpfsRepoStats>)> done)
{
    call(QStringLiteral("repo/stat"), [done = std::move(done)](Result<QByteArray> reply) {
        done(reply ? ipfsrpc::readRepoStat(reply.value()) : Result<IpfsRepoStats>::failure(reply.error()));
    });
}

namespace {
// One form-data part per file and folder; the filename carries the path, and folders are parts of
// type application/x-directory (MultipartBody writes them as Kubo and js-ipfs expect).
bool appendParts(net::MultipartBody& body, const QFileInfo& entry, const QString& name, QString* problem)
{
    if (entry.isDir()) {
        body.addDirectory(name);
        const QFileInfoList children =
            QDir(entry.filePath())
                .entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
        for (const QFileInfo& child : children) {
            if (!appendParts(body, child, name + QLatin1Char('/') + child.fileName(), problem))
                return false;
        }
        return true;
    }
    if (entry.isSymLink()) {
        *problem =
            IpfsRpcClient::tr("%1 is a symbolic link; Modreg does not add links yet.").arg(entry.filePath());
        return false;
    }
    QFile file(entry.filePath());
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = IpfsRpcClient::tr("Could not open %1: %2").arg(entry.filePath(), file.errorString());
        return false;
    }
    body.addFile(name, entry.filePath(), file.size()); // streamed as it is sent, never loaded whole
    return true;
}

} // namespace

void IpfsRpcClient::add(const QString& path, const IpfsAddOptions& options,
                        std::function<void(qint64, qint64)> progress,
                        std::function<void(Result<IpfsAdded>)> done)
{
    const QFileInfo root(path);
    if (!root.exists())
        return done(Result<IpfsAdded>::failure(tr("%1 does not exist.").arg(path)));
    auto body = std::make_shared<net::MultipartBody>();
    QString problem;
    if (!appendParts(*body, root, root.fileName(), &problem))
        return done(Result<IpfsAdded>::failure(problem));
    // The root is the entry named as the top-level part; js-ipfs does not always send it last.
    // With a wrapping directory, the root is the entry with no name.
    const QString rootName = options.wrapWithDirectory ? QString() : root.fileName();
    addParts(std::move(body), options, std::move(progress),
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
    auto body = std::make_shared<net::MultipartBody>();
    body->addBytes(name, bytes);
    addParts(std::move(body), options, {}, std::move(done));
}

void IpfsRpcClient::addParts(std::shared_ptr<net::MultipartBody> body, const IpfsAddOptions& options,
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
    const qint64 uploadBytes = body->size();
    call(QStringLiteral("add"), args, std::move(body), Bounds{kMaxAddReply, uploadDeadline(uploadBytes)},
         std::move(progress), [done = std::move(done)](Result<QByteArray> reply) {
             if (!reply)
                 return done(Result<IpfsAdded>::failure(reply.error()));
             Result<QList<QPair<QString, Cid>>> entries = ipfsrpc::readAdd(reply.value());
             if (!entries)
                 return done(Result<IpfsAdded>::failure(entries.error()));
             const Cid added = entries->last().second; // the root comes last
             done(IpfsAdded{added, std::move(entries).value()});
         });
}

void IpfsRpcClient::cat(const Cid& cid, std::function<void(Result<QByteArray>)> done)
{
    QUrlQuery args;
    args.addQueryItem(QStringLiteral("arg"), cid.toString());
    call(QStringLiteral("cat"), args, nullptr, Bounds{16 * 1024 * 1024, {}}, {}, std::move(done));
}

void IpfsRpcClient::blockGet(const Cid& cid, std::function<void(Result<QByteArray>)> done)
{
    QUrlQuery args;
    args.addQueryItem(QStringLiteral("arg"), cid.toString());
    call(QStringLiteral("block/get"), args, nullptr, Bounds{kMaxBlockReply, {}}, {}, std::move(done));
}

void IpfsRpcClient::blockPut(const QByteArray& block, Cid::Codec codec, std::function<void(Result<Cid>)> done)
{
    auto body = std::make_shared<net::MultipartBody>();
    body->addBytes(QStringLiteral("block"), block);
    QUrlQuery args;
    args.addQueryItem(QStringLiteral("cid-codec"), Cid::codecName(codec)); // Kubo
    args.addQueryItem(QStringLiteral("format"), Cid::codecName(codec));    // js-ipfs
    args.addQueryItem(QStringLiteral("cid-version"), QStringLiteral("1"));
    args.addQueryItem(QStringLiteral("cid-base"), QStringLiteral("base32"));
    call(QStringLiteral("block/put"), args, std::move(body), {}, {}, [done = std::move(done)](Result<QByteArray> reply) {
        done(reply ? ipfsrpc::readBlockPut(reply.value()) : Result<Cid>::failure(reply.error()));
    });
}

void IpfsRpcClient::blockStat(const Cid& cid, std::function<void(Result<qint64>)> done)
{
    QUrlQuery args;
    args.addQueryItem(QStringLiteral("arg"), cid.toString());
    call(QStringLiteral("block/stat"), args, nullptr, {}, {}, [done = std::move(done)](Result<QByteArray> reply) {
        done(reply ? ipfsrpc::readBlockStat(reply.value()) : Result<qint64>::failure(reply.error()));
    });
}

void IpfsRpcClient::pinAdd(const Cid& cid, std::function<void(Status)> done)
{
    QUrlQuery args;
    args.addQueryItem(QStringLiteral("arg"), cid.toString());
    call(QStringLiteral("pin/add"), args, nullptr, {}, {}, [done = std::move(done)](Result<QByteArray> reply) {
        done(reply ? success() : Status::failure(reply.error()));
    });
}

void IpfsRpcClient::pinRm(const Cid& cid, std::function<void(Status)> done)
{
    QUrlQuery args;
    args.addQueryItem(QStringLiteral("arg"), cid.toString());
    call(QStringLiteral("pin/rm"), args, nullptr, {}, {}, [done = std::move(done)](Result<QByteArray> reply) {
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
    call(QStringLiteral("pin/ls"), args, nullptr, Bounds{kMaxPinsReply, {}}, {},
         [done = std::move(done)](Result<QByteArray> reply) {
             done(reply ? ipfsrpc::readPins(reply.value()) : Result<QList<Cid>>::failure(reply.error()));
         });
}

} // namespace modreg
