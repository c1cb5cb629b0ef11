#include "store/FetchQueue.h"

#include "store/ReplicaSql.h"

namespace modreg {

using namespace replica;

FetchQueue::FetchQueue(SqliteDatabase& db)
    : m_db(&db)
{}

QStringList FetchQueue::dueFetches(int limit, const QDateTime& now) const
{
    QStringList out; // what was read before a failure, if one came
    (void)forEachRow(
        *m_db, "SELECT cid FROM fetches WHERE next_try <= ?1 ORDER BY next_try, attempts, id LIMIT ?2",
        [&](Statement& q) { q.bind(1, now.toMSecsSinceEpoch()).bind(2, static_cast<qint64>(limit)); },
        [&](const Statement& row) { out << row.text(0); });
    return out;
}

qint64 FetchQueue::pendingFetchCount() const
{
    return scalar(*m_db, "SELECT count(*) FROM fetches");
}

std::optional<QDateTime> FetchQueue::nextFetchDue() const
{
    const Result<std::optional<Statement>> row = firstRow(*m_db, "SELECT min(next_try) FROM fetches");
    if (!row || !row.value() || row.value()->isNull(0)) // no fetch waits
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(row.value()->integer(0), Qt::UTC);
}

QString FetchQueue::fetchError(const QString& cid) const
{
    const Result<std::optional<Statement>> row =
        firstRow(*m_db, "SELECT last_error FROM fetches WHERE cid_hash = ?2 AND cid = ?1", byCid(cid));
    return row && row.value() ? row.value()->text(0) : QString();
}

Status FetchQueue::recordFetchFailure(const QString& cid, const QString& why, const QDateTime& retryAt)
{
    return run(*m_db,
               "UPDATE fetches SET attempts = attempts + 1, next_try = ?3, last_error = ?4 "
               "WHERE cid_hash = ?2 AND cid = ?1",
               [&](Statement& st) {
                   byCid(cid)(st);
                   st.bind(3, retryAt.toMSecsSinceEpoch()).bind(4, why);
               });
}

Status FetchQueue::makeFetchesDue(const QDateTime& now)
{
    return run(*m_db, "UPDATE fetches SET next_try = ?1 WHERE next_try > ?1",
               [&](Statement& st) { st.bind(1, now.toMSecsSinceEpoch()); });
}

int FetchQueue::fetchAttempts(const QString& cid) const
{
    return static_cast<int>(
        scalar(*m_db, "SELECT attempts FROM fetches WHERE cid_hash = ?2 AND cid = ?1", byCid(cid)));
}

} // namespace modreg
