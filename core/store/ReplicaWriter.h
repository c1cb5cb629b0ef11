#pragma once

#include "Result.h"
#include "chain/Registry.h"
#include "store/SearchIndex.h"
#include "store/StoredModule.h"

#include <QCoreApplication>
#include <functional>
#include <memory>
#include <optional>

namespace modreg {

class SqliteDatabase;

// What the syncer writes into the replica: the registry's events (history and the current entry of
// each key), reorganisations rolled back, the checkpoint, and the metadata documents fetched. Every
// write that belongs together is one SQLite transaction, so a crash leaves the replica at a
// checkpoint, never between. A part of ModuleStore (docs/architecture.md, "The replica").
class ReplicaWriter
{
    Q_DECLARE_TR_FUNCTIONS(modreg::ReplicaWriter)

public:
    explicit ReplicaWriter(SqliteDatabase& db);
    ~ReplicaWriter();

    std::optional<BlockRef> checkpoint(const QString& location) const;
    // The events of a batch, in chain order, and the checkpoint they lead to, in one transaction.
    // Events already stored (same block and log index) are skipped, so a replay is harmless.
    Status apply(const QString& location, const QList<RegistryEvent>& events, const BlockRef& checkpoint);
    // A reorganisation: every event above `ancestor` is forgotten and the entries they touched are
    // rebuilt from the history that remains; the checkpoint becomes `ancestor`.
    Status rollback(const QString& location, const BlockRef& ancestor);
    // The newest blocks that hold events, newest first: where to look for the common ancestor when
    // the checkpoint is no longer on the chain.
    QList<BlockRef> recentBlocks(int limit) const;
    // Forgets the chain's side (history, modules, fetches, checkpoint) for a sync from scratch; the
    // fetched documents stay, since a CID names the same bytes on any chain.
    Status reset(const QString& location);

    // A document fetched and judged: every module pointing at it takes it (verified if it names that
    // module's key and its signature holds), and its fetch is done.
    Status recordDocument(const FetchedDocument& document);
    Status recordDocuments(const QList<FetchedDocument>& documents); // in one transaction

    // During a backfill: a backfill inserts into indexes keyed by hashes (module keys, CIDs), i.e.
    // all over them, and with this on up to 256 MiB of their pages stay in memory between commits
    // instead of being read again, and the WAL is copied into the file every 64 MiB, not 4. Off (as
    // opened), the page cache is 32 MiB and the rest is freed.
    void setBulkWriting(bool on);
    // Merges the FTS5 index (phrases) into one segment, as a backfill ends. A backfill leaves it in
    // many segments, and some later small write then waited seconds while FTS5 merged large ones
    // (BenchFollowWrites). Took 1.5 s at 300k modules, 5.2 s at 1M with the names index beside it.
    Status compactSearchIndex();

private:
    // `work` and the search index's gathered changes in one transaction (see SearchIndex.h).
    Status write(const std::function<Status()>& work);
    Status writeIndex(const search::IndexedText& text, bool remove);
    Status applyOne(const RegistryEvent& event);
    Status saveCheckpoint(const QString& location, const BlockRef& block); // inside a transaction
    Status rebuild(const QByteArray& key);
    // The document at `cid` as fetched and judged earlier; nullopt if it has not been fetched.
    Result<std::optional<FetchedDocument>> storedDocument(const QString& cid) const;
    // Fills the modules that point at the document's CID from it.
    Status adoptDocument(const FetchedDocument& judged);
    Status storeDocument(const FetchedDocument& document); // inside a transaction

    SqliteDatabase* m_db;
    std::unique_ptr<search::Writer> m_index; // null when SQLite has no FTS5 tokenizer: m_indexError
    QString m_indexError;
};

} // namespace modreg
