#pragma once

#include "Result.h"

#include <QDateTime>
#include <QStringList>
#include <optional>

namespace modreg {

class SqliteDatabase;

// The metadata documents the syncer still has to fetch, with their retries: a CID enters when an
// event names it and leaves when ReplicaWriter::recordDocument() stores its document. A part of
// ModuleStore (docs/architecture.md, "The replica").
class FetchQueue
{
public:
    explicit FetchQueue(SqliteDatabase& db);

    // Metadata CIDs to fetch now: the longest due first, then those tried least, then in the order
    // their events came. Walks an index (ReplicaSchema 8): the syncer asks after every fetch.
    QStringList dueFetches(int limit, const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    qint64 pendingFetchCount() const;
    // When the next fetch that is waiting for a retry is due; nullopt if none waits.
    std::optional<QDateTime> nextFetchDue() const;
    // The last reason a fetch of `cid` failed; empty if it has not failed.
    QString fetchError(const QString& cid) const;
    // A fetch failed: try again after `retryAt`.
    Status recordFetchFailure(const QString& cid, const QString& why, const QDateTime& retryAt);
    int fetchAttempts(const QString& cid) const;
    // Every waiting fetch is due now ("Sync now").
    Status makeFetchesDue(const QDateTime& now = QDateTime::currentDateTimeUtc());

private:
    SqliteDatabase* m_db;
};

} // namespace modreg
