#pragma once

#include "Result.h"
#include "chain/Registry.h"
#include "registry/ModuleMetadata.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <memory>
#include <optional>

namespace modreg {

class SqliteDatabase;

// A module as the replica holds it: the chain's entry and, once fetched and checked, its metadata.
struct StoredModule
{
    enum class State
    {
        Pending = 0,  // the metadata is not fetched yet
        Verified = 1, // fetched, valid, signed by the module's own key
        Invalid = 2   // fetched, and wrong: `reason` says how
    };
    QByteArray key;
    QByteArray owner;
    QString metadataCid;
    quint64 block = 0; // of the last change
    State state = State::Pending;
    QString reason; // Invalid: what is wrong; Pending: why the last fetch failed, if one did
    std::optional<ModuleMetadata> metadata; // Verified only
};

// What the syncer found at a metadata CID.
struct FetchedDocument
{
    QString cid;
    QByteArray bytes;
    std::optional<ModuleMetadata> document; // nullopt: invalid, see `reason`
    QString reason;
};

// A search of the replica: words (the last one a prefix, as typed, from its third letter), "quoted
// phrases", and filters.
struct SearchQuery
{
    QString text;
    QString author; // exact, any case
    QString tag;
    std::optional<ModuleKey::Type> keyType;
    bool verifiedOnly = false;
    quint64 updatedSinceBlock = 0;
    int limit = 50;
};

struct SearchHit
{
    QByteArray key;
    QString name;
    QString version;
    QString author;
    // The description around the words (or, when they are not in it, the field they are in), each
    // match between SearchHit::kMatchStart and kMatchEnd.
    QString snippet;
    StoredModule::State state = StoredModule::State::Pending;
    static constexpr QChar kMatchStart = QChar(0x2);
    static constexpr QChar kMatchEnd = QChar(0x3);
};

// The local replica of one registry (core/store; DESIGN.md, "The data, end to end"): every event
// (history), every current entry (modules), the metadata documents fetched, the fetches still to
// do, and the checkpoint. Every write that belongs together is one SQLite transaction, so a crash
// leaves the replica at a checkpoint, never between.
class ModuleStore
{
    Q_DECLARE_TR_FUNCTIONS(ModuleStore)

public:
    static Result<std::unique_ptr<ModuleStore>> open(const QString& path);
    // Whether open() would first upgrade the file at `path`, written by an older Modreg. An upgrade
    // rebuilds tables and indexes (up to a minute at a million modules), so the app does it off its
    // window's thread and says so. False for a file that is missing, new, current, or unreadable
    // (open() then says what is wrong).
    static bool needsUpgrade(const QString& path);
    // Where the replica of the registry at `location` ("evm:0x5fbd…") lives: one file per registry,
    // under the app's data directory.
    static QString pathFor(const QString& location);
    ~ModuleStore();

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

    // Metadata CIDs to fetch now: the longest due first, then those tried least, then in the order
    // their events came. Walks an index (ReplicaSchema 8): the syncer asks after every fetch.
    QStringList dueFetches(int limit, const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    qint64 pendingFetchCount() const;
    // When the next fetch that is waiting for a retry is due; nullopt if none waits.
    std::optional<QDateTime> nextFetchDue() const;
    // The last reason a fetch of `cid` failed; empty if it has not failed.
    QString fetchError(const QString& cid) const;
    // A document fetched and judged: every module pointing at it takes it (verified if it names that
    // module's key and its signature holds), and its fetch is done.
    Status recordDocument(const FetchedDocument& document);
    Status recordDocuments(const QList<FetchedDocument>& documents); // in one transaction
    // During a backfill: a backfill inserts into indexes keyed by hashes (module keys, CIDs), i.e.
    // all over them, and with this on up to 256 MiB of their pages stay in memory between commits
    // instead of being read again, and the WAL is copied into the file every 64 MiB, not 4. Off (as
    // opened), the page cache is 32 MiB and the rest is freed.
    void setBulkWriting(bool on);
    // Merges each full-text index (all columns, and names) into one segment, as a backfill ends. A
    // backfill leaves them in many segments, and some later small write then waited seconds while
    // FTS5 merged large ones (BenchFollowWrites). Takes 1.5 s at 300k modules, 5.2 s at 1M.
    Status compactSearchIndex();
    // A fetch failed: try again after `retryAt`.
    Status recordFetchFailure(const QString& cid, const QString& why, const QDateTime& retryAt);
    int fetchAttempts(const QString& cid) const;
    // Every waiting fetch is due now ("Sync now").
    Status makeFetchesDue(const QDateTime& now = QDateTime::currentDateTimeUtc());

    // The newest 50 modules whose name and tags hold every word first, ranked by BM25 over those two
    // (no author filter); then, among the newest 200 matches that pass the filters, by BM25 over
    // name (weighted highest), tags, author, description, entrypoint and the text of custom.
    // Without words, every module that passes the filters, by name.
    Result<QList<SearchHit>> search(const SearchQuery& query) const;
    // A person's words as an FTS5 query: each word quoted (so no word is read as an operator), "…"
    // kept as phrases, the last word a prefix unless the text ends with a space or the word is shorter
    // than kShortestPrefix letters. Empty: no words.
    static QString ftsQuery(const QString& text);
    static constexpr int kShortestPrefix = 3;
    static QStringList ftsPhrases(const QString& text); // the same, one entry per phrase

    // A table of every module (Browse): the row ids in an order, then the rows a view shows.
    enum class Order
    {
        Name,
        Author,
        Updated
    };
    struct Row
    {
        qint64 id = 0;
        QByteArray key;
        QString name;
        QString version;
        QString author;
        quint64 block = 0;
        StoredModule::State state = StoredModule::State::Pending;
    };
    QVector<qint64> orderedIds(Order order, bool descending) const;
    QList<Row> rows(const QVector<qint64>& ids) const; // in no particular order
    std::optional<qint64> idOf(const QByteArray& key) const;

    std::optional<StoredModule> module(const QByteArray& key) const;
    qint64 moduleCount() const;
    struct Counts
    {
        qint64 verified = 0;
        qint64 invalid = 0;
        qint64 pending = 0;
    };
    Counts counts() const;
    QList<RegistryEvent> history(const QByteArray& key) const;

private:
    explicit ModuleStore(std::unique_ptr<SqliteDatabase> db);
    Status applyOne(const RegistryEvent& event);
    Status saveCheckpoint(const QString& location, const BlockRef& block); // inside a transaction
    Status rebuild(const QByteArray& key);
    // The document at `cid` as fetched and judged earlier; nullopt if it has not been fetched.
    Result<std::optional<FetchedDocument>> storedDocument(const QString& cid) const;
    // Fills the modules that point at the document's CID from it.
    Status adoptDocument(const FetchedDocument& judged);
    Status storeDocument(const FetchedDocument& document); // inside a transaction
    QList<double> phraseIdfs(const QStringList& phrases) const;
    Result<qint64> keyTypeCount(ModuleKey::Type type) const;         // and its rowids, when few (search())
    Result<QList<SearchHit>> browse(const SearchQuery& query) const; // search without words

    std::unique_ptr<SqliteDatabase> m_db;
    // The rows of the key type a search asked for, when few: modreg_key_type_row() reads them. They
    // were read for that key type and that state of the file (keyTypeCount()).
    struct KeyTypeRowsFor
    {
        qint64 keyLength;
        qint64 dataVersion; // PRAGMA data_version: another connection's commits
        qint64 ownChanges;  // sqlite3_total_changes64: this connection's
        bool operator==(const KeyTypeRowsFor&) const = default;
    };
    mutable QSet<qint64> m_keyTypeRows;
    mutable qint64 m_keyTypeCount = 0; // how many have the type, up to one past kFewOfKeyType
    mutable std::optional<KeyTypeRowsFor> m_keyTypeRowsFor;
    // The rows a search without words walks the name index for, while it runs: modreg_browse_row()
    // reads them (browse()).
    mutable QSet<qint64> m_browseRows;
};

} // namespace modreg
