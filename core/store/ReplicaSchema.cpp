#include "store/ReplicaSchema.h"

#include "store/ReplicaSql.h"
#include "store/SearchIndex.h"
#include "store/SqliteDatabase.h"

namespace modreg {

namespace {
// Each entry takes the file from version i to i + 1.
const char* const kMigrations[] = {
    // 1: the registry as events (history), as current entries (modules), the metadata documents
    // fetched (documents, kept so a reorg replays without fetching again), the fetches still to do,
    // and where the sync stands.
    R"sql(
    CREATE TABLE checkpoint(
        location TEXT PRIMARY KEY,          -- Registry::location(): chain backend and contract
        block INTEGER NOT NULL,
        hash BLOB NOT NULL);
    CREATE TABLE history(
        block INTEGER NOT NULL,
        log_index INTEGER NOT NULL,
        block_hash BLOB NOT NULL,
        tx BLOB NOT NULL,
        key BLOB NOT NULL,
        kind INTEGER NOT NULL,              -- RegistryEvent::Kind
        cid TEXT,
        account BLOB NOT NULL,
        previous_owner BLOB,
        PRIMARY KEY(block, log_index)) WITHOUT ROWID;
    CREATE INDEX history_by_key ON history(key, block, log_index);
    CREATE TABLE modules(
        key BLOB PRIMARY KEY,
        owner BLOB NOT NULL,
        metadata_cid TEXT NOT NULL,
        block INTEGER NOT NULL,             -- of the last change
        state INTEGER NOT NULL DEFAULT 0,   -- 0 pending, 1 verified, 2 invalid
        reason TEXT,                        -- why invalid, or why still pending
        name TEXT, version TEXT, author TEXT, description TEXT, content_cid TEXT, entrypoint TEXT,
        args TEXT, custom TEXT, tags TEXT, license TEXT, repository TEXT, created TEXT);
    CREATE INDEX modules_by_cid ON modules(metadata_cid);
    CREATE TABLE documents(
        cid TEXT PRIMARY KEY,
        valid INTEGER NOT NULL,
        reason TEXT,
        bytes BLOB) WITHOUT ROWID;
    CREATE TABLE fetches(
        cid TEXT PRIMARY KEY,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_try INTEGER NOT NULL DEFAULT 0, -- ms since the epoch
        last_error TEXT) WITHOUT ROWID;
    )sql",
    // 2: full-text search over the verified metadata: an FTS5 index whose content is the modules table
    // itself (nothing stored twice), kept in step by triggers; `custom_text` is the text of `custom`.
    R"sql(
    ALTER TABLE modules ADD COLUMN custom_text TEXT;
    CREATE VIRTUAL TABLE modules_fts USING fts5(
        name, description, tags, author, entrypoint, custom_text,
        content = 'modules', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
    CREATE TRIGGER modules_fts_insert AFTER INSERT ON modules BEGIN
        INSERT INTO modules_fts(rowid, name, description, tags, author, entrypoint, custom_text)
        VALUES (new.rowid, new.name, new.description, new.tags, new.author, new.entrypoint, new.custom_text);
    END;
    CREATE TRIGGER modules_fts_delete AFTER DELETE ON modules BEGIN
        INSERT INTO modules_fts(modules_fts, rowid, name, description, tags, author, entrypoint, custom_text)
        VALUES ('delete', old.rowid, old.name, old.description, old.tags, old.author, old.entrypoint, old.custom_text);
    END;
    CREATE TRIGGER modules_fts_update AFTER UPDATE ON modules BEGIN
        INSERT INTO modules_fts(modules_fts, rowid, name, description, tags, author, entrypoint, custom_text)
        VALUES ('delete', old.rowid, old.name, old.description, old.tags, old.author, old.entrypoint, old.custom_text);
        INSERT INTO modules_fts(rowid, name, description, tags, author, entrypoint, custom_text)
        VALUES (new.rowid, new.name, new.description, new.tags, new.author, new.entrypoint, new.custom_text);
    END;
    CREATE INDEX modules_by_author ON modules(author COLLATE NOCASE);
    CREATE INDEX modules_by_block ON modules(block);
    )sql",
    // 3: Browse sorts a million rows by name without sorting them each time.
    R"sql(
    CREATE INDEX modules_by_name ON modules(name COLLATE NOCASE, key);
    )sql",
    // 4: the store keeps the full-text index itself instead of triggers. A trigger makes every
    // UPDATE of a module a statement with a savepoint, and FTS5 writes its pending terms out as a new
    // segment at each one — a segment per module, merged again and again, most of the ingest time.
    // A row is in the index iff its name is not NULL (it has had a verified document).
    R"sql(
    DROP TRIGGER modules_fts_insert;
    DROP TRIGGER modules_fts_delete;
    DROP TRIGGER modules_fts_update;
    INSERT INTO modules_fts(modules_fts) VALUES('delete-all');
    INSERT INTO modules_fts(rowid, name, description, tags, author, entrypoint, custom_text)
        SELECT rowid, name, description, tags, author, entrypoint, custom_text FROM modules
        WHERE name IS NOT NULL;
    )sql",
    // 5: during a backfill FTS5 spent much of its time writing small segments and merging them
    // again: it now gathers up to 16 MiB of terms before writing one (default 1 MiB) and merges
    // segments 8 at a time (default 4). BenchSearch, 100k modules: 10,800 -> 13,500 modules/s.
    R"sql(
    INSERT INTO modules_fts(modules_fts, rank) VALUES('hashsize', 16777216);
    INSERT INTO modules_fts(modules_fts, rank) VALUES('automerge', 8);
    )sql",
    // 6: documents in the order they arrive, found by CID through a small index. Keyed by the CID
    // itself (a hash, so random), each new document landed on a random page of the largest table,
    // and every commit of a backfill rewrote pages all over it (649 MiB of them at 1M modules).
    // BenchSearch, 1M modules with hash keys and CIDs, with the larger page cache of
    // ModuleStore::open: 5,300 -> 7,100 modules/s.
    R"sql(
    CREATE TABLE documents_by_arrival(
        id INTEGER PRIMARY KEY,
        cid TEXT NOT NULL UNIQUE,
        valid INTEGER NOT NULL,
        reason TEXT,
        bytes BLOB);
    INSERT INTO documents_by_arrival(cid, valid, reason, bytes)
        SELECT cid, valid, reason, bytes FROM documents;
    DROP TABLE documents;
    ALTER TABLE documents_by_arrival RENAME TO documents;
    )sql",
    // 7: Browse's name order breaks ties by row number, not by key. A module is registered without a
    // name (its document comes later), and (NULL, key) put every registration on a random page of
    // the index, a hash being random; (NULL, rowid) goes at its end. BenchSearch, 300k modules (with
    // the WAL copied back every 256 MiB): 12,515 -> 13,475 modules/s.
    R"sql(
    DROP INDEX modules_by_name;
    CREATE INDEX modules_by_name ON modules(name COLLATE NOCASE);
    )sql",
    // 8: the fetch queue in the order CIDs arrive, with an index in the order they fall due. The
    // syncer asks for the next due CIDs and the next retry time after every fetch, and without that
    // index each question read the whole queue. BenchSearch, with the 1M fetches a first sync has
    // after its events: 197 and 135 ms, now 0.007 and 0.002 ms.
    R"sql(
    CREATE TABLE fetches_by_arrival(
        id INTEGER PRIMARY KEY,
        cid TEXT NOT NULL UNIQUE,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_try INTEGER NOT NULL DEFAULT 0, -- ms since the epoch
        last_error TEXT);
    INSERT INTO fetches_by_arrival(cid, attempts, next_try, last_error)
        SELECT cid, attempts, next_try, last_error FROM fetches ORDER BY next_try, attempts, cid;
    DROP TABLE fetches;
    ALTER TABLE fetches_by_arrival RENAME TO fetches;
    CREATE INDEX fetches_due ON fetches(next_try, attempts);
    )sql",
    // 9: Browse's summary counts the modules by state, again each time a sync changes them. Without
    // an index that read every row: 423 ms at 1M modules, on the GUI thread once a second; now
    // 0.1 ms. Partial: verified modules, nearly all of them once synced, are not in it, so a document
    // that verifies its module only takes an entry out (an index of every state cost a backfill's
    // documents ~10 %). IF NOT EXISTS: the migration tests take a file back to an older version.
    R"sql(
    CREATE INDEX IF NOT EXISTS modules_not_verified ON modules(state) WHERE state != 1;
    )sql",
    // 10: the index keeps prefixes of 3 letters only, not of 2 and 3. The 2-letter ones cost most of
    // the index's build (sqlite3 CLI 'rebuild' of 300k modules: 8.1 s with both, 4.9 s with 3 only,
    // 3.5 s with none), and a search makes the last word a prefix only from its third letter
    // (ModuleStore::kShortestPrefix). A prefix's length is fixed when the table is made, so it is
    // made again, with the settings of 5, and filled as in 4.
    R"sql(
    DROP TABLE modules_fts;
    CREATE VIRTUAL TABLE modules_fts USING fts5(
        name, description, tags, author, entrypoint, custom_text,
        content = 'modules', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2', prefix = '3');
    INSERT INTO modules_fts(modules_fts, rank) VALUES('hashsize', 16777216);
    INSERT INTO modules_fts(modules_fts, rank) VALUES('automerge', 8);
    INSERT INTO modules_fts(rowid, name, description, tags, author, entrypoint, custom_text)
        SELECT rowid, name, description, tags, author, entrypoint, custom_text FROM modules
        WHERE name IS NOT NULL;
    )sql",
    // 11: documents, the fetch queue and modules are found by CID through an index of CidHash (8
    // bytes) instead of the CID's text (~59), in tables otherwise as 6 and 8 made them. Each commit
    // of a backfill rewrote most pages of these three indexes (store/CidHash.h).
    R"sql(
    CREATE TABLE documents_by_hash(
        id INTEGER PRIMARY KEY,
        cid TEXT NOT NULL,
        cid_hash INTEGER NOT NULL,          -- CidHash::of(cid)
        valid INTEGER NOT NULL,
        reason TEXT,
        bytes BLOB);
    INSERT INTO documents_by_hash(id, cid, cid_hash, valid, reason, bytes)
        SELECT id, cid, modreg_cid_hash(cid), valid, reason, bytes FROM documents ORDER BY id;
    DROP TABLE documents;
    ALTER TABLE documents_by_hash RENAME TO documents;
    CREATE INDEX documents_by_cid ON documents(cid_hash);
    CREATE TABLE fetches_by_hash(
        id INTEGER PRIMARY KEY,
        cid TEXT NOT NULL,
        cid_hash INTEGER NOT NULL,          -- CidHash::of(cid)
        attempts INTEGER NOT NULL DEFAULT 0,
        next_try INTEGER NOT NULL DEFAULT 0, -- ms since the epoch
        last_error TEXT);
    INSERT INTO fetches_by_hash(id, cid, cid_hash, attempts, next_try, last_error)
        SELECT id, cid, modreg_cid_hash(cid), attempts, next_try, last_error FROM fetches ORDER BY id;
    DROP TABLE fetches;
    ALTER TABLE fetches_by_hash RENAME TO fetches;
    CREATE INDEX fetches_by_cid ON fetches(cid_hash);
    CREATE INDEX fetches_due ON fetches(next_try, attempts);
    DROP INDEX modules_by_cid;
    ALTER TABLE modules ADD COLUMN metadata_cid_hash INTEGER;
    UPDATE modules SET metadata_cid_hash = modreg_cid_hash(metadata_cid);
    CREATE INDEX modules_by_cid ON modules(metadata_cid_hash);
    )sql",
    // 12: a second, small full-text index over names and tags only. A search scores the newest 200
    // matches (ReplicaSearch::search), so a module named for a word that many newer descriptions use
    // was never a candidate. The newest 50 whose name and tags hold every word now are too. Settings
    // as in 5, but FTS5's default 1 MiB of terms per segment: a name and tags are a few words.
    R"sql(
    CREATE VIRTUAL TABLE module_names_fts USING fts5(
        name, tags,
        content = 'modules', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2', prefix = '3');
    INSERT INTO module_names_fts(module_names_fts, rank) VALUES('automerge', 8);
    INSERT INTO module_names_fts(rowid, name, tags)
        SELECT rowid, name, tags FROM modules WHERE name IS NOT NULL;
    )sql",
    // 13: the modules of one key type (by the key's length), for a search filtered to a type few
    // modules have (ReplicaSearch::search).
    R"sql(
    CREATE INDEX IF NOT EXISTS modules_by_key_length ON modules(length(key));
    )sql",
    // 14: search ranks every match (issue #25): the search index of SearchIndex.h, blocks of postings
    // with the headers that let ranking::topK skip most of them, filled from the modules (in C++,
    // afterMigration, once 15 has added the impacts). It replaces the names index of 12, whose
    // newest-50 rule was not exact; the FTS5 table stays for phrases (PhraseMatches), made again
    // without its index of 3-letter prefixes (ReplicaSchema 10): a prefix is now read from the search
    // index, and FTS5's prefix index was ~30 % of its build.
    R"sql(
    DROP TABLE IF EXISTS module_names_fts;
    DROP TABLE modules_fts;
    CREATE VIRTUAL TABLE modules_fts USING fts5(
        name, description, tags, author, entrypoint, custom_text,
        content = 'modules', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2');
    INSERT INTO modules_fts(modules_fts, rank) VALUES('hashsize', 16777216);
    INSERT INTO modules_fts(modules_fts, rank) VALUES('automerge', 8);
    INSERT INTO modules_fts(rowid, name, description, tags, author, entrypoint, custom_text)
        SELECT rowid, name, description, tags, author, entrypoint, custom_text FROM modules
        WHERE name IS NOT NULL;
    CREATE TABLE search_blocks(
        term BLOB NOT NULL,                 -- a word as FTS5's unicode61 reads it; "\x01" tag; "\x02" key type
        first_doc INTEGER NOT NULL,         -- rowids of modules: the block's first and last
        last_doc INTEGER NOT NULL,
        count INTEGER NOT NULL,
        max_f INTEGER NOT NULL,             -- the largest weighted frequency in the block
        min_length INTEGER NOT NULL,        -- the shortest module in it, in tokens
        postings BLOB NOT NULL,             -- PostingBlock.h
        PRIMARY KEY(term, first_doc)) WITHOUT ROWID;
    CREATE TABLE search_tails(             -- each term's last block (18); made here too, for 15's rebuild
        term BLOB PRIMARY KEY, first_doc INTEGER NOT NULL, last_doc INTEGER NOT NULL,
        count INTEGER NOT NULL, max_f INTEGER NOT NULL, min_length INTEGER NOT NULL,
        postings BLOB NOT NULL, impacts BLOB) WITHOUT ROWID;
    CREATE TABLE search_totals(documents INTEGER NOT NULL, tokens INTEGER NOT NULL);
    INSERT INTO search_totals VALUES(0, 0);
    )sql",
    // 15: each block's impacts (BlockHeader::impacts), the postings no other in the block beats in
    // both frequency and length: a block's bound is then what one of its modules may really score.
    // A word in 92 % of a million modules read 2,476 of its 7,181 blocks with (max_f, min_length);
    // with its impacts' bound only 54 reach the 50th score. The index is made again to have them.
    R"sql(
    ALTER TABLE search_blocks ADD COLUMN impacts BLOB;
    )sql",
    // 16: word pairs (SearchIndex.h): the words many modules hold, whose pairs side by side are terms
    // of the index, so a phrase of two of them is one list. The words that qualify now are made pair
    // words in C++ (afterMigration), their pairs added for every module that holds one.
    R"sql(
    CREATE TABLE search_pair_words(word BLOB PRIMARY KEY) WITHOUT ROWID;
    )sql",
    // 17: the pairs made again. Until 17 a store opened on a replica with pair words gave the modules
    // it added no pairs (the writer loaded the pair words only after a failure), so their lists may
    // miss modules; they are made again from the text, for the words that qualify now (afterMigration).
    R"sql(
    DELETE FROM search_blocks WHERE term >= x'03' AND term < x'04';
    DELETE FROM search_pair_words;
    )sql",
    // 18: each term's last block in a table of its own. A flush rewrites the last block of every term
    // its transaction touched (~33,000 for 10,000 modules): side by side in a small table they share
    // pages, where among the full blocks they were spread over the whole index. BenchSearch at 1M,
    // two interleaved runs each: documents 121.1 and 131.3 s before, 109.2 and 117.2 s after; 24.9
    // GB written before, 22.6 after.
    R"sql(
    CREATE TABLE IF NOT EXISTS search_tails(
        term BLOB PRIMARY KEY, first_doc INTEGER NOT NULL, last_doc INTEGER NOT NULL,
        count INTEGER NOT NULL, max_f INTEGER NOT NULL, min_length INTEGER NOT NULL,
        postings BLOB NOT NULL, impacts BLOB) WITHOUT ROWID;
    INSERT INTO search_tails(term, first_doc, last_doc, count, max_f, min_length, postings, impacts)
        SELECT term, first_doc, last_doc, count, max_f, min_length, postings, impacts FROM search_blocks AS b
        WHERE first_doc = (SELECT max(first_doc) FROM search_blocks WHERE term = b.term)
        AND NOT EXISTS (SELECT 1 FROM search_tails AS t WHERE t.term = b.term);
    DELETE FROM search_blocks
        WHERE first_doc >= (SELECT first_doc FROM search_tails AS t WHERE t.term = search_blocks.term);
    )sql",
    // 19: runs (SearchIndex.h, Writer): a flush's postings past every row their terms hold, in chunks
    // of many terms, folded into the terms' blocks every few flushes.
    R"sql(
    CREATE TABLE search_runs(
        run INTEGER NOT NULL,       -- counts up from 0 after each fold
        first_term BLOB NOT NULL,   -- the first term of the chunk; a term's entries are in one chunk
        entries BLOB NOT NULL,      -- PostingBlock.h, appendEntry
        PRIMARY KEY(run, first_term)) WITHOUT ROWID;
    )sql",
};

// What a migration does beyond its SQL, in the same transaction.
Status afterMigration(const SqliteDatabase& db, int version)
{
    // 14 makes the index's tables and 15 gives blocks their impacts: filled once, at 15. 16 adds the
    // pairs of the words that qualify, and 17 makes them again — at 18 instead for a replica made
    // before search_tails, which the writer needs: it has none until 18 (its pair words, emptied by
    // 17, say so; one made since has them from 16 already).
    if (version == 15)
        return search::Writer::rebuild(db);
    const bool hasTails =
        replica::scalar(db, "SELECT count(*) FROM sqlite_master WHERE name = 'search_tails'") > 0;
    if ((version == 16 || version == 17) && hasTails)
        return search::Writer::admitPairWords(db);
    if (version == 18 && replica::scalar(db, "SELECT count(*) FROM search_pair_words") == 0)
        return search::Writer::admitPairWords(db);
    return success();
}
} // namespace

int ReplicaSchema::latestVersion()
{
    return static_cast<int>(std::size(kMigrations));
}

Result<int> ReplicaSchema::version(const SqliteDatabase& db)
{
    // Finished before any migration runs: a statement still open on its row keeps DROP TABLE out.
    Result<SqliteDatabase::Statement> prepared = db.prepare("PRAGMA user_version");
    if (!prepared)
        return Result<int>::failure(prepared.error());
    SqliteDatabase::Statement q = std::move(prepared).value();
    const Result<bool> row = q.step();
    if (!row)
        return Result<int>::failure(row.error());
    return static_cast<int>(q.integer(0));
}

Status ReplicaSchema::migrate(const SqliteDatabase& db)
{
    // Up to date, as nearly every open finds it: no write lock, so opening never waits on a sync.
    if (const Result<int> now = version(db); now && now.value() == latestVersion())
        return success();
    // Otherwise the version is read again under the write lock, and every step runs in that one
    // transaction: another process (the app's sync and `modreg search`, or a test polling the file)
    // may open the same new file at the same moment, and each migration must run exactly once.
    return db.transaction([&]() -> Status {
        const Result<int> current = version(db);
        if (!current)
            return Status::failure(current.error());
        if (current.value() > latestVersion())
            return Status::failure(
                tr("The replica %1 was written by a newer Modreg (schema %2; this one knows up to %3). "
                   "Update Modreg, or delete the file to sync again.")
                    .arg(db.path())
                    .arg(current.value())
                    .arg(latestVersion()));
        for (int v = current.value(); v < latestVersion(); ++v) {
            if (Status s = db.exec(kMigrations[v]); !s)
                return s;
            if (Status s = afterMigration(db, v + 1); !s)
                return s;
        }
        return db.exec(
            QByteArray("PRAGMA user_version = ").append(QByteArray::number(latestVersion())).constData());
    });
}

} // namespace modreg
