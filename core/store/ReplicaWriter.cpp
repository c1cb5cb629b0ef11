#include "store/ReplicaWriter.h"

#include "crypto/HexText.h"
#include "store/CidHash.h"
#include "store/ReplicaSql.h"

#include <nlohmann/json.hpp>

#if defined(__GLIBC__)
#include <malloc.h> // malloc_trim
#endif

namespace modreg {

using namespace replica;

namespace {
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

// Reads the columns of a module's indexed text from `q` starting at `first`: rowid, key, name,
// description, tags, author, entrypoint, custom_text.
search::IndexedText indexedText(const Statement& q, int first)
{
    return {q.integer(first),  q.blob(first + 1), q.text(first + 2), q.text(first + 3),
            q.text(first + 4), q.text(first + 5), q.text(first + 6), q.text(first + 7)};
}
} // namespace

ReplicaWriter::ReplicaWriter(SqliteDatabase& db)
    : m_db(&db)
{
    Result<std::unique_ptr<search::Writer>> index = search::Writer::create(db);
    if (index)
        m_index = std::move(index).value();
    else
        m_indexError = index.error();
}

ReplicaWriter::~ReplicaWriter() = default;

Status ReplicaWriter::write(const std::function<Status()>& work)
{
    if (!m_index)
        return Status::failure(m_indexError);
    const Status done = m_db->transaction([&]() -> Status {
        if (Status s = work(); !s)
            return s;
        return m_index->flush();
    });
    m_index->discard(); // after a failure, what was gathered belongs to a transaction rolled back
    if (!done)
        m_index->forgetTails(); // and what was written with it
    return done;
}

// Adds `t` to the indexes, or (`remove`) takes it out; a row without a name is not in them, so
// nothing is written for it. FTS5 (phrases) one row per statement, never from a trigger: see
// ReplicaSchema 4; the search index gathers the change and writes it as the transaction ends (write()).
Status ReplicaWriter::writeIndex(const search::IndexedText& t, bool remove)
{
    if (!t.indexed())
        return success();
    if (remove)
        m_index->remove(t);
    else
        m_index->add(t);
    return run(*m_db,
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
}

void ReplicaWriter::setBulkWriting(bool on)
{
    // At 300k modules with hash keys, 256 MiB took the ingest from 7,982 to 9,267 modules/s; kept
    // after it, Browse over 1M modules held 292 MiB of cache where it needs ~30.
    (void)m_db->exec(on ? "PRAGMA cache_size = -262144" : "PRAGMA cache_size = -32768");
    // The WAL is copied into the file every 256 MiB instead of every 4 MiB: a page of a hash-keyed
    // index, or the page of a word's last block in the search index, changes again and again in a
    // backfill, and is then copied once, not at each commit. BenchSearch, 300k modules: 9,451 ->
    // 11,706 modules/s at 64 MiB, 12,515 at 256 MiB; 1M modules with the search index (a commit of
    // 10,000 documents rewrites the last blocks of ~40,000 words): 6,356 at 64 MiB, 6,837 at 256. A
    // copy stalls the syncer's thread (not the window's) for longer: ~1-2 s at 256 MiB.
    (void)m_db->exec(on ? "PRAGMA wal_autocheckpoint = 65536" : "PRAGMA wal_autocheckpoint = 1000");
#if defined(__GLIBC__)
    // SQLite frees the pages above the new size, but glibc keeps freed heap for reuse: measured on
    // 1M modules, 287 MiB resident after a full cache, 217 after shrinking it, 50 after the trim.
    if (!on)
        malloc_trim(0);
#endif
}

std::optional<BlockRef> ReplicaWriter::checkpoint(const QString& location) const
{
    const Result<std::optional<Statement>> row =
        firstRow(*m_db, "SELECT block, hash FROM checkpoint WHERE location = ?1",
                 [&](Statement& q) { q.bind(1, location); });
    if (!row || !row.value())
        return std::nullopt;
    const Statement& q = *row.value();
    return BlockRef{static_cast<quint64>(q.integer(0)), q.blob(1)};
}

Status ReplicaWriter::apply(const QString& location, const QList<RegistryEvent>& events,
                            const BlockRef& checkpoint)
{
    return write([&]() -> Status {
        for (const RegistryEvent& e : events) {
            if (Status s = applyOne(e); !s)
                return s;
        }
        return saveCheckpoint(location, checkpoint);
    });
}

Status ReplicaWriter::saveCheckpoint(const QString& location, const BlockRef& block)
{
    return run(*m_db,
               "INSERT INTO checkpoint(location, block, hash) VALUES(?1, ?2, ?3) "
               "ON CONFLICT(location) DO UPDATE SET block = excluded.block, hash = excluded.hash",
               [&](Statement& s) {
                   s.bind(1, location).bind(2, static_cast<qint64>(block.number)).bind(3, block.hash);
               });
}

Status ReplicaWriter::applyOne(const RegistryEvent& e)
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
Status ReplicaWriter::rebuild(const QByteArray& key)
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
        search::IndexedText old;
        {
            const Result<std::optional<Statement>> row =
                firstRow(*m_db,
                         "SELECT rowid, key, name, description, tags, author, entrypoint, custom_text "
                         "FROM modules WHERE key = ?1",
                         [&](Statement& st) { st.bind(1, key); });
            if (!row)
                return Status::failure(row.error());
            if (!row.value())
                return success(); // not there: nothing to remove
            old = indexedText(*row.value(), 0);
        }
        if (Status out = writeIndex(old, true); !out)
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

Result<std::optional<FetchedDocument>> ReplicaWriter::storedDocument(const QString& cid) const
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

Status ReplicaWriter::adoptDocument(const FetchedDocument& judged)
{
    const QString& cid = judged.cid;
    const std::optional<ModuleMetadata>& metadata = judged.document;
    const QString& reason = judged.reason;
    QList<search::IndexedText> pointing; // read whole before the rows change
    if (Status read = forEachRow(
            *m_db,
            "SELECT rowid, key, name, description, tags, author, entrypoint, custom_text FROM modules "
            "WHERE metadata_cid_hash = ?2 AND metadata_cid = ?1",
            byCid(cid), [&](const Statement& row) { pointing.append(indexedText(row, 0)); });
        !read)
        return read;
    for (const search::IndexedText& old : pointing) {
        const QByteArray& key = old.key;
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
        const search::IndexedText now{old.rowid,
                                      key,
                                      m.name,
                                      m.description,
                                      v ? m.tags.join(QLatin1Char(' ')) : QString(),
                                      m.author,
                                      m.entrypoint,
                                      v ? textOf(m.custom) : QString()};
        if (Status s = writeIndex(old, true); !s)
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
        if (Status i = writeIndex(now, false); !i)
            return i;
    }
    return success();
}

Status ReplicaWriter::rollback(const QString& location, const BlockRef& ancestor)
{
    return write([&]() -> Status {
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

QList<BlockRef> ReplicaWriter::recentBlocks(int limit) const
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

Status ReplicaWriter::reset(const QString& location)
{
    return write([&]() -> Status {
        for (const char* sql : {"DELETE FROM history", "DELETE FROM modules", "DELETE FROM fetches",
                                "INSERT INTO modules_fts(modules_fts) VALUES('delete-all')"}) {
            if (Status s = run(*m_db, sql); !s)
                return s;
        }
        if (Status s = m_index->clear(); !s)
            return s;
        return run(*m_db, "DELETE FROM checkpoint WHERE location = ?1",
                   [&](Statement& st) { st.bind(1, location); });
    });
}

Status ReplicaWriter::recordDocument(const FetchedDocument& d)
{
    return recordDocuments({d});
}

Status ReplicaWriter::recordDocuments(const QList<FetchedDocument>& documents)
{
    return write([&]() -> Status {
        for (const FetchedDocument& d : documents) {
            if (Status s = storeDocument(d); !s)
                return s;
        }
        return success();
    });
}

Status ReplicaWriter::storeDocument(const FetchedDocument& d)
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

Status ReplicaWriter::compactSearchIndex()
{
    return write([&] { return run(*m_db, "INSERT INTO modules_fts(modules_fts) VALUES('optimize')"); });
}

} // namespace modreg
