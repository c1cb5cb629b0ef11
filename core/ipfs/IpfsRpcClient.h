#pragma once

#include "Result.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <chrono>
#include <functional>

namespace modreg {

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

// Client for the Kubo RPC API (/api/v0), which js-ipfs also serves. Every call is asynchronous
// and bounded by a timeout. This first cut has what the status bar and the devnet need; the
// IPFS issue adds add, cat, block and pin calls.
class IpfsRpcClient : public QObject
{
    Q_OBJECT
public:
    explicit IpfsRpcClient(QUrl apiUrl, QObject* parent = nullptr);

    QUrl apiUrl() const { return m_api; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void id(std::function<void(Result<IpfsNodeInfo>)> done);
    void repoStat(std::function<void(Result<IpfsRepoStats>)> done);

private:
    void call(const QString& command, std::function<void(Result<QByteArray>)> done);

    QUrl m_api;
    std::chrono::milliseconds m_timeout{5000};
    QNetworkAccessManager m_network;
};

} // namespace modreg
