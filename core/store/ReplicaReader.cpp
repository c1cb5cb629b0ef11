#include "store/ReplicaReader.h"

#include "store/ReplicaSql.h"

namespace modreg {

using namespace replica;

ReplicaReader::ReplicaReader(SqliteDatabase& db)
    : m_db(&db)
{}

std::optional<StoredModule> ReplicaReader::module(const QByteArray& key) const
{
    // A module still pending says why its last fetch failed, if it did.
    const Result<std::optional<Statement>> row = firstRow(
        *m_db,
        "SELECT m.owner, m.metadata_cid, m.block, m.state, coalesce(m.reason, f.last_error), d.bytes "
        "FROM modules m "
        "LEFT JOIN documents d ON d.cid_hash = m.metadata_cid_hash AND d.cid = m.metadata_cid "
        "LEFT JOIN fetches f ON f.cid_hash = m.metadata_cid_hash AND f.cid = m.metadata_cid "
        "WHERE m.key = ?1",
        [&](Statement& q) { q.bind(1, key); });
    if (!row || !row.value())
        return std::nullopt;
    const Statement& q = *row.value();
    StoredModule m{key,
                   q.blob(0),
                   q.text(1),
                   static_cast<quint64>(q.integer(2)),
                   static_cast<StoredModule::State>(q.integer(3)),
                   q.text(4),
                   std::nullopt};
    if (m.state == StoredModule::State::Verified)
        m.metadata = parseStored(q.blob(5));
    return m;
}

QVector<qint64> ReplicaReader::orderedIds(Order order, bool descending) const
{
    // Each order walks an index (ReplicaSchema 2 and 7), so a million rows come back without a sort.
    const char* sql = nullptr;
    switch (order) {
    case Order::Name:
        sql = descending ? "SELECT rowid FROM modules ORDER BY name COLLATE NOCASE DESC, rowid DESC"
                         : "SELECT rowid FROM modules ORDER BY name COLLATE NOCASE, rowid";
        break;
    case Order::Author:
        sql = descending ? "SELECT rowid FROM modules ORDER BY author COLLATE NOCASE DESC"
                         : "SELECT rowid FROM modules ORDER BY author COLLATE NOCASE";
        break;
    case Order::Updated:
        sql = descending ? "SELECT rowid FROM modules ORDER BY block DESC"
                         : "SELECT rowid FROM modules ORDER BY block";
        break;
    }
    QVector<qint64> ids; // what was read before a failure, if one came
    ids.reserve(moduleCount());
    (void)forEachRow(*m_db, sql, {}, [&](const Statement& row) { ids.append(row.integer(0)); });
    return ids;
}

QList<ReplicaReader::Row> ReplicaReader::rows(const QVector<qint64>& ids) const
{
    QList<Row> out;
    if (ids.isEmpty())
        return out;
    QByteArray sql = "SELECT rowid, key, name, version, author, block, state FROM modules WHERE rowid IN (";
    for (qsizetype i = 0; i < ids.size(); ++i)
        sql += i ? ",?" : "?";
    sql += ")";
    (void)forEachRow(
        *m_db, sql.constData(),
        [&](Statement& q) {
            for (qsizetype i = 0; i < ids.size(); ++i)
                q.bind(static_cast<int>(i + 1), ids[i]);
        },
        [&](const Statement& row) {
            out << Row{row.integer(0),
                       row.blob(1),
                       row.text(2),
                       row.text(3),
                       row.text(4),
                       static_cast<quint64>(row.integer(5)),
                       static_cast<StoredModule::State>(row.integer(6))};
        });
    return out; // what was read before a failure, if one came
}

std::optional<qint64> ReplicaReader::idOf(const QByteArray& key) const
{
    const qint64 id =
        scalar(*m_db, "SELECT rowid FROM modules WHERE key = ?1", [&](Statement& q) { q.bind(1, key); });
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

qint64 ReplicaReader::moduleCount() const
{
    return scalar(*m_db, "SELECT count(*) FROM modules");
}

ReplicaReader::Counts ReplicaReader::counts() const
{
    // The total from SQLite's row count (it counts a B-tree's cells without reading them), pending
    // and invalid from the partial index of modules not verified (ReplicaSchema 9), and verified as
    // the rest. Grouping by state read every row: 423 ms at 1M modules.
    Counts c;
    const auto inState = [&](StoredModule::State state) {
        return scalar(*m_db, "SELECT count(*) FROM modules WHERE state != 1 AND state = ?1",
                      [&](Statement& q) { q.bind(1, static_cast<qint64>(state)); });
    };
    c.pending = inState(StoredModule::State::Pending);
    c.invalid = inState(StoredModule::State::Invalid);
    c.verified = moduleCount() - c.pending - c.invalid;
    return c;
}

QList<RegistryEvent> ReplicaReader::history(const QByteArray& key) const
{
    QList<RegistryEvent> out; // what was read before a failure, if one came
    (void)forEachRow(
        *m_db,
        "SELECT kind, cid, account, previous_owner, block, block_hash, log_index, tx FROM history "
        "WHERE key = ?1 ORDER BY block, log_index",
        [&](Statement& q) { q.bind(1, key); },
        [&](const Statement& row) {
            RegistryEvent e;
            e.kind = static_cast<RegistryEvent::Kind>(row.integer(0));
            e.key = key;
            e.cid = row.text(1);
            e.account = row.blob(2);
            e.previousOwner = row.blob(3);
            e.block = BlockRef{static_cast<quint64>(row.integer(4)), row.blob(5)};
            e.logIndex = static_cast<quint64>(row.integer(6));
            e.transactionHash = row.blob(7);
            out << e;
        });
    return out;
}

} // namespace modreg
