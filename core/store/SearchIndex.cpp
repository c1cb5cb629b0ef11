#include "store/SearchIndex.h"

#include "store/PostingBlock.h"
#include "store/ReplicaSql.h"

#include <QHash>
#include <array>
#include <bit>
#include <cmath>
#include <limits>
#include <map>

namespace modreg::search {

using namespace replica;
using ranking::Posting;
namespace block = ranking::postingBlock;

QByteArray tagTerm(const QString& tag)
{
    return QByteArray("\x01") + tag.toLower().toUtf8();
}

QByteArray keyTypeTerm(qsizetype keyLength)
{
    return QByteArray("\x02") + QByteArray::number(keyLength);
}

QString Reader::damagedText(const QString& path)
{
    return Reader::tr("The search index of the replica %1 is damaged. Delete the file and Modreg will "
                      "sync it again.")
        .arg(path);
}

namespace {
// A module's columns in the order of kColumnWeights and of the FTS5 table.
std::array<const QString*, std::size(kColumnWeights)> columnsOf(const IndexedText& text)
{
    return {&text.name, &text.description, &text.tags, &text.author, &text.entrypoint, &text.customText};
}
} // namespace

quint32 phraseFrequency(const SearchTokenizer& tokenizer,
                        const std::array<QByteArray, std::size(kColumnWeights)>& columns,
                        const QList<QByteArray>& phrase)
{
    if (phrase.isEmpty())
        return 0;
    quint32 f = 0;
    std::vector<qsizetype> open; // each start still matching: how many of the phrase's tokens it has
    for (size_t c = 0; c < columns.size(); ++c) {
        open.clear();
        tokenizer.tokens(columns[c], [&](const QByteArray& token) {
            open.push_back(0); // the phrase may start here
            size_t kept = 0;
            for (size_t i = 0; i < open.size(); ++i) {
                if (token != phrase[open[i]])
                    continue;
                if (open[i] + 1 == phrase.size())
                    f += kColumnWeights[c];
                else
                    open[kept++] = open[i] + 1;
            }
            open.resize(kept);
        });
    }
    return f;
}

// ---- Writer

Result<std::unique_ptr<Writer>> Writer::create(const SqliteDatabase& db)
{
    Result<SearchTokenizer> tokenizer = SearchTokenizer::create(db.handle());
    if (!tokenizer)
        return Result<std::unique_ptr<Writer>>::failure(tokenizer.error());
    return std::unique_ptr<Writer>(new Writer(db, std::move(tokenizer).value()));
}

namespace {
bool hasRuns(const SqliteDatabase& db)
{
    return scalar(db, "SELECT count(*) FROM sqlite_master WHERE name = 'search_runs'") > 0;
}
} // namespace

Writer::Writer(const SqliteDatabase& db, SearchTokenizer tokenizer)
    : m_db(&db)
    , m_tokenizer(std::move(tokenizer))
    , m_hasRuns(hasRuns(db))
{}

void Writer::add(const IndexedText& text)
{
    enqueue(text, true);
}

void Writer::remove(const IndexedText& text)
{
    enqueue(text, false);
}

void Writer::enqueue(const IndexedText& text, bool add)
{
    if (!text.indexed() || text.rowid <= 0 || text.rowid > std::numeric_limits<quint32>::max())
        return;
    // The pair words read here, on the caller's thread (the worker reads no file), once a transaction.
    if (!m_pairWordsLoaded && m_failed)
        if (Status s = loadPairWords(); !s)
            m_failed = s;
    m_queued.emplace_back(text, add);
    if (m_queued.size() < kQueued)
        return;
    m_worker.post([this, texts = std::move(m_queued)] {
        for (const auto& [t, a] : texts)
            change(t, a);
    });
    m_queued.clear();
}

void Writer::settle()
{
    m_worker.wait();
    for (const auto& [t, a] : m_queued)
        change(t, a); // on this thread: the worker has done what came before them
    m_queued.clear();
}

void Writer::change(const IndexedText& text, bool add)
{
    const auto doc = static_cast<quint32>(text.rowid);
    // Every token of the module copied into one buffer, then sorted so that equal ones are
    // neighbours: their weights summed without a hash table of the module's words.
    struct Token
    {
        qsizetype at, size;
        quint32 weight;
    };
    QByteArray bytes;
    std::vector<Token> tokens;
    std::vector<Token> pairs; // of pair words side by side in a column: terms, not in the length
    const auto view = [&](const Token& t) { return QByteArrayView(bytes.constData() + t.at, t.size); };
    const auto isPairWord = [&](const Token& t) {
        return m_pairWords.contains(QByteArray::fromRawData(bytes.constData() + t.at, t.size));
    };
    const auto columns = columnsOf(text);
    for (size_t c = 0; c < columns.size(); ++c) {
        const size_t first = tokens.size();
        m_tokenizer.tokens(columns[c]->toUtf8(), [&](const QByteArray& token) {
            tokens.push_back({bytes.size(), token.size(), kColumnWeights[c]});
            bytes.append(token);
        });
        if (m_pairWords.isEmpty())
            continue;
        for (size_t i = first + 1; i < tokens.size(); ++i)
            if (isPairWord(tokens[i - 1]) && isPairWord(tokens[i])) {
                const QByteArray pair = pairTerm(view(tokens[i - 1]), view(tokens[i]));
                pairs.push_back({bytes.size(), pair.size(), kColumnWeights[c]});
                bytes.append(pair);
            }
    }
    const auto length = static_cast<quint32>(tokens.size());
    tokens.insert(tokens.end(), pairs.begin(), pairs.end());
    std::sort(tokens.begin(), tokens.end(),
              [&](const Token& a, const Token& b) { return view(a) < view(b); });
    const auto set = [&](QByteArrayView term, quint32 f) { gather(term, {{doc, f, length}, add}); };
    for (size_t i = 0; i < tokens.size();) {
        quint32 f = 0;
        size_t j = i;
        for (; j < tokens.size() && view(tokens[j]) == view(tokens[i]); ++j)
            f += tokens[j].weight;
        set(view(tokens[i]), f);
        i = j;
    }
    for (const QString& tag : text.tags.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        set(tagTerm(tag), 1);
    set(keyTypeTerm(text.key.size()), 1);
    const qint64 sign = add ? 1 : -1;
    m_delta.documents += sign;
    m_delta.tokens += sign * length;
}

void Writer::gather(QByteArrayView term, const Change& change)
{
    auto& entry = m_terms[term];
    if (entry.value.changes.empty())
        m_changed.push_back(static_cast<quint32>(&entry - m_terms.entries().data()));
    entry.value.changes.push_back(change);
}

void Writer::discard()
{
    m_queued.clear();
    m_worker.wait();
    for (const quint32 i : m_changed)
        m_terms.entries()[i].value.changes.clear();
    m_changed.clear();
    m_delta = {};
    m_pairWordsLoaded = false;
    m_failed = success();
}

Status Writer::loadPairWords()
{
    m_pairWords.clear();
    m_hasPairWords = scalar(*m_db, "SELECT count(*) FROM sqlite_master WHERE name = 'search_pair_words'") > 0;
    const Status read = !m_hasPairWords
                            ? success()
                            : forEachRow(*m_db, "SELECT word FROM search_pair_words", {},
                                         [&](const Statement& row) { m_pairWords.insert(row.blob(0)); });
    m_pairWordsLoaded = static_cast<bool>(read);
    return read;
}

QByteArray pairTerm(QByteArrayView first, QByteArrayView second)
{
    QByteArray term;
    term.reserve(2 + first.size() + second.size());
    return term.append('\x03').append(first).append(' ').append(second);
}

namespace {
// How many modules of `documents` a pair word is held by at least.
qint64 pairWordHolders(qint64 documents)
{
    return qint64(std::ceil(std::max(kPairShare * double(documents), double(kPairMinimum))));
}
} // namespace

Status Writer::admit(const QList<QByteArray>& candidates, qint64 documents)
{
    if (!m_pairWordsLoaded)
        if (Status s = loadPairWords(); !s)
            return s;
    const qint64 holders = pairWordHolders(documents);
    QSet<QByteArray> qualified;
    for (const QByteArray& word : candidates)
        if (!m_pairWords.contains(word) &&
            scalar(*m_db,
                   "SELECT (SELECT coalesce(sum(count), 0) FROM search_blocks WHERE term = ?1) + "
                   "(SELECT coalesce(sum(count), 0) FROM search_tails WHERE term = ?1)",
                   [&](Statement& q) { q.bind(1, word); }) >= holders)
            qualified.insert(word);
    return join(qualified);
}

Status Writer::join(const QSet<QByteArray>& words)
{
    if (!m_pairWordsLoaded)
        if (Status s = loadPairWords(); !s)
            return s;
    if (!m_hasPairWords)
        return success();
    QSet<QByteArray> joined;
    for (const QByteArray& word : words) {
        if (m_pairWords.contains(word))
            continue;
        if (Status s = run(*m_db, "INSERT OR IGNORE INTO search_pair_words(word) VALUES(?1)",
                           [&](Statement& q) { q.bind(1, word); });
            !s)
            return s;
        joined.insert(word);
        m_pairWords.insert(word);
    }
    if (joined.isEmpty())
        return success();
    // Their pairs (with each other and with the pair words before them) for every module that holds
    // one of them, from the module's text.
    Result<Statement> q = m_db->prepare(
        "SELECT name, description, tags, author, entrypoint, custom_text FROM modules WHERE rowid = ?1");
    if (!q)
        return Status::failure(q.error());
    Statement row = std::move(q).value();
    const Reader reader(*m_db);
    QSet<quint32> done;
    QHash<QByteArray, quint32> found;
    for (const QByteArray& word : joined) {
        Result<std::unique_ptr<StoredPostings>> list = reader.term(word);
        if (!list)
            return Status::failure(list.error());
        for (size_t b = 0; b < list.value()->blocks().size(); ++b)
            for (const Posting& p : list.value()->block(b)) {
                if (done.contains(p.doc))
                    continue;
                done.insert(p.doc);
                row.reset();
                row.bind(1, qint64(p.doc));
                const Result<bool> stepped = row.step();
                if (!stepped)
                    return Status::failure(stepped.error());
                if (!stepped.value())
                    continue;
                found.clear();
                for (int c = 0; c < int(std::size(kColumnWeights)); ++c) {
                    QByteArray previous;
                    const QByteArrayView utf8 = row.blobView(c);
                    m_tokenizer.tokens(QByteArray::fromRawData(utf8.data(), utf8.size()),
                                       [&](const QByteArray& token) {
                                           if (!previous.isNull() && m_pairWords.contains(previous) &&
                                               m_pairWords.contains(token) &&
                                               (joined.contains(previous) || joined.contains(token)))
                                               found[pairTerm(previous, token)] += kColumnWeights[c];
                                           previous = QByteArray(token.constData(), token.size());
                                       });
                }
                for (auto it = found.cbegin(); it != found.cend(); ++it)
                    gather(it.key(), {{p.doc, it.value(), p.length}, true});
            }
        if (list.value()->damaged())
            return Status::failure(Reader::damagedText(m_db->path()));
    }
    return writeChanges();
}

Status Writer::admitPairWords(const SqliteDatabase& db)
{
    Result<std::unique_ptr<Writer>> made = create(db);
    if (!made)
        return Status::failure(made.error());
    // The counts below are the tables': the runs folded into them first.
    if (Status s = made.value()->compactRuns(); !s)
        return s;
    const qint64 documents = scalar(db, "SELECT documents FROM search_totals");
    QSet<QByteArray> words;
    const Status read = forEachRow(
        db,
        "SELECT term FROM (SELECT term, count FROM search_blocks UNION ALL SELECT term, count FROM "
        "search_tails) WHERE term >= CAST('0' AS BLOB) GROUP BY term HAVING sum(count) >= ?1",
        [&](Statement& q) { q.bind(1, pairWordHolders(documents)); },
        [&](const Statement& row) { words.insert(row.blob(0)); });
    if (!read)
        return read;
    return made.value()->join(words); // held by enough modules already: no need to count again
}

Status Writer::foldRuns(const SqliteDatabase& db)
{
    Result<std::unique_ptr<Writer>> made = create(db);
    return made ? made.value()->compactRuns() : Status::failure(made.error());
}

void Writer::forgetTails()
{
    settle();
    if (m_changed.empty())
        m_terms.clear();
    else
        for (auto& entry : m_terms.entries())
            entry.value.tail.reset();
    m_tailsFor.reset();
    forgetRuns();
}

void Writer::forgetRuns()
{
    for (auto& entry : m_terms.entries()) {
        entry.value.lastDoc.reset();
        entry.value.runLast = 0;
    }
    m_knowsRuns = false;
    m_runCount = 0;
}

namespace {
// `indexes` into `entries` in the order of their terms. Sorted by each term's first 8 bytes, held
// beside it, first: comparing the terms themselves read each one behind its pointer (5 % of a flush).
template <typename Entries>
std::vector<quint32> sortedByTerm(const Entries& entries, const std::vector<quint32>& indexes)
{
    struct Key
    {
        quint64 head; // the term's first 8 bytes, big-endian: ordered as the bytes are
        quint32 index;
    };
    std::vector<Key> keys;
    keys.reserve(indexes.size());
    for (const quint32 i : indexes) {
        const QByteArray& term = entries[i].term;
        quint64 head = 0;
        for (qsizetype b = 0; b < 8; ++b)
            head = head << 8 | (b < term.size() ? quint8(term[b]) : 0);
        keys.push_back({head, i});
    }
    std::sort(keys.begin(), keys.end(), [&](const Key& a, const Key& b) {
        return a.head != b.head ? a.head < b.head : entries[a.index].term < entries[b.index].term;
    });
    std::vector<quint32> sorted;
    sorted.reserve(keys.size());
    for (const Key& k : keys)
        sorted.push_back(k.index);
    return sorted;
}
} // namespace

Status Writer::flush()
{
    settle();
    if (!m_failed) {
        const Status failed = m_failed;
        discard();
        return failed;
    }
    // The tails kept in memory hold while no other connection has committed since this one's last
    // flush (PRAGMA data_version counts those commits), and this one's own transactions committed
    // (ReplicaWriter::write calls forgetTails() when one did not).
    const qint64 version = scalar(*m_db, "PRAGMA data_version");
    if (m_tailsFor != version)
        forgetTails();
    m_tailsFor = version;
    // The words that may have become pair words: as the index passes 2^k modules, those this
    // transaction gave to a good share of its modules (half kPairShare: a margin, and a word missed
    // only makes its phrases slower, never wrong).
    const qint64 before = scalar(*m_db, "SELECT documents FROM search_totals");
    const qint64 after = before + m_delta.documents;
    QList<QByteArray> candidates;
    if (after >= kPairMinimum && m_delta.documents > 0 &&
        std::bit_width(quint64(std::max<qint64>(before, 0))) < std::bit_width(quint64(after)))
        for (const quint32 i : m_changed) {
            const auto& entry = m_terms.entries()[i];
            if (!entry.term.isEmpty() && quint8(entry.term[0]) > 0x03 && !m_pairWords.contains(entry.term) &&
                double(entry.value.changes.size()) >= kPairShare / 2 * double(m_delta.documents))
                candidates << entry.term;
        }
    if (Status s = writeChanges(); !s)
        return s;
    const Totals delta = m_delta;
    m_delta = {};
    if (delta.documents != 0 || delta.tokens != 0)
        if (Status s = run(*m_db, "UPDATE search_totals SET documents = documents + ?1, tokens = tokens + ?2",
                           [&](Statement& q) { q.bind(1, delta.documents).bind(2, delta.tokens); });
            !s) {
            discard();
            return s;
        }
    // admit() counts a word's postings in the tables: the runs folded into them first.
    Status admitted = candidates.isEmpty() ? success() : compactRuns();
    if (admitted && !candidates.isEmpty())
        admitted = admit(candidates, after);
    discard();
    if (m_terms.size() > kTermsKept) {
        m_terms.clear();
        forgetRuns();
    }
    return admitted;
}

// Every term's gathered changes written, in the order of the terms: those past every row the term
// holds into this flush's run, the others into its blocks.
Status Writer::writeChanges()
{
    const auto failed = [this](Status s) {
        discard();
        forgetTails();
        return s;
    };
    auto& entries = m_terms.entries();
    const std::vector<quint32> order = sortedByTerm(entries, m_changed);
    bool compact = m_hasRuns && (!m_knowsRuns || m_runCount >= kMaxRuns);
    for (const quint32 i : order) {
        std::vector<Change>& changes = entries[i].value.changes;
        // Row order (as a backfill has them already); of several changes to one row, the last.
        const auto byDoc = [](const Change& a, const Change& b) { return a.posting.doc < b.posting.doc; };
        if (!std::is_sorted(changes.begin(), changes.end(), byDoc))
            std::stable_sort(changes.begin(), changes.end(), byDoc);
        auto kept = changes.begin(); // in place: one change per row, the last
        for (auto c = changes.begin(); c != changes.end(); ++c) {
            if (kept != changes.begin() && std::prev(kept)->posting.doc == c->posting.doc)
                *std::prev(kept) = *c;
            else
                *kept++ = *c;
        }
        changes.erase(kept, changes.end());
        // A change among the rows of a run: the runs are folded into the blocks first.
        if (entries[i].value.runLast != 0 && changes.front().posting.doc <= entries[i].value.runLast)
            compact = true;
    }
    if (compact)
        if (Status s = compactRuns(); !s)
            return failed(s);
    QByteArray chunk, chunkFirst;
    bool wroteRun = false;
    std::vector<Posting> appended;
    for (const quint32 i : order) {
        const QByteArray& term = entries[i].term;
        Term& value = entries[i].value;
        std::vector<Change>& changes = value.changes;
        if (m_hasRuns && !value.lastDoc) { // only runs need it
            const Result<quint32> last = lastDocOf(term);
            if (!last)
                return failed(Status::failure(last.error()));
            value.lastDoc = last.value();
        }
        // Past every row the term holds: this flush's run (a removal there has nothing to remove).
        const quint32 after =
            m_hasRuns ? std::max(*value.lastDoc, value.runLast) : std::numeric_limits<quint32>::max();
        const auto past = std::upper_bound(changes.begin(), changes.end(), after,
                                           [](quint32 doc, const Change& c) { return doc < c.posting.doc; });
        appended.clear();
        for (auto c = past; c != changes.end(); ++c)
            if (c->present)
                appended.push_back(c->posting);
        // A term with a block's worth of them (one of the few common words, which hold most of the
        // postings) and none in the runs has them appended to its tail as before: one row of ~400 a
        // flush, and its lists, the longest a search reads, stay whole blocks with stored headers.
        const bool inRun = !appended.empty() && (appended.size() < block::kTarget || value.runLast != 0);
        const auto inPlace = inRun ? past : changes.end();
        if (inPlace != changes.begin()) {
            const Status s = inPlace == changes.end()
                                 ? flushTerm(term, changes, value.tail)
                                 : flushTerm(term, std::vector<Change>(changes.begin(), inPlace), value.tail);
            if (!s)
                return failed(s);
            rememberLastDoc(value);
        }
        changes.clear();
        if (!inRun)
            continue;
        for (size_t from = 0; from < appended.size(); from += block::kTarget) {
            const auto begin = appended.begin() + static_cast<std::ptrdiff_t>(from);
            const auto end = appended.begin() +
                             static_cast<std::ptrdiff_t>(std::min(appended.size(), from + block::kTarget));
            if (chunk.isEmpty())
                chunkFirst = term;
            block::appendEntry(chunk, term, block::encode(std::vector<Posting>(begin, end)));
        }
        value.runLast = appended.back().doc;
        if (chunk.size() >= kChunkBytes) {
            if (Status s = writeChunk(chunkFirst, chunk); !s)
                return failed(s);
            chunk.clear();
            wroteRun = true;
        }
    }
    if (!chunk.isEmpty()) {
        if (Status s = writeChunk(chunkFirst, chunk); !s)
            return failed(s);
        wroteRun = true;
    }
    if (wroteRun)
        ++m_runCount;
    m_changed.clear();
    return success();
}

// After flushTerm: the term's last row is its tail's when that is known, else read when next needed.
void Writer::rememberLastDoc(Term& value)
{
    value.lastDoc.reset();
    if (value.tail)
        value.lastDoc = value.tail->postings.back().doc;
}

Status Writer::writeChunk(const QByteArray& firstTerm, const QByteArray& entries)
{
    return run(*m_db, "INSERT INTO search_runs(run, first_term, entries) VALUES(?1, ?2, ?3)",
               [&](Statement& q) { q.bind(1, m_runCount).bind(2, firstTerm).bind(3, entries); });
}

Result<quint32> Writer::lastDocOf(const QByteArray& term) const
{
    const Result<std::optional<Statement>> row = firstRow(
        *m_db,
        "SELECT max(last_doc) FROM (SELECT last_doc FROM search_tails WHERE term = ?1 UNION ALL SELECT * "
        "FROM (SELECT last_doc FROM search_blocks WHERE term = ?1 ORDER BY first_doc DESC LIMIT 1))",
        [&](Statement& q) { q.bind(1, term); });
    if (!row)
        return Result<quint32>::failure(row.error());
    return row.value() ? static_cast<quint32>(row.value()->integer(0)) : 0u;
}

Status Writer::compactRuns()
{
    if (!m_hasRuns)
        return success();
    // Each term's postings in the runs, in the runs' order: rows rise within a term from one run to
    // the next, and every one is past the rows of the term's blocks (writeChanges put it there so).
    std::map<QByteArray, std::vector<Change>> byTerm;
    bool damaged = false;
    const Status read = forEachRow(
        *m_db, "SELECT entries FROM search_runs ORDER BY run, first_term", {}, [&](const Statement& row) {
            damaged = !block::forEachEntry(row.blobView(0), [&](QByteArrayView term, QByteArrayView bytes) {
                std::vector<Change>& into = byTerm[term.toByteArray()];
                const std::optional<std::vector<Posting>> postings = block::decode(bytes);
                if (!postings || (!into.empty() && postings->front().doc <= into.back().posting.doc)) {
                    damaged = true;
                    return false;
                }
                for (const Posting& p : *postings)
                    into.push_back({p, true});
                return true;
            }) || damaged;
        });
    if (!read)
        return read;
    if (damaged)
        return Status::failure(Reader::damagedText(m_db->path()));
    for (auto& [term, changes] : byTerm) {
        Term& value = m_terms[term].value;
        if (Status s = flushTerm(term, changes, value.tail); !s)
            return s;
        rememberLastDoc(value);
    }
    if (Status s = run(*m_db, "DELETE FROM search_runs"); !s)
        return s;
    for (auto& entry : m_terms.entries())
        entry.value.runLast = 0;
    m_runCount = 0;
    m_knowsRuns = true;
    return success();
}

namespace {
using Changes = std::vector<Writer::Change>;

// A block's postings with the changes of [from, to) applied, both in row order.
std::vector<Posting> merged(const std::vector<Posting>& postings, Changes::const_iterator from,
                            Changes::const_iterator to)
{
    std::vector<Posting> out;
    out.reserve(postings.size() + static_cast<size_t>(std::distance(from, to)));
    auto p = postings.begin();
    for (; from != to; ++from) {
        while (p != postings.end() && p->doc < from->posting.doc)
            out.push_back(*p++);
        if (p != postings.end() && p->doc == from->posting.doc)
            ++p; // replaced or removed
        if (from->present)
            out.push_back(from->posting);
    }
    out.insert(out.end(), p, postings.end());
    return out;
}

struct StoredBlock
{
    quint32 firstDoc = 0;
    std::vector<Posting> postings;
    bool inBlocks = true; // a row of search_blocks (else of search_tails)
};

// The first row of `sql` as a block (first_doc, postings); nullopt when there is none.
Result<std::optional<StoredBlock>> storedBlock(const SqliteDatabase& db, const char* sql, const Binder& bind)
{
    using R = Result<std::optional<StoredBlock>>;
    const Result<std::optional<Statement>> row = firstRow(db, sql, bind);
    if (!row)
        return R::failure(row.error());
    if (!row.value())
        return std::optional<StoredBlock>();
    std::optional<std::vector<Posting>> postings = block::decode(row.value()->blob(1));
    if (!postings)
        return R::failure(Reader::damagedText(db.path()));
    return std::optional<StoredBlock>(
        StoredBlock{static_cast<quint32>(row.value()->integer(0)), std::move(*postings)});
}
} // namespace

Status Writer::deleteBlock(const QByteArray& term, quint32 firstDoc)
{
    return run(*m_db, "DELETE FROM search_blocks WHERE term = ?1 AND first_doc = ?2",
               [&](Statement& q) { q.bind(1, term).bind(2, qint64(firstDoc)); });
}

// `postings` as blocks of at most `limit` (one block), or, when more, of block::kTarget each; with
// `tail`, the last of them is the term's tail. Returns the last block written.
Result<std::vector<Posting>>
Writer::insertBlocks(const QByteArray& term, const std::vector<Posting>& postings, size_t limit, bool tail)
{
    using R = Result<std::vector<Posting>>;
    const size_t piece = postings.size() <= limit ? std::max<size_t>(1, postings.size()) : block::kTarget;
    std::vector<Posting> part;
    for (size_t start = 0; start < postings.size(); start += piece) {
        const size_t end = std::min(postings.size(), start + piece);
        part.assign(postings.begin() + static_cast<std::ptrdiff_t>(start),
                    postings.begin() + static_cast<std::ptrdiff_t>(end));
        if (Status s = writeBlock(term, part, tail && end == postings.size()); !s)
            return R::failure(s.error());
    }
    return part;
}

// One block: inserted among the term's blocks, or (`tail`) written as its last, over the one before.
Status Writer::writeBlock(const QByteArray& term, const std::vector<Posting>& postings, bool tail)
{
    const ranking::BlockHeader h = ranking::headerOf(postings);
    return run(
        *m_db,
        tail ? "INSERT OR REPLACE INTO search_tails(term, last_doc, first_doc, count, max_f, min_length, "
               "postings, impacts) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
             : "INSERT INTO search_blocks(term, last_doc, first_doc, count, max_f, min_length, "
               "postings, impacts) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        [&](Statement& q) {
            q.bind(1, term)
                .bind(2, qint64(h.lastDoc))
                .bind(3, qint64(h.firstDoc))
                .bind(4, qint64(postings.size()))
                .bind(5, qint64(h.maxF))
                .bind(6, qint64(h.minLength))
                .bind(7, block::encode(postings))
                .bind(8, block::encodeImpacts(h));
        });
}

// Blocks are keyed by their first row and never overlap. A change before the term's last block goes
// into the block that starts at or before its row (the first block, when none does): that block is
// read, changed and written again, cut in blocks of kTarget when it grew past kMaxPostings. Every
// change from the last block's first row on goes into the last block (the tail): new modules have
// the highest rows, so a backfill only ever appends there. The tail of each term is also kept in
// memory between flushes (Term::tail), so an append writes one row and reads none.
Status Writer::flushTerm(const QByteArray& term, const std::vector<Change>& changes,
                         std::optional<Tail>& cached)
{
    using R = Result<std::optional<StoredBlock>>;
    std::optional<StoredBlock> tail;
    if (cached) {
        // Moved out: the tail is cached again below as it is written.
        tail = StoredBlock{cached->firstDoc, std::move(cached->postings), false}; // cached: in search_tails
        cached.reset();
    } else {
        // A term may have no row in search_tails (its tail emptied): its last block serves, and is
        // moved there when written.
        R stored = storedBlock(*m_db, "SELECT first_doc, postings FROM search_tails WHERE term = ?1",
                               [&](Statement& q) { q.bind(1, term); });
        if (stored && stored.value())
            stored = std::optional<StoredBlock>(
                StoredBlock{stored.value()->firstDoc, stored.value()->postings, false});
        else if (stored)
            stored = storedBlock(*m_db,
                                 "SELECT first_doc, postings FROM search_blocks WHERE term = ?1 "
                                 "ORDER BY first_doc DESC LIMIT 1",
                                 [&](Statement& q) { q.bind(1, term); });
        if (!stored)
            return Status::failure(stored.error());
        tail = std::move(stored).value();
    }
    auto it = changes.begin();
    // Before the tail: the blocks in the middle.
    while (it != changes.end() && tail && it->posting.doc < tail->firstDoc) {
        R at =
            storedBlock(*m_db,
                        "SELECT first_doc, postings FROM search_blocks WHERE term = ?1 AND first_doc <= ?2 "
                        "ORDER BY first_doc DESC LIMIT 1",
                        [&](Statement& q) { q.bind(1, term).bind(2, qint64(it->posting.doc)); });
        if (at && !at.value())
            at = storedBlock(*m_db,
                             "SELECT first_doc, postings FROM search_blocks WHERE term = ?1 "
                             "ORDER BY first_doc LIMIT 1",
                             [&](Statement& q) { q.bind(1, term); });
        if (!at)
            return Status::failure(at.error());
        if (!at.value() || at.value()->firstDoc == tail->firstDoc)
            break; // the tail itself: below
        const Result<std::optional<Statement>> next =
            firstRow(*m_db,
                     "SELECT first_doc FROM search_blocks WHERE term = ?1 AND first_doc > ?2 "
                     "ORDER BY first_doc LIMIT 1",
                     [&](Statement& q) { q.bind(1, term).bind(2, qint64(at.value()->firstDoc)); });
        if (!next)
            return Status::failure(next.error());
        const quint32 nextFirst =
            next.value() ? static_cast<quint32>(next.value()->integer(0)) : tail->firstDoc;
        const auto stop = std::lower_bound(it, changes.end(), nextFirst,
                                           [](const Change& c, quint32 doc) { return c.posting.doc < doc; });
        const std::vector<Posting> now = merged(at.value()->postings, it, stop);
        it = stop;
        if (Status s = deleteBlock(term, at.value()->firstDoc); !s)
            return s;
        if (!now.empty())
            if (Result<std::vector<Posting>> w = insertBlocks(term, now, block::kMaxPostings, false); !w)
                return Status::failure(w.error());
    }
    if (it == changes.end()) {
        if (tail && !tail->inBlocks) // unchanged: kept for the next flush
            cached = Tail{tail->firstDoc, std::move(tail->postings)};
        return success();
    }
    // From the tail's first row on (or every change, for a term new to the index): the tail, written
    // over the one before (a block taken as the tail leaves search_blocks).
    std::vector<Posting> now = merged(tail ? tail->postings : std::vector<Posting>(), it, changes.end());
    if (tail && tail->inBlocks)
        if (Status s = deleteBlock(term, tail->firstDoc); !s)
            return s;
    if (now.empty()) {
        if (tail && !tail->inBlocks)
            if (Status s = run(*m_db, "DELETE FROM search_tails WHERE term = ?1",
                               [&](Statement& q) { q.bind(1, term); });
                !s)
                return s;
        return success(); // the next flush reads what is now the last block
    }
    Result<std::vector<Posting>> last = insertBlocks(term, now, block::kTarget, true);
    if (!last)
        return Status::failure(last.error());
    const quint32 first = last.value().front().doc;
    cached = Tail{first, std::move(last).value()};
    return success();
}

Status Writer::clear()
{
    discard();
    forgetTails();
    for (const char* sql : {"DELETE FROM search_blocks", "DELETE FROM search_tails"})
        if (Status s = run(*m_db, sql); !s)
            return s;
    if (m_hasRuns)
        if (Status s = run(*m_db, "DELETE FROM search_runs"); !s)
            return s;
    return run(*m_db, "UPDATE search_totals SET documents = 0, tokens = 0");
}

Status Writer::rebuild(const SqliteDatabase& db)
{
    Result<std::unique_ptr<Writer>> made = create(db);
    if (!made)
        return Status::failure(made.error());
    Writer& writer = *made.value();
    if (Status s = writer.clear(); !s)
        return s;
    // Flushed every so many rows: the changes of a million modules do not fit in memory at once.
    constexpr int kRowsPerFlush = 20000;
    int pending = 0;
    Status flushed = success();
    const Status read =
        forEachRow(db,
                   "SELECT rowid, key, name, description, tags, author, entrypoint, custom_text FROM modules "
                   "WHERE name IS NOT NULL ORDER BY rowid",
                   {}, [&](const Statement& row) {
                       if (!flushed)
                           return;
                       writer.add({row.integer(0), row.blob(1), row.text(2), row.text(3), row.text(4),
                                   row.text(5), row.text(6), row.text(7)});
                       if (++pending == kRowsPerFlush) {
                           flushed = writer.flush();
                           pending = 0;
                       }
                   });
    if (!read)
        return read;
    if (!flushed)
        return flushed;
    return writer.flush();
}

// ---- Reader

const std::vector<Posting>& StoredPostings::block(size_t index) const
{
    static const std::vector<Posting> kNone;
    std::optional<std::vector<Posting>>& cached = m_blocks[index];
    if (cached)
        return *cached;
    const ranking::BlockHeader& h = m_headers[index];
    const qsizetype start = index == 0 ? 0 : m_ends[index - 1];
    std::optional<std::vector<Posting>> decoded =
        block::decode(QByteArrayView(m_bytes).sliced(start, m_ends[index] - start));
    // The header must describe the postings: the scorer's bounds come from it.
    if (!decoded || decoded->front().doc != h.firstDoc || decoded->back().doc != h.lastDoc ||
        !block::bounds(h, *decoded)) {
        m_damaged = true;
        return kNone;
    }
    cached = std::move(decoded);
    return *cached;
}

Reader::Reader(const SqliteDatabase& db)
    : m_db(&db)
    , m_hasRuns(hasRuns(db))
{}

Result<std::vector<qint64>> Reader::runNumbers() const
{
    using R = Result<std::vector<qint64>>;
    if (!m_hasRuns)
        return std::vector<qint64>();
    const Result<std::optional<Statement>> row =
        firstRow(*m_db, "SELECT min(run), max(run) FROM search_runs");
    if (!row)
        return R::failure(row.error());
    std::vector<qint64> numbers;
    // Runs are numbered one after the other from the last fold: a few, never a gap worth a query.
    for (qint64 r = row.value() && !row.value()->isNull(0) ? row.value()->integer(0) : 1;
         row.value() && !row.value()->isNull(0) && r <= row.value()->integer(1); ++r)
        numbers.push_back(r);
    return numbers;
}

Result<Totals> Reader::totals() const
{
    const Result<std::optional<Statement>> row =
        firstRow(*m_db, "SELECT documents, tokens FROM search_totals");
    if (!row)
        return Result<Totals>::failure(row.error());
    return row.value() ? Totals{row.value()->integer(0), row.value()->integer(1)} : Totals{};
}

Result<double> Reader::density(const QByteArray& term, qint64 row) const
{
    const Result<std::optional<Statement>> block = firstRow(
        *m_db,
        "SELECT count, first_doc, last_doc FROM (SELECT * FROM (SELECT count, first_doc, last_doc FROM "
        "search_blocks WHERE term = ?1 AND first_doc <= ?2 ORDER BY first_doc DESC LIMIT 1) UNION ALL "
        "SELECT * FROM (SELECT count, first_doc, last_doc FROM search_blocks WHERE term = ?1 AND "
        "first_doc > ?2 ORDER BY first_doc LIMIT 1) UNION ALL "
        "SELECT count, first_doc, last_doc FROM search_tails WHERE term = ?1) ORDER BY count DESC LIMIT 1",
        [&](Statement& q) {
            q.bind(1, term);
            q.bind(2, row);
        });
    if (!block)
        return Result<double>::failure(block.error());
    if (!block.value()) {
        // None in the tables: a term new since the runs were last folded may be in them.
        if (!m_hasRuns)
            return 0.0;
        const Result<std::unique_ptr<StoredPostings>> inRuns = this->term(term);
        if (!inRuns)
            return Result<double>::failure(inRuns.error());
        if (!inRuns.value() || inRuns.value()->blocks().empty())
            return 0.0;
        const auto& headers = inRuns.value()->blocks();
        return double(inRuns.value()->documentCount()) /
               double(std::max<qint64>(1, qint64(headers.back().lastDoc) - qint64(headers.front().firstDoc) +
                                              1));
    }
    const Statement& b = *block.value();
    return double(b.integer(0)) / double(std::max<qint64>(1, b.integer(2) - b.integer(1) + 1));
}

Result<std::unique_ptr<StoredPostings>> Reader::term(const QByteArray& term) const
{
    auto postings = std::make_unique<StoredPostings>();
    // Its blocks in order, then its tail, the last (or none: then the last block is).
    for (const char* sql :
         {"SELECT first_doc, last_doc, max_f, min_length, count, impacts, postings FROM search_blocks "
          "WHERE term = ?1 ORDER BY first_doc",
          "SELECT first_doc, last_doc, max_f, min_length, count, impacts, postings FROM search_tails "
          "WHERE term = ?1"})
        if (Status read = forEachRow(
                *m_db, sql, [&](Statement& q) { q.bind(1, term); },
                [&](const Statement& row) {
                    ranking::BlockHeader h{
                        static_cast<quint32>(row.integer(0)), static_cast<quint32>(row.integer(1)),
                        static_cast<quint32>(row.integer(2)), static_cast<quint32>(row.integer(3))};
                    // Without impacts (or with damaged ones) the header bounds by (max_f, min_length),
                    // which block() checks as well.
                    if (!row.isNull(5) && !block::decodeImpacts(row.blobView(5), h))
                        h.impactCount = 0;
                    // The scorer walks blocks in order: one that starts inside the one before is damage.
                    if (!postings->m_headers.empty() && h.firstDoc <= postings->m_headers.back().lastDoc)
                        postings->m_damaged = true;
                    postings->m_headers.push_back(h);
                    postings->m_bytes.append(row.blobView(6));
                    postings->m_ends.push_back(postings->m_bytes.size());
                    postings->m_count += static_cast<quint64>(row.integer(4));
                });
            !read)
            return Result<std::unique_ptr<StoredPostings>>::failure(read.error());
    // Then its postings in each run, in the runs' order: in the chunk of the run that holds it.
    const Result<std::vector<qint64>> runs = runNumbers();
    if (!runs)
        return Result<std::unique_ptr<StoredPostings>>::failure(runs.error());
    for (const qint64 r : runs.value()) {
        const Result<std::optional<Statement>> chunk =
            firstRow(*m_db,
                     "SELECT entries FROM search_runs WHERE run = ?1 AND first_term <= ?2 "
                     "ORDER BY first_term DESC LIMIT 1",
                     [&](Statement& q) { q.bind(1, r).bind(2, term); });
        if (!chunk)
            return Result<std::unique_ptr<StoredPostings>>::failure(chunk.error());
        if (!chunk.value())
            continue;
        const bool whole =
            block::forEachEntry(chunk.value()->blobView(0), [&](QByteArrayView t, QByteArrayView bytes) {
                if (t != term)
                    return t < term;
                const std::optional<std::vector<Posting>> decoded = block::decode(bytes);
                if (!decoded) {
                    postings->m_damaged = true;
                    return false;
                }
                const ranking::BlockHeader h = ranking::headerOf(*decoded);
                if (!postings->m_headers.empty() && h.firstDoc <= postings->m_headers.back().lastDoc)
                    postings->m_damaged = true;
                postings->m_headers.push_back(h);
                postings->m_bytes.append(bytes);
                postings->m_ends.push_back(postings->m_bytes.size());
                postings->m_count += decoded->size();
                return true;
            });
        postings->m_damaged = postings->m_damaged || !whole;
    }
    postings->m_blocks.resize(postings->m_headers.size());
    return postings;
}

Result<bool> Reader::isPair(const QByteArray& first, const QByteArray& second) const
{
    const Result<std::optional<Statement>> row =
        firstRow(*m_db, "SELECT count(*) FROM search_pair_words WHERE word IN (?1, ?2)",
                 [&](Statement& q) { q.bind(1, first).bind(2, second); });
    if (!row)
        return Result<bool>::failure(row.error());
    return row.value() && row.value()->integer(0) == (first == second ? 1 : 2);
}

Result<std::unique_ptr<ranking::BlockedPostings>> Reader::prefix(const QByteArray& prefix) const
{
    using R = Result<std::unique_ptr<ranking::BlockedPostings>>;
    // The terms from `prefix` up to, not including, the prefix with its last byte one higher. Terms
    // are UTF-8 (after a \x01 or \x02 for tags and key types), where 0xff never occurs.
    if (prefix.isEmpty() || static_cast<unsigned char>(prefix.back()) == 0xff)
        return std::make_unique<ranking::BlockedPostings>(std::vector<Posting>(), block::kTarget);
    QByteArray end = prefix;
    end.back() = static_cast<char>(static_cast<unsigned char>(end.back()) + 1);
    // Each expansion's encoded blocks in its order: its blocks, its tail, then its entries in each
    // run. Copied into one buffer as read (offset, size), decoded only as the merge reaches them.
    QByteArray bytes;
    std::vector<std::vector<std::pair<qsizetype, qsizetype>>> expansions;
    QHash<QByteArray, size_t> expansionOf;
    QByteArray lastTerm;
    size_t current = 0;
    const auto add = [&](QByteArrayView term, QByteArrayView block) {
        if (expansions.empty() || term != QByteArrayView(lastTerm)) {
            lastTerm = term.toByteArray();
            auto at = expansionOf.constFind(lastTerm);
            if (at == expansionOf.constEnd()) {
                at = expansionOf.insert(lastTerm, expansions.size());
                expansions.emplace_back();
            }
            current = *at;
        }
        expansions[current].emplace_back(bytes.size(), block.size());
        bytes.append(block);
    };
    for (const char* sql :
         {"SELECT postings, term FROM search_blocks WHERE term >= ?1 AND term < ?2 "
          "ORDER BY term, first_doc",
          "SELECT postings, term FROM search_tails WHERE term >= ?1 AND term < ?2 ORDER BY term"})
        if (Status read = forEachRow(
                *m_db, sql, [&](Statement& q) { q.bind(1, prefix).bind(2, end); },
                [&](const Statement& row) { add(row.blobView(1), row.blobView(0)); });
            !read)
            return R::failure(read.error());
    const Result<std::vector<qint64>> runs = runNumbers();
    if (!runs)
        return R::failure(runs.error());
    bool damaged = false;
    for (const qint64 r : runs.value()) {
        // From the chunk that holds the prefix's start to the last that starts before its end.
        if (Status read = forEachRow(
                *m_db,
                "SELECT entries FROM search_runs WHERE run = ?1 AND first_term >= coalesce((SELECT "
                "max(first_term) FROM search_runs WHERE run = ?1 AND first_term <= ?2), x'') AND "
                "first_term < ?3 ORDER BY first_term",
                [&](Statement& q) { q.bind(1, r).bind(2, prefix).bind(3, end); },
                [&](const Statement& row) {
                    damaged = !block::forEachEntry(row.blobView(0), [&](QByteArrayView t, QByteArrayView b) {
                        if (t >= QByteArrayView(prefix) && t < QByteArrayView(end))
                            add(t, b);
                        return t < QByteArrayView(end);
                    }) || damaged;
                });
            !read)
            return R::failure(read.error());
    }
    std::vector<block::Source> sources;
    sources.reserve(expansions.size());
    for (const auto& spans : expansions) {
        std::vector<QByteArrayView> blocks;
        blocks.reserve(spans.size());
        for (const auto& [offset, size] : spans)
            blocks.push_back(QByteArrayView(bytes).sliced(offset, size));
        sources.emplace_back(std::move(blocks));
    }
    std::vector<ranking::PostingSource*> reading;
    for (block::Source& source : sources)
        reading.push_back(&source);
    std::optional<ranking::BlockedPostings> merged = ranking::mergedPostings(reading, block::kTarget);
    if (damaged || !merged)
        return R::failure(damagedText(m_db->path()));
    return std::make_unique<ranking::BlockedPostings>(std::move(*merged));
}

} // namespace modreg::search
