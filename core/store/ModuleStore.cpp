#include "store/ModuleStore.h"

#include "crypto/HexText.h"
#include "registry/MetadataValidator.h"
#include "settings/AppPaths.h"
#include "store/CidHash.h"
#include "store/ReplicaSchema.h"
#include "store/SearchRanking.h"
#include "store/SearchSnippet.h"
#include "store/SqliteDatabase.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <cmath>
#include <sqlite3.h>
#include <variant>

#if defined(__GLIBC__)
#include <malloc.h> // malloc_trim
#endif

namespace modreg {

namespace {
using Statement = SqliteDatabase::Statement;

using Binder = std::function<void(Statement&)>;

// Binds a CID as every statement that finds rows by it takes it: ?1 its text, ?2 its CidHash. The
// indexes hold the hash (ReplicaSchema 11); the text tells apart two CIDs that share one.
Binder byCid(const QString& cid)
{
    return [cid, hash = CidHash::of(cid)](Statement& s) { s.bind(1, cid).bind(2, hash); };
}

// `sql` prepared, with `bind` applied to it; the start of each helper below.
Result<Statement> prepared(const SqliteDatabase& db, const char* sql, const Binder& bind)
{
    Result<Statement> s = db.prepare(sql);
    if (!s || !bind)
        return s;
    Statement q = std::move(s).value();
    bind(q);
    return q;
}

// Runs `sql` with `bind` applied; for statements without rows.
Status run(const SqliteDatabase& db, const char* sql, const Binder& bind = {})
{
    Result<Statement> s = prepared(db, sql, bind);
    return s ? std::move(s).value().run() : Status::failure(s.error());
}

// Runs `sql` with `bind` applied for its first row: the statement standing on that row, nullopt when
// there is none; a failure carries SQLite's words.
Result<std::optional<Statement>> firstRow(const SqliteDatabase& db, const char* sql, const Binder& bind = {})
{
    using R = Result<std::optional<Statement>>;
    Result<Statement> s = prepared(db, sql, bind);
    if (!s)
        return R::failure(s.error());
    Statement q = std::move(s).value();
    const Result<bool> row = q.step();
    if (!row)
        return R::failure(row.error());
    if (!row.value())
        return std::optional<Statement>();
    return std::optional<Statement>(std::move(q));
}

// Runs `sql` with `bind` applied, calling `onRow` on each of its rows; a failure on the way stops it
// and carries SQLite's words.
Status forEachRow(const SqliteDatabase& db, const char* sql, const Binder& bind,
                  const std::function<void(const Statement&)>& onRow)
{
    Result<Statement> s = prepared(db, sql, bind);
    return s ? std::move(s).value().eachRow(onRow) : Status::failure(s.error());
}

// The first column of the first row, for count and lookup queries; 0 when there is none.
qint64 scalar(const SqliteDatabase& db, const char* sql, const Binder& bind = {})
{
    const Result<std::optional<Statement>> row = firstRow(db, sql, bind);
    return row && row.value() ? row.value()->integer(0) : 0;
}

// Every string inside a JSON value (names and values), space-separated: what search reads of `custom`.
QString textOf(const nlohmann::json& value)
{
    QStringList words;
    const std::function<void(const nlohmann::json&)> walk = [&](const nlohmann::json& v) {
        if (v.is_string())
            words << QString::fromStdString(v.get<std::string>());
        else if (v.is_object())
            for (auto it = v.begin(); it != v.end(); ++it) {
                words << QString::fromStdString(it.key());
                walk(it.value());
            }
        else if (v.is_array())
            for (const auto& item : v)
                walk(item);
    };
    walk(value);
    return words.join(QLatin1Char(' '));
}

std::optional<ModuleMetadata> parseStored(const QByteArray& bytes)
{
    const Result<nlohmann::json> json = MetadataValidator::parse(bytes);
    if (!json)
        return std::nullopt;
    return ModuleMetadata::fromJson(json.value());
}

// What the full-text index holds of a module: a row is in the index iff its name is not NULL
// (ReplicaSchema 4). The index is external-content, so taking a row out needs the very text that
// went in.
struct IndexedText
{
    qint64 rowid = 0;
    QString name, description, tags, author, entrypoint, customText;

    bool indexed() const { return !name.isNull(); }
    // Reads the columns from `q` starting at `first`: rowid, name, description, tags, author,
    // entrypoint, custom_text.
    static IndexedText from(const Statement& q, int first)
    {
        return {q.integer(first),  q.text(first + 1), q.text(first + 2), q.text(first + 3),
                q.text(first + 4), q.text(first + 5), q.text(first + 6)};
    }
};

// Adds `t` to the indexes, or (`remove`) takes it out; a row without a name is not in them, so
// nothing is written for it. One row per statement, never from a trigger: see ReplicaSchema 4. The
// names index (ReplicaSchema 12) holds the name and tags of the same rows.
Status writeIndex(const SqliteDatabase& db, const IndexedText& t, bool remove)
{
    if (!t.indexed())
        return success();
    const Status all =
        run(db,
            remove ? "INSERT INTO modules_fts(modules_fts, rowid, name, description, tags, author, "
                     "entrypoint, custom_text) VALUES('delete', ?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                   : "INSERT INTO modules_fts(rowid, name, description, tags, author, entrypoint, "
                     "custom_text) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            [&](Statement& st) {
                st.bind(1, t.rowid)
                    .bind(2, t.name)
                    .bind(3, t.description)
                    .bind(4, t.tags)
                    .bind(5, t.author)
                    .bind(6, t.entrypoint)
                    .bind(7, t.customText);
            });
    if (!all)
        return all;
    return run(db,
               remove ? "INSERT INTO module_names_fts(module_names_fts, rowid, name, tags) "
                        "VALUES('delete', ?1, ?2, ?3)"
                      : "INSERT INTO module_names_fts(rowid, name, tags) VALUES(?1, ?2, ?3)",
               [&](Statement& st) { st.bind(1, t.rowid).bind(2, t.name).bind(3, t.tags); });
}

// modreg_key_type_row(rowid), modreg_browse_row(rowid): whether the row is in the set of rowids the
// function was registered with (ModuleStore::m_keyTypeRows, m_browseRows).
void rowidSetFunction(sqlite3_context* context, int, sqlite3_value** argv)
{
    const auto* rows = static_cast<const QSet<qint64>*>(sqlite3_user_data(context));
    sqlite3_result_int(context, rows->contains(sqlite3_value_int64(argv[0])) ? 1 : 0);
}

} // namespace

ModuleStore::ModuleStore(std::unique_ptr<SqliteDatabase> db)
    : m_db(std::move(db))
{}

ModuleStore::~ModuleStore() = default;

Result<std::unique_ptr<ModuleStore>> ModuleStore::open(const QString& path)
{
    using R = Result<std::unique_ptr<ModuleStore>>;
    Result<std::unique_ptr<SqliteDatabase>> db = SqliteDatabase::open(path);
    if (!db)
        return R::failure(db.error());
    if (Status hash = CidHash::install(db.value()->handle()); !hash)
        return R::failure(hash.error());
    if (Status migrated = ReplicaSchema::migrate(*db.value()); !migrated)
        return R::failure(migrated.error());
    if (Status ranking = SearchRanking::install(db.value()->handle()); !ranking)
        return R::failure(ranking.error());
    // No memory-mapped reads: on a cold page cache every fault read ~128 KiB around the page, and a
    // search touches a few hundred scattered pages; after drop_caches at 1M modules p99 went from
    // 61 to 23 ms (rare word) and 112 to 13 ms (filtered).
    (void)db.value()->exec("PRAGMA mmap_size = 0;");
    // After a backfill's large WAL (setBulkWriting) is copied back, the file shrinks to this.
    (void)db.value()->exec("PRAGMA journal_size_limit = 16777216;");
    std::unique_ptr<ModuleStore> store(new ModuleStore(std::move(db).value()));
    for (const auto& [name, rows] : {std::pair{"modreg_key_type_row", &store->m_keyTypeRows},
                                     std::pair{"modreg_browse_row", &store->m_browseRows}})
        if (sqlite3_create_function_v2(store->m_db->handle(), name, 1, SQLITE_UTF8, rows, rowidSetFunction,
                                       nullptr, nullptr, nullptr) != SQLITE_OK)
            return R::failure(tr("Could not set up the replica's search: %1")
                                  .arg(QString::fromUtf8(sqlite3_errmsg(store->m_db->handle()))));
    store->setBulkWriting(false);
    return store;
}

bool ModuleStore::needsUpgrade(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return false;
    const Result<std::unique_ptr<SqliteDatabase>> db = SqliteDatabase::open(path);
    if (!db)
        return false;
    const Result<int> version = ReplicaSchema::version(*db.value());
    return version && version.value() > 0 && version.value() < ReplicaSchema::latestVersion();
}

void ModuleStore::setBulkWriting(bool on)
{
    // At 300k modules with hash keys, 256 MiB took the ingest from 7,982 to 9,267 modules/s; kept
    // after it, Browse over 1M modules held 292 MiB of cache where it needs ~30.
    (void)m_db->exec(on ? "PRAGMA cache_size = -262144" : "PRAGMA cache_size = -32768");
    // The WAL is copied into the file every 64 MiB instead of every 4 MiB: a page of a hash-keyed
    // index changes again and again in a backfill, and is then copied once, not at each commit.
    // BenchSearch, 300k modules: 9,451 -> 11,706 modules/s. Bigger barely helped (12,515 at 256 MiB)
    // and would stall the syncer's thread longer at each copy.
    (void)m_db->exec(on ? "PRAGMA wal_autocheckpoint = 16384" : "PRAGMA wal_autocheckpoint = 1000");
#if defined(__GLIBC__)
    // SQLite frees the pages above the new size, but glibc keeps freed heap for reuse: measured on
    // 1M modules, 287 MiB resident after a full cache, 217 after shrinking it, 50 after the trim.
    if (!on)
        malloc_trim(0);
#endif
}

QString ModuleStore::pathFor(const QString& location)
{
    QString name = location;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("-"));
    return AppPaths::dataDir() + QStringLiteral("/replica/") + name + QStringLiteral(".sqlite");
}

std::optional<BlockRef> ModuleStore::checkpoint(const QString& location) const
{
    const Result<std::optional<Statement>> row =
        firstRow(*m_db, "SELECT block, hash FROM checkpoint WHERE location = ?1",
                 [&](Statement& q) { q.bind(1, location); });
    if (!row || !row.value())
        return std::nullopt;
    const Statement& q = *row.value();
    return BlockRef{static_cast<quint64>(q.integer(0)), q.blob(1)};
}

Status ModuleStore::apply(const QString& location, const QList<RegistryEvent>& events,
                          const BlockRef& checkpoint)
{
    return m_db->transaction([&]() -> Status {
        for (const RegistryEvent& e : events) {
            if (Status s = applyOne(e); !s)
                return s;
        }
        return saveCheckpoint(location, checkpoint);
    });
}

Status ModuleStore::saveCheckpoint(const QString& location, const BlockRef& block)
{
    return run(*m_db,
               "INSERT INTO checkpoint(location, block, hash) VALUES(?1, ?2, ?3) "
               "ON CONFLICT(location) DO UPDATE SET block = excluded.block, hash = excluded.hash",
               [&](Statement& s) {
                   s.bind(1, location).bind(2, static_cast<qint64>(block.number)).bind(3, block.hash);
               });
}

Status ModuleStore::applyOne(const RegistryEvent& e)
{
    if (Status stored =
            run(*m_db,
                // A replay (same block and log index) is skipped; anything else wrong is an error, not
                // silently dropped as OR IGNORE would (it also swallows NOT NULL violations).
                "INSERT INTO history(block, log_index, block_hash, tx, key, kind, cid, account, "
                "previous_owner) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
                "ON CONFLICT(block, log_index) DO NOTHING",
                [&](Statement& s) {
                    s.bind(1, static_cast<qint64>(e.block.number))
                        .bind(2, static_cast<qint64>(e.logIndex))
                        .bind(3, e.block.hash)
                        .bind(4, e.transactionHash)
                        .bind(5, e.key)
                        .bind(6, static_cast<qint64>(e.kind))
                        .bind(7, e.cid.isEmpty() ? QString() : e.cid)
                        .bind(8, e.account)
                        .bind(9, e.previousOwner.isEmpty() ? QByteArray() : e.previousOwner);
                });
        !stored)
        return stored;
    if (m_db->changes() == 0) // stored already: a replay
        return success();
    return rebuild(e.key);
}

// The key's current entry from its whole history: simple, and the same code serves apply and
// rollback (a key's history is short).
Status ModuleStore::rebuild(const QByteArray& key)
{
    bool present = false;
    QString cid;
    QByteArray owner;
    qint64 block = 0;
    if (Status read = forEachRow(
            *m_db, "SELECT kind, cid, account, block FROM history WHERE key = ?1 ORDER BY block, log_index",
            [&](Statement& q) { q.bind(1, key); },
            [&](const Statement& event) {
                switch (static_cast<RegistryEvent::Kind>(event.integer(0))) {
                case RegistryEvent::Kind::Registered:
                case RegistryEvent::Kind::Updated:
                    present = true;
                    cid = event.text(1);
                    owner = event.blob(2);
                    break;
                case RegistryEvent::Kind::Removed:
                    present = false;
                    break;
                case RegistryEvent::Kind::Transferred:
                    owner = event.blob(2);
                    break;
                }
                block = event.integer(3);
            });
        !read)
        return read;
    if (!present) {
        IndexedText old;
        {
            const Result<std::optional<Statement>> row =
                firstRow(*m_db,
                         "SELECT rowid, name, description, tags, author, entrypoint, custom_text "
                         "FROM modules WHERE key = ?1",
                         [&](Statement& st) { st.bind(1, key); });
            if (!row)
                return Status::failure(row.error());
            if (!row.value())
                return success(); // not there: nothing to remove
            old = IndexedText::from(*row.value(), 0);
        }
        if (Status out = writeIndex(*m_db, old, true); !out)
            return out;
        return run(*m_db, "DELETE FROM modules WHERE rowid = ?1",
                   [&](Statement& st) { st.bind(1, old.rowid); });
    }
    if (Status up =
            run(*m_db,
                "INSERT INTO modules(key, owner, metadata_cid, metadata_cid_hash, block) "
                "VALUES(?1, ?2, ?3, ?5, ?4) "
                "ON CONFLICT(key) DO UPDATE SET owner = excluded.owner, block = excluded.block, "
                "state = CASE WHEN metadata_cid = excluded.metadata_cid THEN state ELSE 0 END, "
                "metadata_cid = excluded.metadata_cid, metadata_cid_hash = excluded.metadata_cid_hash",
                [&](Statement& st) {
                    st.bind(1, key).bind(2, owner).bind(3, cid).bind(4, block).bind(5, CidHash::of(cid));
                });
        !up)
        return up;
    const Result<std::optional<FetchedDocument>> known = storedDocument(cid);
    if (!known)
        return Status::failure(known.error());
    if (known.value())
        return adoptDocument(*known.value());
    return run(*m_db,
               "INSERT INTO fetches(cid, cid_hash) SELECT ?1, ?2 "
               "WHERE NOT EXISTS (SELECT 1 FROM fetches WHERE cid_hash = ?2 AND cid = ?1)",
               byCid(cid));
}

Result<std::optional<FetchedDocument>> ModuleStore::storedDocument(const QString& cid) const
{
    using R = Result<std::optional<FetchedDocument>>;
    const Result<std::optional<Statement>> row = firstRow(
        *m_db, "SELECT valid, reason, bytes FROM documents WHERE cid_hash = ?2 AND cid = ?1", byCid(cid));
    if (!row)
        return R::failure(row.error());
    if (!row.value())
        return std::optional<FetchedDocument>(); // not fetched yet
    const Statement& doc = *row.value();
    const bool valid = doc.integer(0) != 0;
    const QByteArray bytes = doc.blob(2);
    return std::optional<FetchedDocument>(
        FetchedDocument{cid, bytes, valid ? parseStored(bytes) : std::nullopt, doc.text(1)});
}

Status ModuleStore::adoptDocument(const FetchedDocument& judged)
{
    const QString& cid = judged.cid;
    const std::optional<ModuleMetadata>& metadata = judged.document;
    const QString& reason = judged.reason;
    QList<std::pair<QByteArray, IndexedText>> pointing; // read whole before the rows change
    if (Status read = forEachRow(
            *m_db,
            "SELECT key, rowid, name, description, tags, author, entrypoint, custom_text FROM modules "
            "WHERE metadata_cid_hash = ?2 AND metadata_cid = ?1",
            byCid(cid),
            [&](const Statement& row) {
                pointing.append({row.blob(0), IndexedText::from(row, 1)});
            });
        !read)
        return read;
    for (const auto& entry : pointing) {
        const QByteArray& key = entry.first;
        const IndexedText& old = entry.second; // not a structured binding: the lambdas below use it
        StoredModule::State state = StoredModule::State::Invalid;
        QString why = reason;
        if (metadata && metadata->key && metadata->key->bytes == key) {
            state = StoredModule::State::Verified;
            why.clear();
        } else if (metadata) {
            why = tr("The metadata is signed for the key %1, not for this module's key.")
                      .arg(metadata->key ? hexText(metadata->key->bytes) : QString());
        }
        const bool v = state == StoredModule::State::Verified;
        const ModuleMetadata m = v ? *metadata : ModuleMetadata{};
        const IndexedText now{old.rowid,
                              m.name,
                              m.description,
                              v ? m.tags.join(QLatin1Char(' ')) : QString(),
                              m.author,
                              m.entrypoint,
                              v ? textOf(m.custom) : QString()};
        if (Status s = writeIndex(*m_db, old, true); !s)
            return s;
        const Status s = run(
            *m_db,
            "UPDATE modules SET state = ?2, reason = ?3, name = ?4, version = ?5, author = ?6, "
            "description = ?7, content_cid = ?8, entrypoint = ?9, args = ?10, custom = ?11, "
            "tags = ?12, license = ?13, repository = ?14, created = ?15, custom_text = ?16 WHERE rowid = ?1",
            [&](Statement& st) {
                st.bind(1, old.rowid)
                    .bind(2, static_cast<qint64>(state))
                    .bind(3, why.isEmpty() ? QString() : why)
                    .bind(4, now.name)
                    .bind(5, m.version)
                    .bind(6, now.author)
                    .bind(7, now.description)
                    .bind(8, m.cid)
                    .bind(9, now.entrypoint)
                    .bind(10, v ? QString::fromStdString(m.args.dump()) : QString())
                    .bind(11, v ? QString::fromStdString(m.custom.dump()) : QString())
                    .bind(12, now.tags)
                    .bind(13, m.license)
                    .bind(14, m.repository)
                    .bind(15, m.created)
                    .bind(16, now.customText);
            });
        if (!s)
            return s;
        if (Status i = writeIndex(*m_db, now, false); !i)
            return i;
    }
    return success();
}

Status ModuleStore::rollback(const QString& location, const BlockRef& ancestor)
{
    return m_db->transaction([&]() -> Status {
        // The keys in DISTINCT here made SQLite walk all of history_by_key for them: 978 ms at 1M
        // modules for the last ten blocks, against 1 ms for their rows by block.
        QList<QByteArray> touched;
        QSet<QByteArray> seen;
        if (Status read = forEachRow(
                *m_db, "SELECT key FROM history WHERE block > ?1",
                [&](Statement& q) { q.bind(1, static_cast<qint64>(ancestor.number)); },
                [&](const Statement& row) {
                    const QByteArray key = row.blob(0);
                    if (!seen.contains(key)) {
                        seen.insert(key);
                        touched << key;
                    }
                });
            !read)
            return read;
        if (Status d = run(*m_db, "DELETE FROM history WHERE block > ?1",
                           [&](Statement& st) { st.bind(1, static_cast<qint64>(ancestor.number)); });
            !d)
            return d;
        for (const QByteArray& key : touched) {
            if (Status r = rebuild(key); !r)
                return r;
        }
        return saveCheckpoint(location, ancestor);
    });
}

QList<BlockRef> ModuleStore::recentBlocks(int limit) const
{
    QList<BlockRef> out; // what was read before a failure, if one came
    (void)forEachRow(
        *m_db, "SELECT DISTINCT block, block_hash FROM history ORDER BY block DESC LIMIT ?1",
        [&](Statement& q) { q.bind(1, static_cast<qint64>(limit)); },
        [&](const Statement& row) {
            out << BlockRef{static_cast<quint64>(row.integer(0)), row.blob(1)};
        });
    return out;
}

Status ModuleStore::reset(const QString& location)
{
    return m_db->transaction([&]() -> Status {
        for (const char* sql : {"DELETE FROM history", "DELETE FROM modules", "DELETE FROM fetches",
                                "INSERT INTO modules_fts(modules_fts) VALUES('delete-all')",
                                "INSERT INTO module_names_fts(module_names_fts) VALUES('delete-all')"}) {
            if (Status s = run(*m_db, sql); !s)
                return s;
        }
        return run(*m_db, "DELETE FROM checkpoint WHERE location = ?1",
                   [&](Statement& st) { st.bind(1, location); });
    });
}

QStringList ModuleStore::dueFetches(int limit, const QDateTime& now) const
{
    QStringList out; // what was read before a failure, if one came
    (void)forEachRow(
        *m_db, "SELECT cid FROM fetches WHERE next_try <= ?1 ORDER BY next_try, attempts, id LIMIT ?2",
        [&](Statement& q) { q.bind(1, now.toMSecsSinceEpoch()).bind(2, static_cast<qint64>(limit)); },
        [&](const Statement& row) { out << row.text(0); });
    return out;
}

qint64 ModuleStore::pendingFetchCount() const
{
    return scalar(*m_db, "SELECT count(*) FROM fetches");
}

std::optional<QDateTime> ModuleStore::nextFetchDue() const
{
    const Result<std::optional<Statement>> row = firstRow(*m_db, "SELECT min(next_try) FROM fetches");
    if (!row || !row.value() || row.value()->isNull(0)) // no fetch waits
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(row.value()->integer(0), Qt::UTC);
}

QString ModuleStore::fetchError(const QString& cid) const
{
    const Result<std::optional<Statement>> row =
        firstRow(*m_db, "SELECT last_error FROM fetches WHERE cid_hash = ?2 AND cid = ?1", byCid(cid));
    return row && row.value() ? row.value()->text(0) : QString();
}

Status ModuleStore::recordDocument(const FetchedDocument& d)
{
    return recordDocuments({d});
}

Status ModuleStore::recordDocuments(const QList<FetchedDocument>& documents)
{
    return m_db->transaction([&]() -> Status {
        for (const FetchedDocument& d : documents) {
            if (Status s = storeDocument(d); !s)
                return s;
        }
        return success();
    });
}

Status ModuleStore::storeDocument(const FetchedDocument& d)
{
    const Binder cid = byCid(d.cid);
    // A document stored again (the same CID judged anew) replaces the one before.
    if (Status s = run(*m_db, "DELETE FROM documents WHERE cid_hash = ?2 AND cid = ?1", cid); !s)
        return s;
    if (Status s = run(
            *m_db, "INSERT INTO documents(cid, cid_hash, valid, reason, bytes) VALUES(?1, ?2, ?3, ?4, ?5)",
            [&](Statement& st) {
                cid(st);
                st.bind(3, static_cast<qint64>(d.document ? 1 : 0))
                    .bind(4, d.document ? QString() : d.reason)
                    .bind(5, d.document ? d.bytes : QByteArray());
            });
        !s)
        return s;
    if (Status s = run(*m_db, "DELETE FROM fetches WHERE cid_hash = ?2 AND cid = ?1", cid); !s)
        return s;
    return adoptDocument(d);
}

Status ModuleStore::compactSearchIndex()
{
    return m_db->transaction([&]() -> Status {
        if (Status s = run(*m_db, "INSERT INTO modules_fts(modules_fts) VALUES('optimize')"); !s)
            return s;
        return run(*m_db, "INSERT INTO module_names_fts(module_names_fts) VALUES('optimize')");
    });
}

Status ModuleStore::recordFetchFailure(const QString& cid, const QString& why, const QDateTime& retryAt)
{
    return run(*m_db,
               "UPDATE fetches SET attempts = attempts + 1, next_try = ?3, last_error = ?4 "
               "WHERE cid_hash = ?2 AND cid = ?1",
               [&](Statement& st) {
                   byCid(cid)(st);
                   st.bind(3, retryAt.toMSecsSinceEpoch()).bind(4, why);
               });
}

Status ModuleStore::makeFetchesDue(const QDateTime& now)
{
    return run(*m_db, "UPDATE fetches SET next_try = ?1 WHERE next_try > ?1",
               [&](Statement& st) { st.bind(1, now.toMSecsSinceEpoch()); });
}

int ModuleStore::fetchAttempts(const QString& cid) const
{
    return static_cast<int>(
        scalar(*m_db, "SELECT attempts FROM fetches WHERE cid_hash = ?2 AND cid = ?1", byCid(cid)));
}

std::optional<StoredModule> ModuleStore::module(const QByteArray& key) const
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

QVector<qint64> ModuleStore::orderedIds(Order order, bool descending) const
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

QList<ModuleStore::Row> ModuleStore::rows(const QVector<qint64>& ids) const
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

std::optional<qint64> ModuleStore::idOf(const QByteArray& key) const
{
    const qint64 id =
        scalar(*m_db, "SELECT rowid FROM modules WHERE key = ?1", [&](Statement& q) { q.bind(1, key); });
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

qint64 ModuleStore::moduleCount() const
{
    return scalar(*m_db, "SELECT count(*) FROM modules");
}

ModuleStore::Counts ModuleStore::counts() const
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

QList<RegistryEvent> ModuleStore::history(const QByteArray& key) const
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

namespace modreg {

QStringList ModuleStore::ftsPhrases(const QString& text)
{
    QStringList terms;
    QString current;
    bool inPhrase = false;
    const auto quote = [](const QString& t) {
        return QLatin1Char('"') + QString(t).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    };
    const auto flush = [&] {
        if (!current.trimmed().isEmpty())
            terms << quote(current.trimmed());
        current.clear();
    };
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            flush();
            inPhrase = !inPhrase;
        } else if (c.isSpace() && !inPhrase) {
            flush();
        } else {
            current += c;
        }
    }
    // As typed, "summ" finds "summarizer"; but one or two letters are a word of their own. The index
    // keeps only 3-letter prefixes (ReplicaSchema 10), and "m*" without one merged the lists of every
    // word starting with m: 140-170 ms at 300k modules, on the first key a person types. The prefix
    // is the last word FTS5 sees, the letters and digits after the last other character: in "x-m"
    // that is "m", one letter.
    qsizetype lastWord = 0;
    for (qsizetype i = current.size() - 1; i >= 0 && current.at(i).isLetterOrNumber(); --i)
        ++lastWord;
    const bool lastIsPrefix = !inPhrase && lastWord >= kShortestPrefix && !text.back().isSpace();
    flush();
    if (lastIsPrefix)
        terms.last() += QLatin1Char('*');
    return terms;
}

QString ModuleStore::ftsQuery(const QString& text)
{
    return ftsPhrases(text).join(QLatin1Char(' '));
}

namespace {
// Column weights of the ranking: name, description, tags, author, entrypoint, custom text.
const QList<double> kColumnWeights{10.0, 2.0, 4.0, 3.0, 1.0, 1.0};
// How many matches a search scores: the newest this many (FTS5 walks its lists newest first and
// stops there), so a word in a third of all modules costs what a rare one does.
constexpr int kCandidates = 200;
// And how many of the newest modules whose name and tags hold every word (ReplicaSchema 12), with
// the weights of those two columns.
constexpr int kNamedCandidates = 50;
const QList<double> kNameColumnWeights{10.0, 4.0};
// At most this many modules changed since the block a search asks for bound its walks by rowid.
constexpr qint64 kRecentBound = 10000;
// At most this many modules of the key type a search asks for are kept by rowid (search()).
constexpr qint64 kFewOfKeyType = 20000;
// What a search without words pays (browse()), in µs, at 1M modules with a warm page cache (sqlite3
// CLI): a module read by its rowid, tested and sorted by name; a row of the name index read and
// tested; an entry of the name index whose rowid is tested against a set of rowids, its row read only
// when it is in the set; a rowid read into that set.
constexpr double kDrivenRowCost = 3.0;
constexpr double kWalkedRowCost = 3.0;
constexpr double kProbedEntryCost = 0.4;
constexpr double kSetEntryCost = 0.3;

// The modules changed since `block`: how many, counted up to one past `bound`, and the smallest
// rowid among them.
struct ChangedSince
{
    qint64 count = 0;
    qint64 firstRowid = 0;
};
Result<ChangedSince> changedSince(const SqliteDatabase& db, quint64 block, qint64 bound)
{
    const Result<std::optional<Statement>> row = firstRow(
        db, "SELECT count(*), min(rowid) FROM (SELECT rowid FROM modules WHERE block >= ?1 LIMIT ?2)",
        [&](Statement& q) { q.bind(1, static_cast<qint64>(block)).bind(2, bound + 1); });
    if (!row)
        return Result<ChangedSince>::failure(row.error());
    return row.value() ? ChangedSince{row.value()->integer(0), row.value()->integer(1)} : ChangedSince{};
}

// A tag as a pattern for LIKE that matches only itself: '_' is a character of tags, not "any one".
QString likeLiteral(const QString& text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    out.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return out;
}

// How many newest matches of a phrase or a tag are looked at to estimate how common it is.
constexpr int kSample = 64;

// How many modules of `rows` match, from the newest kSample matches (`found` of them, the oldest at
// rowid `oldest`): exact when fewer were found, else from how far back they reach. For matches spread
// over all rowids (the words of documents), not those gathered at the newest (changed since).
double matchesFromNewest(qint64 found, qint64 oldest, double rows)
{
    return found < kSample ? double(found)
                           : double(found) * rows / std::max(1.0, rows - double(oldest) + 1.0);
}

// The filters a search checks on the module's row `m`: author (?3, equal in any case), key type
// (?4, by the key's length; unless `keyTypeByRowid`, see search()), verified only, changed since
// block (?5), a tag (?8, one of the module's tags, whole). Search and browse share them.
QString rowFilters(const SearchQuery& query, bool keyTypeByRowid = false)
{
    QString sql;
    if (!query.author.isEmpty())
        sql += QStringLiteral(" AND m.author = ?3 COLLATE NOCASE");
    // `+`: not by modules_by_key_length, which SQLite would otherwise pick for a search without words
    // and then sort every module of the type by name (ed25519 at 1M modules: 6.8 s, sqlite3 CLI).
    if (query.keyType && !keyTypeByRowid)
        sql += QStringLiteral(" AND length(+m.key) = ?4");
    if (query.verifiedOnly)
        sql += QStringLiteral(" AND m.state = 1");
    if (query.updatedSinceBlock > 0)
        sql += QStringLiteral(" AND m.block >= ?5");
    if (!query.tag.isEmpty()) // `tags` is the tags joined by spaces
        sql += QStringLiteral(" AND (' ' || m.tags || ' ') LIKE ('% ' || ?8 || ' %') ESCAPE '\\'");
    return sql;
}

void bindRowFilters(Statement& statement, const SearchQuery& query, bool keyTypeByRowid = false)
{
    if (!query.author.isEmpty())
        statement.bind(3, query.author);
    if (query.keyType && !keyTypeByRowid)
        statement.bind(4, static_cast<qint64>(ModuleKey::lengthOf(*query.keyType)));
    if (query.updatedSinceBlock > 0)
        statement.bind(5, static_cast<qint64>(query.updatedSinceBlock));
    if (!query.tag.isEmpty())
        statement.bind(8, likeLiteral(query.tag));
}
} // namespace

// How common each phrase is, for BM25's IDF: counted when it is rare, estimated from how far back
// the newest kSample matches reach when it is not (rowids are dense: most modules are never removed).
QList<double> ModuleStore::phraseIdfs(const QStringList& phrases) const
{
    QList<double> idfs;
    if (phrases.size() < 2) // one phrase: its IDF scales every score alike and changes no order
        return QList<double>(phrases.size(), 1.0);
    const double rows = std::max<qint64>(1, scalar(*m_db, "SELECT max(rowid) FROM modules"));
    Result<Statement> s = m_db->prepare(
        "SELECT rowid FROM modules_fts WHERE modules_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?2");
    if (!s)
        return QList<double>(phrases.size(), 1.0);
    Statement q = std::move(s).value();
    for (const QString& phrase : phrases) {
        q.reset();
        q.bind(1, phrase).bind(2, static_cast<qint64>(kSample));
        qint64 found = 0, oldest = 0;
        for (Result<bool> row = q.step(); row && row.value(); row = q.step()) {
            ++found;
            oldest = q.integer(0);
        }
        const double matches = matchesFromNewest(found, oldest, rows);
        idfs << SearchRanking::idf(matches, rows);
    }
    return idfs;
}

// How many modules have keys of `type`, up to one past kFewOfKeyType; when no more than that, their
// rowids are in m_keyTypeRows for modreg_key_type_row(). A search walks the matches and keeps those
// among them, instead of joining every match to its large row to look at the key: a common word
// with a key type no module had took 260 ms at 1M modules (p99 870 ms) that way. A key type many
// have is passed by most matches: the join is cheap. The rowids are kept until the replica changes
// (here, or through another connection): a search as you type asks again at each key.
Result<qint64> ModuleStore::keyTypeCount(ModuleKey::Type type) const
{
    const KeyTypeRowsFor now{ModuleKey::lengthOf(type), scalar(*m_db, "PRAGMA data_version"),
                             sqlite3_total_changes64(m_db->handle())};
    if (m_keyTypeRowsFor == now)
        return m_keyTypeCount;
    m_keyTypeRowsFor.reset();
    m_keyTypeRows.clear();
    if (Status read = forEachRow(
            *m_db, "SELECT rowid FROM modules WHERE length(key) = ?1 LIMIT ?2",
            [&](Statement& q) { q.bind(1, now.keyLength).bind(2, kFewOfKeyType + 1); },
            [&](const Statement& row) { m_keyTypeRows.insert(row.integer(0)); });
        !read)
        return Result<qint64>::failure(read.error());
    m_keyTypeCount = m_keyTypeRows.size();
    if (m_keyTypeCount > kFewOfKeyType)
        m_keyTypeRows.clear();
    m_keyTypeRowsFor = now;
    return m_keyTypeCount;
}

Result<QList<SearchHit>> ModuleStore::search(const SearchQuery& query) const
{
    using R = Result<QList<SearchHit>>;
    const QStringList phrases = ftsPhrases(query.text);
    if (phrases.isEmpty())
        return browse(query);
    QString match = phrases.join(QLatin1Char(' '));
    // Tag and author become column filters in the FTS5 query, after the words (so the words' phrase
    // numbers stay 0, 1, …): FTS5 intersects their short doclists with the words' as it walks. The
    // author must then also be equal, and the tag one of the module's tags, not only contain those
    // words (rowFilters). Every tag starts with a letter or digit: one with no word has no module.
    const QString tagPhrase = ftsQuery(query.tag + QLatin1Char(' '));
    if (!query.tag.isEmpty() && tagPhrase.isEmpty())
        return QList<SearchHit>();
    const QString authorPhrase =
        QStringLiteral("\"%1\"").arg(QString(query.author).replace(QLatin1Char('"'), QStringLiteral("\"\"")));
    if (!tagPhrase.isEmpty())
        match = QStringLiteral("(%1) AND tags : %2").arg(match, tagPhrase);
    const QString namedMatch = match; // the names index has the tags too, but no author
    if (!query.author.trimmed().isEmpty())
        match = QStringLiteral("(%1) AND author : %2").arg(match, authorPhrase);

    // Filters on the rowid alone, which need no join to the modules table.
    QString rowidFilters;
    // A key type few modules have is kept by rowid, with no join (keyTypeCount()).
    bool keyTypeByRowid = false;
    if (query.keyType) {
        const Result<qint64> ofType = keyTypeCount(*query.keyType);
        if (!ofType)
            return R::failure(ofType.error());
        if (ofType.value() == 0)
            return QList<SearchHit>();
        keyTypeByRowid = ofType.value() <= kFewOfKeyType;
        if (keyTypeByRowid)
            rowidFilters += QStringLiteral(" AND modreg_key_type_row(f.rowid)");
    }
    const QString filters = rowFilters(query, keyTypeByRowid);
    // Changed since a recent block: only the modules from the smallest rowid changed since then on
    // can pass, so each walk stops there (FTS5 takes a rowid range) instead of joining every older
    // match to its row to find none: 68 ms for a common word at 300k modules, 2.8 s cold. A block
    // long ago (many changed since) is passed by most matches, and needs no bound.
    std::optional<qint64> fromRowid;
    if (query.updatedSinceBlock > 0) {
        const Result<ChangedSince> changed = changedSince(*m_db, query.updatedSinceBlock, kRecentBound);
        if (!changed)
            return R::failure(changed.error());
        if (changed.value().count == 0)
            return QList<SearchHit>();
        if (changed.value().count <= kRecentBound) {
            fromRowid = changed.value().firstRowid;
            rowidFilters += QStringLiteral(" AND f.rowid >= ?7");
        }
    }
    const QList<double> idfs = phraseIdfs(phrases);
    // 1. The candidates, scored: the newest kNamedCandidates whose name and tags hold every word
    // (ReplicaSchema 12) come first, by BM25 over name and tags; then the newest kCandidates
    // matches, by BM25 over every column. A module named for a common word is then found first
    // even when thousands of newer modules mention the word, and a prefix costs one walk of each
    // index. Without filters on the row the modules table is not touched: its rows are large and
    // scattered.
    struct Pass
    {
        const char* table;
        QString match;
        QList<double> columnWeights;
        int limit;
    };
    QList<Pass> passes{{"module_names_fts", namedMatch, kNameColumnWeights, kNamedCandidates},
                       {"modules_fts", match, kColumnWeights, kCandidates}};
    // The names index has no author column: with an author it would join the rows of every module
    // named for the word to find that author's (1.6 s for the commonest name word at 1M modules),
    // where the main index intersects the author's short doclist (5 ms). One author's matches are
    // few, and the newest 200 of them have the named ones.
    if (!query.author.trimmed().isEmpty())
        passes.removeFirst();
    QList<std::pair<double, qint64>> scored; // (score, rowid), best first within each pass
    QSet<qint64> seen;
    for (const Pass& pass : passes) {
        const QString table = QLatin1String(pass.table);
        const QString sql =
            filters.isEmpty()
                ? QStringLiteral("SELECT f.rowid, modreg_rank(%1, ?2) FROM %1 f WHERE %1 MATCH ?1%2 "
                                 "ORDER BY f.rowid DESC LIMIT ?6")
                      .arg(table, rowidFilters)
                : QStringLiteral("SELECT f.rowid, modreg_rank(%1, ?2) FROM %1 f JOIN modules m ON m.rowid = "
                                 "f.rowid WHERE %1 MATCH ?1%2%3 ORDER BY f.rowid DESC LIMIT ?6")
                      .arg(table, rowidFilters, filters);
        Result<Statement> s = m_db->prepare(sql.toUtf8().constData());
        if (!s)
            return R::failure(s.error());
        Statement q = std::move(s).value();
        q.bind(1, pass.match).bind(2, SearchRanking::weights(pass.columnWeights, idfs));
        bindRowFilters(q, query, keyTypeByRowid);
        q.bind(6, static_cast<qint64>(pass.limit));
        if (fromRowid)
            q.bind(7, *fromRowid);
        QList<std::pair<double, qint64>> found;
        if (Status read = q.eachRow([&](const Statement& row) {
                if (!seen.contains(row.integer(0)))
                    found.append({row.real(1), row.integer(0)});
            });
            !read)
            return R::failure(read.error());
        std::sort(found.begin(), found.end());
        for (const auto& [score, rowid] : found)
            seen.insert(rowid);
        scored += found;
    }
    // 2. The best, and for those only, the row and a snippet.
    const qsizetype keep = std::min<qsizetype>(scored.size(), std::max(1, query.limit));
    // The rows themselves, by rowid (cheap), and a snippet made from their text.
    Result<Statement> d =
        m_db->prepare("SELECT key, name, version, author, state, description, tags, custom_text, "
                      "entrypoint FROM modules WHERE rowid = ?1");
    if (!d)
        return R::failure(d.error());
    Statement detail = std::move(d).value();
    const SearchSnippet snippets(phrases);
    QList<SearchHit> hits;
    for (qsizetype i = 0; i < keep; ++i) {
        detail.reset();
        detail.bind(1, scored[i].second);
        const Result<bool> row = detail.step();
        if (!row)
            return R::failure(row.error());
        if (!row.value())
            continue;
        // The description around the words when they are in it; else the field they are in.
        QString snippet;
        for (int column : {5, 1, 6, 3, 7, 8}) {
            snippet = snippets.of(detail.text(column), SearchHit::kMatchStart, SearchHit::kMatchEnd);
            if (!snippet.isEmpty())
                break;
        }
        if (snippet.isEmpty())
            snippet = SearchSnippet::head(detail.text(5));
        hits << SearchHit{detail.blob(0), detail.text(1),
                          detail.text(2), detail.text(3),
                          snippet,        static_cast<StoredModule::State>(detail.integer(4))};
    }
    return hits;
}

// No words: every module that passes the filters, by name. SQLite walks the name index and tests
// each row until `limit` pass: soon done when many pass, but a walk of the whole table when few do
// (a tag few modules have: 1.0 s at 300k modules, on the window's thread). So the filters that can
// name their modules without reading rows (changed since: modules_by_block; a tag: the names index;
// a key type: modules_by_key_length) count them first, and the fewest of them decide how, for c
// modules among n, `limit` of them:
//  - c × kDrivenRowCost ≤ limit × n / c × kProbedEntryCost: read those c rows and sort them;
//  - else, while c × kSetEntryCost ≤ limit × n / c × (kWalkedRowCost − kProbedEntryCost): their
//    rowids go into a set, and the walk of the name index reads only the rows in it;
//  - else the walk tests every row; it passes `limit` after ~limit × n / c rows.
// At 1M modules and 50 asked for, reading is for up to ~2,600 modules and the set up to ~21,000;
// a tag of 9,600 modules took 36 ms read and sorted, 27 ms walked (sqlite3 CLI). BenchSearch, tags
// of 2,500-18,000 modules: 17-20 ms p50 (44-55 ms p99) before the set, 3.9-5.7 ms (10-18) with it.
// A key type's rowids are kept by keyTypeCount() already, and serve as the set.
Result<QList<SearchHit>> ModuleStore::browse(const SearchQuery& query) const
{
    using R = Result<QList<SearchHit>>;
    const int limit = std::max(1, query.limit);
    const qint64 lastRowid = scalar(*m_db, "SELECT max(rowid) FROM modules");
    const double walkedPerPass = limit * static_cast<double>(lastRowid);
    const auto fewToRead = static_cast<qint64>(std::sqrt(walkedPerPass * kProbedEntryCost / kDrivenRowCost));
    const auto fewForSet = std::max(
        fewToRead,
        static_cast<qint64>(std::sqrt(walkedPerPass * (kWalkedRowCost - kProbedEntryCost) / kSetEntryCost)));

    // The modules a filter names, a few more than pass it (rowFilters checks each row): SQL giving
    // their rowids, from ?10.
    struct Named
    {
        const char* rowids;
        std::variant<qint64, QString> value; // ?10
        enum class From
        {
            Since,
            Tag,    // spread over all rowids, as a word is
            KeyType // its rowids are m_keyTypeRows already, when few
        } from;
        qint64 count = 0; // up to fewForSet + 1
    };
    QList<Named> named;
    if (query.updatedSinceBlock > 0)
        named << Named{"SELECT rowid FROM modules WHERE block >= ?10",
                       static_cast<qint64>(query.updatedSinceBlock), Named::From::Since};
    if (!query.tag.isEmpty()) {
        // Every tag starts with a letter or digit (MetadataValidator): one with no word has no module.
        const QString words = ftsQuery(query.tag + QLatin1Char(' '));
        if (words.isEmpty())
            return QList<SearchHit>();
        named << Named{"SELECT rowid FROM module_names_fts WHERE module_names_fts MATCH ?10",
                       QStringLiteral("tags : ") + words, Named::From::Tag};
    }
    if (query.keyType)
        named << Named{"SELECT rowid FROM modules WHERE length(key) = ?10",
                       static_cast<qint64>(ModuleKey::lengthOf(*query.keyType)), Named::From::KeyType};
    const auto bindValue = [](Statement& q, const Named& n) {
        std::visit([&](const auto& v) { q.bind(10, v); }, n.value);
    };
    // Counted up to `bound` + 1.
    const auto count = [&](const Named& n, qint64 bound) -> Result<qint64> {
        const Result<std::optional<Statement>> counted = firstRow(
            *m_db, QByteArray("SELECT count(*) FROM (").append(n.rowids).append(" LIMIT ?11)").constData(),
            [&](Statement& q) {
                bindValue(q, n);
                q.bind(11, bound + 1);
            });
        if (!counted)
            return Result<qint64>::failure(counted.error());
        return counted.value() ? counted.value()->integer(0) : 0;
    };
    const Named* fewest = nullptr;
    for (Named& n : named) {
        const bool ofType = n.from == Named::From::KeyType;
        Result<qint64> counted = ofType ? keyTypeCount(*query.keyType) : count(n, fewToRead);
        if (!counted)
            return R::failure(counted.error());
        n.count = counted.value();
        if (ofType && n.count > kFewOfKeyType) // keyTypeCount() stops there: many
            n.count = lastRowid + 1;
        if (!ofType && n.count > fewToRead) {
            // Counting to fewForSet reads up to ~20,000 rowids (2 ms at 1M modules). A tag is spread
            // over all rowids: how far back its newest kSample modules reach tells first whether it
            // is one of many. (Modules changed since a block gather at the newest rowids: the same
            // estimate would call any of them "all".)
            const Result<std::optional<Statement>> newest =
                n.from != Named::From::Tag
                    ? std::optional<Statement>()
                    : firstRow(*m_db,
                               QByteArray("SELECT count(*), min(rowid) FROM (SELECT rowid FROM (")
                                   .append(n.rowids)
                                   .append(") ORDER BY rowid DESC LIMIT ?11)")
                                   .constData(),
                               [&](Statement& q) {
                                   bindValue(q, n);
                                   q.bind(11, static_cast<qint64>(kSample));
                               });
            if (!newest)
                return R::failure(newest.error());
            const bool many =
                newest.value() && matchesFromNewest(newest.value()->integer(0), newest.value()->integer(1),
                                                    double(lastRowid)) > 2.0 * fewForSet;
            counted = many ? Result<qint64>(fewForSet + 1) : count(n, fewForSet);
            if (!counted)
                return R::failure(counted.error());
            n.count = counted.value();
        }
        if (n.count == 0)
            return QList<SearchHit>();
        if (!fewest || n.count < fewest->count)
            fewest = &n;
    }

    QString sql = QStringLiteral("SELECT m.key, m.name, m.version, m.author, m.state FROM modules m WHERE ");
    m_browseRows.clear();
    if (fewest && fewest->count <= fewToRead) {
        sql += QStringLiteral("m.rowid IN (%1)").arg(QLatin1String(fewest->rowids));
    } else if (fewest && fewest->from == Named::From::KeyType &&
               fewest->count <= std::min(fewForSet, kFewOfKeyType)) {
        sql += QStringLiteral("modreg_key_type_row(m.rowid)"); // keyTypeCount() read them
    } else if (fewest && fewest->from != Named::From::KeyType && fewest->count <= fewForSet) {
        if (Status read = forEachRow(
                *m_db, fewest->rowids, [&](Statement& q) { bindValue(q, *fewest); },
                [&](const Statement& row) { m_browseRows.insert(row.integer(0)); });
            !read)
            return R::failure(read.error());
        sql += QStringLiteral("modreg_browse_row(m.rowid)"); // first: it needs no more than the index
    } else {
        fewest = nullptr;
        sql += QStringLiteral("1");
    }
    sql += rowFilters(query);
    // A verified module has a name (MetadataValidator); the rest, nearly every module during a first
    // sync, come first in the name index, and the range skips them.
    if (query.verifiedOnly)
        sql += QStringLiteral(" AND m.name COLLATE NOCASE >= ''");
    sql += QStringLiteral(" ORDER BY m.name COLLATE NOCASE, m.rowid LIMIT ?6");
    Result<Statement> s = m_db->prepare(sql.toUtf8().constData());
    if (!s)
        return R::failure(s.error());
    Statement q = std::move(s).value();
    bindRowFilters(q, query);
    q.bind(6, static_cast<qint64>(limit));
    if (fewest && fewest->count <= fewToRead)
        bindValue(q, *fewest);
    QList<SearchHit> hits;
    const Status read = q.eachRow([&](const Statement& row) {
        hits << SearchHit{row.blob(0), row.text(1), row.text(2),
                          row.text(3), QString(),   static_cast<StoredModule::State>(row.integer(4))};
    });
    m_browseRows.clear();
    if (!read)
        return R::failure(read.error());
    return hits;
}

} // namespace modreg
