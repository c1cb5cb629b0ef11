#pragma once

#include "Result.h"
#include "ipfs/IpfsPath.h"
#include "net/HttpGet.h"

#include <QDir>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <chrono>
#include <functional>

namespace modreg {

// Fetches a file or folder by CID without trusting whoever serves it: every block is checked
// against the CID that names it, the UnixFS DAG is walked and the bytes put back together. Sources
// are tried in order (the node's RPC API block by block, then each gateway: one CAR request, or
// single raw blocks when the gateway does not serve CARs) and the first that delivers intact
// content wins; each failure is kept as a sentence. Nothing reaches the destination unless the
// whole content checked out.
class VerifiedFetcher : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl rpcApi;           // tried first when set
        QList<QUrl> gateways;  // then these, in the user's order
        qint64 maxBytes = -1;  // the most a fetch may download, in bytes; -1: no limit
        net::HttpGet transfer; // idle and speed limits for every gateway request
        std::chrono::milliseconds rpcTimeout{30000};
        QString tempDir = QDir::tempPath(); // where a CAR waits while it is checked
    };
    struct Report
    {
        QString source;       // who delivered
        QStringList failures; // who failed before, and why
        qint64 bytesFetched = 0;
    };

    explicit VerifiedFetcher(Options options, QObject* parent = nullptr);

    // A file is written to `destination`; a folder becomes the folder `destination`.
    void fetchToDisk(const IpfsPath& path, const QString& destination,
                     std::function<void(Result<Report>)> done);
    // A file's bytes (a folder is refused).
    void fetchBytes(const IpfsPath& path, std::function<void(Result<QByteArray>)> done);
    // The same, telling a final failure from one worth trying again: `final` when every block
    // checked out and the content itself is not a file within the limits (a folder, too large,
    // malformed), which no other source and no later try can change.
    struct Fetched
    {
        Result<QByteArray> bytes;
        bool final = false;
    };
    void fetchDocument(const IpfsPath& path, std::function<void(Fetched)> done);

signals:
    // Bytes written so far; `total` is -1 while unknown (folders).
    void progress(qint64 written, qint64 total);
    // A source failed and the next one is being tried.
    void sourceFailed(const QString& source, const QString& why);

private:
    Options m_options;
};

} // namespace modreg
