#pragma once

#include "Result.h"
#include "ipfs/Cid.h"

#include <QObject>
#include <QUrl>
#include <QUrlQuery>
#include <chrono>
#include <functional>
#include <memory>

namespace modreg {

namespace net {
class MultipartBody;
}

struct IpfsNodeInfo
{
    QString peerId;
    QString agentVersion;
};

struct IpfsRepoStats
{
    qint64 repoSizeBytes = 0;
    qint64 objectCount = 0;
};

// What an add created: the root, and every file and folder the node reported by its name
// ("module/src/main.py"; js-ipfs, like Kubo, reports no line for an empty folder).
struct IpfsAdded
{
    Cid root; // the entry named as the file or folder that was added
    QList<QPair<QString, Cid>> entries;
};

struct IpfsAddOptions
{
    int cidVersion = 0; // 1 also means raw leaves, as `ipfs add --cid-version 1` does
    bool pin = true;
    bool wrapWithDirectory = false;
    bool onlyHash = false;
};

// Client for the Kubo RPC API (/api/v0), written to Kubo's documentation and used against js-ipfs
// (the devnet) too. Every call is asynchronous and bounded by a timeout; a node's error comes back
// as its own sentence. Differences handled: js-ipfs spells CIDv1 in base58btc unless asked for
// base32, sends some sizes as strings, and waits forever for a block it does not have unless the
// call carries `timeout=`. The node is not trusted: every reply has a size limit and every call a
// total deadline, and replies are read by IpfsRpcReplies.
class IpfsRpcClient : public QObject
{
    Q_OBJECT
public:
    explicit IpfsRpcClient(QUrl apiUrl, QObject* parent = nullptr);

    QUrl apiUrl() const { return m_api; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void version(std::function<void(Result<QString>)> done); // "0.18.1" (js-ipfs core), "0.29.0" (Kubo)
    void id(std::function<void(Result<IpfsNodeInfo>)> done);
    void repoStat(std::function<void(Result<IpfsRepoStats>)> done);

    // A file or a whole folder (dotfiles skipped, as `ipfs add` does), streamed as one multipart
    // request.
    void add(const QString& path, const IpfsAddOptions& options,
             std::function<void(qint64 sent, qint64 total)> progress,
             std::function<void(Result<IpfsAdded>)> done);
    // `bytes` as one file named `name` (a metadata document).
    void addBytes(const QString& name, const QByteArray& bytes, const IpfsAddOptions& options,
                  std::function<void(Result<IpfsAdded>)> done);
    // The bytes of a file, as the node assembles them (not verified: see VerifiedFetcher).
    void cat(const Cid& cid, std::function<void(Result<QByteArray>)> done);
    void blockGet(const Cid& cid, std::function<void(Result<QByteArray>)> done);
    void blockPut(const QByteArray& block, Cid::Codec codec, std::function<void(Result<Cid>)> done);
    void blockStat(const Cid& cid, std::function<void(Result<qint64>)> done);
    void pinAdd(const Cid& cid, std::function<void(Status)> done);
    void pinRm(const Cid& cid, std::function<void(Status)> done);
    void pinLs(std::function<void(Result<QList<Cid>>)> done); // recursive pins
    // Is `cid` pinned recursively (so all of its DAG is on the node)?
    void isPinned(const Cid& cid, std::function<void(Result<bool>)> done);

private:
    // What one call may take: its reply's size, and its whole time (0: the client's timeout).
    struct Bounds
    {
        qint64 maxBytes = 1024 * 1024;
        std::chrono::milliseconds deadline{0};
    };
    void addParts(std::shared_ptr<net::MultipartBody> body, const IpfsAddOptions& options,
                  std::function<void(qint64, qint64)> progress, std::function<void(Result<IpfsAdded>)> done);
    void call(const QString& command, std::function<void(Result<QByteArray>)> done);
    void call(const QString& command, const QUrlQuery& args, std::shared_ptr<net::MultipartBody> body, Bounds bounds,
              std::function<void(qint64, qint64)> progress, std::function<void(Result<QByteArray>)> done);
    QUrl endpoint(const QString& command, QUrlQuery args) const;

    QUrl m_api;
    std::chrono::milliseconds m_timeout{5000};
};

} // namespace modreg
