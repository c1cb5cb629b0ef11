#pragma once

#include "Result.h"
#include "store/BlockMaxScorer.h"
#include "store/SearchTokenizer.h"
#include "store/SerialWorker.h"
#include "store/TermTable.h"

#include <QCoreApplication>
#include <QSet>
#include <array>
#include <memory>
#include <optional>

namespace modreg {

class SqliteDatabase;

// The replica's search index (issue #25; docs/architecture.md, "Search"): for each word, the
// modules that hold it as postings (row, weighted frequency, length) in blocks of ~128 in row order,
// each block a row of `search_blocks` with its header — first and last row, largest weighted
// frequency, smallest length — so ranking::topK finds the exact BM25 top k reading few blocks. It
// lives in the replica's own file and every change is written in the transaction that changes the
// module, so the index and the rows never disagree, whatever moment a process is killed at.
// Also held: each tag ("\x01" + the tag in lower case) and each key type ("\x02" + the key's
// length) as a list without scores, for the filters. The column weights are baked into the
// frequencies: a change of kColumnWeights is a new schema version that rebuilds the index.
namespace search {

// name, description, tags, author, entrypoint, the text of custom.
inline constexpr quint32 kColumnWeights[6] = {10, 2, 4, 3, 1, 1};
QByteArray tagTerm(const QString& tag);
QByteArray keyTypeTerm(qsizetype keyLength);

// Word pairs: for the words that many modules hold (the "pair words", table search_pair_words), each
// two of them side by side in a column ("speech recognition") are a term of their own, "\x03" + the
// first + " " + the second, with the pair's weighted frequency (each position it starts at, times
// the column's weight, as FTS5 counts a phrase) — so a phrase of two such words is one exact list,
// its count that list's size, with no text read. A phrase of rarer words has a short list to start
// from and needs none. A word becomes a pair word when, as the index passes 2^k modules, it is in
// at least kPairShare of them (and kPairMinimum); its pairs with the others are then added for every
// module that holds it. It never stops being one: its pairs' lists stay complete.
inline constexpr double kPairShare = 0.05;
inline constexpr qint64 kPairMinimum = 500;
QByteArray pairTerm(QByteArrayView first, QByteArrayView second);

// What the index holds of a module: a row is in it iff its name is not NULL (it has had a verified
// document). To take a row out, the writer needs the very text that went in.
struct IndexedText
{
    qint64 rowid = 0;
    QByteArray key;
    QString name, description, tags, author, entrypoint, customText;
    bool indexed() const { return !name.isNull(); }
};

// How often `phrase` (tokens in order) is in a module's `columns` (their UTF-8, in the order of
// kColumnWeights), weighted as a term's frequency is: each position it starts at in a column
// (overlapping ones too), times the column's weight. As FTS5 finds a phrase from its positions; this
// from the text, for a lone phrase (ReplicaSearch), which the index keeps no positions for.
quint32 phraseFrequency(const SearchTokenizer& tokenizer,
                        const std::array<QByteArray, std::size(kColumnWeights)>& columns,
                        const QList<QByteArray>& phrase);

struct Totals
{
    qint64 documents = 0;
    qint64 tokens = 0; // every column's, unweighted: BM25's average length is tokens / documents
};

// Changes gathered during a transaction and written, term by term, at its end (flush): a batch of
// 10,000 documents touches each common word's last block once, not 10,000 times. What a flush adds
// past every row a term holds (a backfill's new modules: nearly all of it) goes into a run, rows of
// search_runs, each chunk many terms' postings: ~400 rows a flush of 10,000 modules where writing
// each term's last block was ~33,000. Every kMaxRuns flushes the runs are folded into the terms'
// blocks, one write per term for all of them; so are they before any change that falls among them. A module's
// text is read into terms on a worker thread (SerialWorker), in the order add() and remove() came, while the
// caller goes on with its statements; flush() waits for it. The worker reads no file.
class Writer
{
    Q_DECLARE_TR_FUNCTIONS(modreg::search::Writer)

public:
    static Result<std::unique_ptr<Writer>> create(const SqliteDatabase& db);
    void add(const IndexedText& text);
    void remove(const IndexedText& text); // the text that went in
    Status flush();                       // inside the caller's transaction
    void discard();                       // the transaction rolled back: what was gathered
    void forgetTails();                   // the transaction rolled back after a flush: what was written
    Status clear();                       // every posting out, inside a transaction
    // Fills the index from every indexed row of `modules`, inside the caller's transaction
    // (ReplicaSchema 14).
    static Status rebuild(const SqliteDatabase& db);
    // Makes every word that qualifies now a pair word, its pairs added (ReplicaSchema 16).
    static Status admitPairWords(const SqliteDatabase& db);
    // Every run folded into the terms' blocks, inside the caller's transaction.
    static Status foldRuns(const SqliteDatabase& db);

private:
    Writer(const SqliteDatabase& db, SearchTokenizer tokenizer);
    void enqueue(const IndexedText& text, bool add);
    void settle(); // every change enqueued gathered: the worker idle
    void change(const IndexedText& text, bool add);

public:
    // A row's new posting for a term, or (`present` false) the row no longer holds it.
    struct Change
    {
        ranking::Posting posting;
        bool present = false;
    };

private:
    // Each term's last block as this connection last wrote it (kept for the PRAGMA data_version
    // m_tailsFor), so an append to it writes one row and reads none.
    struct Tail
    {
        quint32 firstDoc = 0;
        std::vector<ranking::Posting> postings;
    };
    struct Term
    {
        std::vector<Change> changes; // this transaction's, in the order they came (the last one counts)
        std::optional<Tail> tail;
        std::optional<quint32> lastDoc; // the last row of its blocks (none when it has none: 0)
        quint32 runLast = 0;            // the last row of its postings in runs (0: none)
    };
    // `changes` in row order, one per row.
    void gather(QByteArrayView term, const Change& change); // for the flush
    Status writeChanges();
    // Every run's postings written into their terms' blocks, and the runs deleted.
    Status compactRuns();
    Result<quint32> lastDocOf(const QByteArray& term) const;
    static void rememberLastDoc(Term& value);
    Status writeChunk(const QByteArray& firstTerm, const QByteArray& entries);
    void forgetRuns(); // what this connection knew of the runs, and of each term's last row
    Status loadPairWords();
    // Of `candidates`, those now held by enough modules of `documents` become pair words.
    Status admit(const QList<QByteArray>& candidates, qint64 documents);
    // `words` made pair words (those not yet), their pairs added for every module that holds one.
    Status join(const QSet<QByteArray>& words);
    Status flushTerm(const QByteArray& term, const std::vector<Change>& changes, std::optional<Tail>& cached);
    Status deleteBlock(const QByteArray& term, quint32 firstDoc);
    Status writeBlock(const QByteArray& term, const std::vector<ranking::Posting>& postings, bool tail);
    Result<std::vector<ranking::Posting>> insertBlocks(const QByteArray& term,
                                                       const std::vector<ranking::Posting>& postings,
                                                       size_t limit, bool tail);

    const SqliteDatabase* m_db;
    SearchTokenizer m_tokenizer;
    TermTable<Term> m_terms;
    std::vector<quint32> m_changed; // the entries of m_terms with changes, each once
    std::optional<qint64> m_tailsFor;
    QSet<QByteArray> m_pairWords;
    bool m_pairWordsLoaded = false; // read again in each transaction
    bool m_hasPairWords = false;    // the table is there (not while ReplicaSchema 15 rebuilds)
    bool m_hasRuns = false;         // the table is there (from ReplicaSchema 19)
    bool m_knowsRuns = false;       // each Term's runLast and m_runCount are right
    qint64 m_runCount = 0;          // runs since the last fold; the next is numbered so
    static constexpr qint64 kMaxRuns = 8;
    static constexpr qsizetype kChunkBytes = 4096; // a chunk ends after the term that takes it past this
    Status m_failed = success();                   // of this transaction's change(), which returns nothing
    static constexpr size_t kTermsKept = 200000;   // ~20 MiB of tails at most; forgotten beyond
    Totals m_delta;
    // Texts not yet handed to the worker: handed over kQueued at a time, one task each.
    static constexpr size_t kQueued = 64;
    std::vector<std::pair<IndexedText, bool>> m_queued;
    // Last: destroyed first, so a task still running finds every member it touches.
    SerialWorker m_worker;
};

// A stored term's postings: the headers and the blocks' bytes read at once (one pass over the term's
// rows, whose pages the headers need anyway), each block decoded when the scorer asks for it. A
// block that does not decode (a damaged file) reads as empty and sets damaged().
class StoredPostings : public ranking::TermPostings
{
public:
    quint64 documentCount() const override { return m_count; }
    const std::vector<ranking::BlockHeader>& blocks() const override { return m_headers; }
    const std::vector<ranking::Posting>& block(size_t index) const override;
    bool damaged() const { return m_damaged; }

private:
    friend class Reader;
    quint64 m_count = 0;
    std::vector<ranking::BlockHeader> m_headers;
    QByteArray m_bytes;            // every block's, one after the other (one allocation, not one each)
    std::vector<qsizetype> m_ends; // where each block's bytes end in m_bytes
    mutable std::vector<std::optional<std::vector<ranking::Posting>>> m_blocks;
    mutable bool m_damaged = false;
};

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(modreg::search::Reader)

public:
    explicit Reader(const SqliteDatabase& db);
    Result<Totals> totals() const;
    Result<std::unique_ptr<StoredPostings>> term(const QByteArray& term) const;
    // About the share of modules that hold `term`, from its block at `row` (or the nearest, the
    // fuller of the two either side): its postings over the rows it spans. One or two rows read, to
    // decide whether a list is worth reading whole; 0 when no module holds it.
    Result<double> density(const QByteArray& term, qint64 row) const;
    // Every term that starts with `prefix` read as one, as FTS5 reads "pre*": merged in memory.
    Result<std::unique_ptr<ranking::BlockedPostings>> prefix(const QByteArray& prefix) const;
    // Whether both words are pair words: the list of pairTerm(first, second) is then the phrase's.
    Result<bool> isPair(const QByteArray& first, const QByteArray& second) const;
    static QString damagedText(const QString& path);

private:
    // The runs' numbers, first and last (nullopt when there are none).
    Result<std::vector<qint64>> runNumbers() const; // each run's number, oldest first

    const SqliteDatabase* m_db;
    bool m_hasRuns = false; // search_runs is there (not while migrations before 19 run)
};

} // namespace search
} // namespace modreg
