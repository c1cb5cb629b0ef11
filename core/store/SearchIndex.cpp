#include "store/SearchIndex.h"

#include "store/PostingBlock.h"
#include "store/ReplicaSql.h"

#include <QHash>
#include <limits>

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

// ---- Writer

Result<std::unique_ptr<Writer>> Writer::create(const SqliteDatabase& db)
{
    Result<SearchTokenizer> tokenizer = SearchTokenizer::create(db.handle());
    if (!tokenizer)
        return Result<std::unique_ptr<Writer>>::failure(tokenizer.error());
    return std::unique_ptr<Writer>(new Writer(db, std::move(tokenizer).value()));
}

Writer::Writer(const SqliteDatabase& db, SearchTokenizer tokenizer)
    : m_db(&db)
    , m_tokenizer(std::move(tokenizer))
{}

void Writer::add(const IndexedText& text)
{
    change(text, true);
}

void Writer::remove(const IndexedText& text)
{
    change(text, false);
}

void Writer::change(const IndexedText& text, bool add)
{
    if (!text.indexed() || text.rowid <= 0 || text.rowid > std::numeric_limits<quint32>::max())
        return;
    const auto doc = static_cast<quint32>(text.rowid);
    QHash<QByteArray, quint32> frequencies;
    quint32 length = 0;
    const QString* columns[] = {&text.name,   &text.description, &text.tags,
                                &text.author, &text.entrypoint,  &text.customText};
    for (size_t c = 0; c < std::size(columns); ++c)
        m_tokenizer.tokens(columns[c]->toUtf8(), [&](const QByteArray& token) {
            frequencies[QByteArray(token.constData(), token.size())] += kColumnWeights[c];
            ++length;
        });
    const auto set = [&](const QByteArray& term, quint32 f) { m_changes[term].push_back({{doc, f, length}, add}); };
    for (auto it = frequencies.cbegin(); it != frequencies.cend(); ++it)
        set(it.key(), it.value());
    for (const QString& tag : text.tags.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        set(tagTerm(tag), 1);
    set(keyTypeTerm(text.key.size()), 1);
    const qint64 sign = add ? 1 : -1;
    m_delta.documents += sign;
    m_delta.tokens += sign * length;
}

void Writer::discard()
{
    m_changes.clear();
    m_delta = {};
}

Status Writer::flush()
{
    // Terms in their order in the index: the blocks written one after another sit on pages near each
    // other, as FTS5 writes a segment.
    QList<QByteArray> terms = m_changes.keys();
    std::sort(terms.begin(), terms.end());
    for (const QByteArray& term : terms) {
        std::vector<Change>& changes = m_changes[term];
        // Row order; of several changes to one row, the last.
        std::stable_sort(changes.begin(), changes.end(),
                         [](const Change& a, const Change& b) { return a.posting.doc < b.posting.doc; });
        std::vector<Change> last;
        last.reserve(changes.size());
        for (const Change& c : changes) {
            if (!last.empty() && last.back().posting.doc == c.posting.doc)
                last.back() = c;
            else
                last.push_back(c);
        }
        if (Status s = flushTerm(term, last); !s) {
            discard();
            return s;
        }
    }
    const Totals delta = m_delta;
    discard();
    if (delta.documents == 0 && delta.tokens == 0)
        return success();
    return run(*m_db, "UPDATE search_totals SET documents = documents + ?1, tokens = tokens + ?2",
               [&](Statement& q) { q.bind(1, delta.documents).bind(2, delta.tokens); });
}

namespace {
struct StoredBlock
{
    quint32 lastDoc = 0;
    QByteArray postings;
};

Result<std::optional<StoredBlock>> storedBlock(const SqliteDatabase& db, const char* sql, const Binder& bind)
{
    const Result<std::optional<Statement>> row = firstRow(db, sql, bind);
    if (!row)
        return Result<std::optional<StoredBlock>>::failure(row.error());
    if (!row.value())
        return std::optional<StoredBlock>();
    return std::optional<StoredBlock>(
        StoredBlock{static_cast<quint32>(row.value()->integer(0)), row.value()->blob(1)});
}
} // namespace

// The changes fall into blocks by row: each block that holds one of them is read, changed and written
// again, and whatever lies past the last block is appended to it. A block grown past
// block::kMaxPostings (or, at the end, past kTarget) is cut into blocks of kTarget; one left empty is
// deleted. Blocks never overlap, so a row's posting has exactly one place.
Status Writer::flushTerm(const QByteArray& term, const std::vector<Change>& changes)
{
    using R = Result<std::optional<StoredBlock>>;
    const R last = storedBlock(*m_db,
                               "SELECT last_doc, postings FROM search_blocks WHERE term = ?1 "
                               "ORDER BY last_doc DESC LIMIT 1",
                               [&](Statement& q) { q.bind(1, term); });
    if (!last)
        return Status::failure(last.error());
    auto it = changes.begin();
    while (it != changes.end()) {
        const bool tail = !last.value() || it->posting.doc > last.value()->lastDoc;
        const R at = tail ? last
                          : storedBlock(*m_db,
                                        "SELECT last_doc, postings FROM search_blocks WHERE term = ?1 AND "
                                        "last_doc >= ?2 ORDER BY last_doc LIMIT 1",
                                        [&](Statement& q) { q.bind(1, term).bind(2, qint64(it->posting.doc)); });
        if (!at)
            return Status::failure(at.error());
        const bool atEnd = tail || at.value()->lastDoc == last.value()->lastDoc;
        const quint32 blockEnd = at.value() ? at.value()->lastDoc : 0;
        const auto stop = atEnd ? changes.end()
                                : std::upper_bound(it, changes.end(), blockEnd, [](quint32 doc, const Change& c) {
                                      return doc < c.posting.doc;
                                  });
        std::vector<Posting> postings;
        if (at.value()) {
            std::optional<std::vector<Posting>> stored = block::decode(at.value()->postings);
            if (!stored)
                return Status::failure(Reader::damagedText(m_db->path()));
            postings = std::move(*stored);
        }
        // The block's postings and the changes, both in row order, merged.
        std::vector<Posting> merged;
        merged.reserve(postings.size() + static_cast<size_t>(std::distance(it, stop)));
        auto p = postings.begin();
        for (; it != stop; ++it) {
            while (p != postings.end() && p->doc < it->posting.doc)
                merged.push_back(*p++);
            if (p != postings.end() && p->doc == it->posting.doc)
                ++p; // replaced or removed
            if (it->present)
                merged.push_back(it->posting);
        }
        merged.insert(merged.end(), p, postings.end());
        if (at.value())
            if (Status s = run(*m_db, "DELETE FROM search_blocks WHERE term = ?1 AND last_doc = ?2",
                               [&](Statement& q) { q.bind(1, term).bind(2, qint64(at.value()->lastDoc)); });
                !s)
                return s;
        const size_t limit = atEnd ? block::kTarget : block::kMaxPostings;
        const size_t piece = merged.size() <= limit ? std::max<size_t>(1, merged.size()) : block::kTarget;
        for (size_t start = 0; start < merged.size(); start += piece) {
            const std::vector<Posting> part(merged.begin() + static_cast<std::ptrdiff_t>(start),
                                            merged.begin() + static_cast<std::ptrdiff_t>(
                                                                 std::min(merged.size(), start + piece)));
            const ranking::BlockHeader h = ranking::headerOf(part);
            if (Status s = run(*m_db,
                               "INSERT INTO search_blocks(term, last_doc, first_doc, count, max_f, "
                               "min_length, postings) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                               [&](Statement& q) {
                                   q.bind(1, term)
                                       .bind(2, qint64(h.lastDoc))
                                       .bind(3, qint64(h.firstDoc))
                                       .bind(4, qint64(part.size()))
                                       .bind(5, qint64(h.maxF))
                                       .bind(6, qint64(h.minLength))
                                       .bind(7, block::encode(part));
                               });
                !s)
                return s;
        }
    }
    return success();
}

Status Writer::clear()
{
    discard();
    if (Status s = run(*m_db, "DELETE FROM search_blocks"); !s)
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
    const Status read = forEachRow(
        db,
        "SELECT rowid, key, name, description, tags, author, entrypoint, custom_text FROM modules "
        "WHERE name IS NOT NULL ORDER BY rowid",
        {}, [&](const Statement& row) {
            if (!flushed)
                return;
            writer.add({row.integer(0), row.blob(1), row.text(2), row.text(3), row.text(4), row.text(5),
                        row.text(6), row.text(7)});
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
    const Result<std::optional<Statement>> row =
        firstRow(*m_db, "SELECT postings FROM search_blocks WHERE term = ?1 AND last_doc = ?2",
                 [&](Statement& q) { q.bind(1, m_term).bind(2, qint64(h.lastDoc)); });
    std::optional<std::vector<Posting>> decoded;
    if (row && row.value())
        decoded = block::decode(row.value()->blob(0));
    // The header must describe the postings: the scorer's bounds come from it.
    const std::optional<ranking::BlockHeader> actual =
        decoded ? std::optional(ranking::headerOf(*decoded)) : std::nullopt;
    if (!actual || actual->firstDoc != h.firstDoc || actual->lastDoc != h.lastDoc || actual->maxF > h.maxF ||
        actual->minLength < h.minLength) {
        m_damaged = true;
        return kNone;
    }
    cached = std::move(decoded);
    return *cached;
}

Reader::Reader(const SqliteDatabase& db)
    : m_db(&db)
{}

Result<Totals> Reader::totals() const
{
    const Result<std::optional<Statement>> row = firstRow(*m_db, "SELECT documents, tokens FROM search_totals");
    if (!row)
        return Result<Totals>::failure(row.error());
    return row.value() ? Totals{row.value()->integer(0), row.value()->integer(1)} : Totals{};
}

Result<std::unique_ptr<StoredPostings>> Reader::term(const QByteArray& term) const
{
    auto postings = std::make_unique<StoredPostings>();
    postings->m_db = m_db;
    postings->m_term = term;
    if (Status read = forEachRow(
            *m_db,
            "SELECT first_doc, last_doc, max_f, min_length, count FROM search_blocks WHERE term = ?1 "
            "ORDER BY last_doc",
            [&](Statement& q) { q.bind(1, term); },
            [&](const Statement& row) {
                postings->m_headers.push_back({static_cast<quint32>(row.integer(0)),
                                               static_cast<quint32>(row.integer(1)),
                                               static_cast<quint32>(row.integer(2)),
                                               static_cast<quint32>(row.integer(3))});
                postings->m_count += static_cast<quint64>(row.integer(4));
            });
        !read)
        return Result<std::unique_ptr<StoredPostings>>::failure(read.error());
    postings->m_blocks.resize(postings->m_headers.size());
    return postings;
}

Result<std::unique_ptr<ranking::BlockedPostings>> Reader::prefix(const QByteArray& prefix) const
{
    using R = Result<std::unique_ptr<ranking::BlockedPostings>>;
    // The terms from `prefix` up to, not including, the prefix with its last byte one higher.
    QByteArray end = prefix;
    while (!end.isEmpty() && static_cast<unsigned char>(end.back()) == 0xff)
        end.chop(1);
    if (!end.isEmpty())
        end.back() = static_cast<char>(static_cast<unsigned char>(end.back()) + 1);
    std::vector<Posting> all;
    bool damaged = false;
    if (Status read = forEachRow(
            *m_db,
            end.isEmpty() ? "SELECT postings FROM search_blocks WHERE term >= ?1"
                          : "SELECT postings FROM search_blocks WHERE term >= ?1 AND term < ?2",
            [&](Statement& q) {
                q.bind(1, prefix);
                if (!end.isEmpty())
                    q.bind(2, end);
            },
            [&](const Statement& row) {
                const std::optional<std::vector<Posting>> in = block::decode(row.blob(0));
                if (in)
                    all.insert(all.end(), in->begin(), in->end());
                damaged = damaged || !in;
            });
        !read)
        return R::failure(read.error());
    if (damaged)
        return R::failure(damagedText(m_db->path()));
    return std::make_unique<ranking::BlockedPostings>(ranking::mergedPostings(std::move(all), block::kTarget));
}

} // namespace modreg::search
