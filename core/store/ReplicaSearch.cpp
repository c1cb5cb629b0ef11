#include "store/ReplicaSearch.h"

#include "store/PhraseMatches.h"
#include "store/PostingBlock.h"
#include "store/ReplicaSql.h"
#include "store/SearchIndex.h"
#include "store/SearchSnippet.h"

#include <QRegularExpression>
#include <QScopeGuard>
#include <cmath>
#include <sqlite3.h>

namespace modreg {

using namespace replica;

namespace {
// modreg_key_type_row(rowid), modreg_browse_row(rowid): whether the row is in the set of rowids the
// function was registered with (ReplicaSearch::m_keyTypeRows, m_browseRows).
void rowidSetFunction(sqlite3_context* context, int, sqlite3_value** argv)
{
    const auto* rows = static_cast<const QSet<qint64>*>(sqlite3_user_data(context));
    sqlite3_result_int(context, rows->contains(sqlite3_value_int64(argv[0])) ? 1 : 0);
}
} // namespace

ReplicaSearch::ReplicaSearch(SqliteDatabase& db)
    : m_db(&db)
{}

Status ReplicaSearch::install()
{
    Result<SearchTokenizer> tokenizer = SearchTokenizer::create(m_db->handle());
    if (!tokenizer)
        return Status::failure(tokenizer.error());
    m_tokenizer.emplace(std::move(tokenizer).value());
    if (Status phrases = PhraseMatches::install(m_db->handle()); !phrases)
        return phrases;
    for (const auto& [name, rows] :
         {std::pair{"modreg_key_type_row", &m_keyTypeRows}, std::pair{"modreg_browse_row", &m_browseRows}})
        if (sqlite3_create_function_v2(m_db->handle(), name, 1, SQLITE_UTF8, rows, rowidSetFunction, nullptr,
                                       nullptr, nullptr) != SQLITE_OK)
            return Status::failure(tr("Could not set up the replica's search: %1")
                                       .arg(QString::fromUtf8(sqlite3_errmsg(m_db->handle()))));
    return success();
}

QStringList ReplicaSearch::ftsPhrases(const QString& text)
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

QString ReplicaSearch::ftsQuery(const QString& text)
{
    return ftsPhrases(text).join(QLatin1Char(' '));
}

namespace {
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

// A tag as a pattern for LIKE that matches only itself: '_' is a character of tags, not "any one".
QString likeLiteral(const QString& text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    out.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return out;
}

// The filters browse checks on the module's row `m`: author (?3, equal in any case), key type (?4,
// by the key's length), verified only, changed since block (?5), a tag (?8, one of the module's
// tags, whole).
QString rowFilters(const SearchQuery& query)
{
    QString sql;
    if (!query.author.isEmpty())
        sql += QStringLiteral(" AND m.author = ?3 COLLATE NOCASE");
    // `+`: not by modules_by_key_length, which SQLite would otherwise pick for a search without words
    // and then sort every module of the type by name (ed25519 at 1M modules: 6.8 s, sqlite3 CLI).
    if (query.keyType)
        sql += QStringLiteral(" AND length(+m.key) = ?4");
    if (query.verifiedOnly)
        sql += QStringLiteral(" AND m.state = 1");
    if (query.updatedSinceBlock > 0)
        sql += QStringLiteral(" AND m.block >= ?5");
    if (!query.tag.isEmpty()) // `tags` is the tags joined by spaces
        sql += QStringLiteral(" AND (' ' || m.tags || ' ') LIKE ('% ' || ?8 || ' %') ESCAPE '\\'");
    return sql;
}

void bindRowFilters(Statement& statement, const SearchQuery& query)
{
    if (!query.author.isEmpty())
        statement.bind(3, query.author);
    if (query.keyType)
        statement.bind(4, static_cast<qint64>(ModuleKey::lengthOf(*query.keyType)));
    if (query.updatedSinceBlock > 0)
        statement.bind(5, static_cast<qint64>(query.updatedSinceBlock));
    if (!query.tag.isEmpty())
        statement.bind(8, likeLiteral(query.tag));
}
} // namespace

// How many modules have keys of `type`, up to one past kFewOfKeyType; when no more than that, their
// rowids are in m_keyTypeRows for modreg_key_type_row(). A search walks the matches and keeps those
// among them, instead of joining every match to its large row to look at the key: a common word
// with a key type no module had took 260 ms at 1M modules (p99 870 ms) that way. A key type many
// have is passed by most matches: the join is cheap. The rowids are kept until the replica changes
// (here, or through another connection): a search as you type asks again at each key.
Result<qint64> ReplicaSearch::keyTypeCount(ModuleKey::Type type) const
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

namespace {
// A quoted FTS5 phrase of ftsPhrases() back to its text, and whether it is a prefix.
std::pair<QString, bool> unquoted(QString phrase)
{
    const bool prefix = phrase.endsWith(QLatin1Char('*'));
    if (prefix)
        phrase.chop(1);
    phrase = phrase.mid(1, phrase.size() - 2);
    phrase.replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return {phrase, prefix};
}

// Modules a filter names through an index, as a list for ranking::topK when there are at most
// kFilterList of them (rowids ascending); nullopt when more: the filter is then checked on each
// candidate's row instead, which costs little when most modules pass it.
constexpr qint64 kFilterList = 20000;
Result<std::optional<ranking::BlockedPostings>> filterList(const SqliteDatabase& db, const char* rowidsSql,
                                                           const Binder& bind)
{
    using R = Result<std::optional<ranking::BlockedPostings>>;
    std::vector<ranking::Posting> rows;
    bool many = false;
    if (Status read = forEachRow(
            db, rowidsSql,
            [&](Statement& q) {
                bind(q);
                q.bind(9, kFilterList + 1);
            },
            [&](const Statement& row) {
                if (qint64(rows.size()) == kFilterList)
                    many = true;
                else
                    rows.push_back({static_cast<quint32>(row.integer(0)), 0, 0});
            });
        !read)
        return R::failure(read.error());
    if (many)
        return std::optional<ranking::BlockedPostings>();
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.doc < b.doc; });
    return std::optional<ranking::BlockedPostings>(
        ranking::BlockedPostings(rows, ranking::postingBlock::kTarget));
}

// A lone phrase's words as lists for ranking::topKChecked: the rarest always, each other one unless
// more than half the modules hold it, and more than kDenseWord: such a list keeps out few candidates,
// and reading it costs more than checking those few in their text (at 1M, a word in 93 % of modules
// is ~5 ms to read; its lookups and reads were a third of a phrase with it).
constexpr double kDenseWord = 100000;
Result<std::vector<std::shared_ptr<const search::StoredPostings>>>
lonePhraseLists(const SqliteDatabase& db, const search::Reader& index, search::TermCache& cache,
                const QList<QByteArray>& tokens, qint64 documents)
{
    using R = Result<std::vector<std::shared_ptr<const search::StoredPostings>>>;
    const qint64 middle = scalar(db, "SELECT max(rowid) FROM modules") / 2;
    std::vector<double> density;
    for (const QByteArray& token : tokens) {
        const Result<double> d = index.density(token, middle);
        if (!d)
            return R::failure(d.error());
        density.push_back(d.value());
    }
    const auto rarest = std::min_element(density.begin(), density.end()) - density.begin();
    std::vector<std::shared_ptr<const search::StoredPostings>> lists;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (i != rarest && density[size_t(i)] > 0.5 && density[size_t(i)] * double(documents) > kDenseWord)
            continue;
        Result<std::shared_ptr<const search::StoredPostings>> term = cache.term(index, tokens[i]);
        if (!term)
            return R::failure(term.error());
        lists.push_back(std::move(term).value());
    }
    return lists;
}

// How many matches are counted exactly (every posting of the rarest list read) before the count
// becomes an estimate; fewer when each match also needs its row read.
constexpr quint64 kExactCount = 20000;
constexpr quint64 kExactCountWithRows = 2000;
// A lone phrase's matches are counted by checking the text of each module holding its words when the
// rarest of them is held by at most this many; else of a sample this large, and the count is an
// estimate (ranking::checkedCount).
constexpr quint64 kExactPhraseCount = 1000;
constexpr size_t kPhraseCountSample = 400;
} // namespace

Result<SearchResults> ReplicaSearch::search(const SearchQuery& query) const
{
    // One read transaction: the totals, the blocks and the rows all from one state of the file while
    // the syncer commits on its own connection, and one file lock for all the statements, not one
    // each (fcntl calls were a tenth of a common word's time). Inside a caller's transaction, that one.
    const bool began = static_cast<bool>(m_db->exec("BEGIN"));
    const auto end = qScopeGuard([&] {
        if (began)
            (void)m_db->exec("COMMIT");
    });
    // The common words' lists are kept from one search to the next only while the file is unchanged,
    // and never from inside a caller's transaction: it may yet roll back what it wrote.
    m_terms.useState(began ? std::optional(std::pair{scalar(*m_db, "PRAGMA data_version"),
                                                     sqlite3_total_changes64(m_db->handle())})
                           : std::nullopt);
    return searchSnapshot(query);
}

Result<SearchResults> ReplicaSearch::searchSnapshot(const SearchQuery& query) const
{
    using R = Result<SearchResults>;
    const QStringList phrases = ftsPhrases(query.text);
    if (phrases.isEmpty()) {
        Result<QList<SearchHit>> hits = browse(query);
        if (!hits)
            return R::failure(hits.error());
        return SearchResults{std::move(hits).value(), -1, false};
    }
    if (!m_tokenizer)
        return R::failure(m_tokenizerError);
    const search::Reader index(*m_db);
    const Result<search::Totals> totals = index.totals();
    if (!totals)
        return R::failure(totals.error());
    std::vector<std::shared_ptr<const search::StoredPostings>> read; // this search's stored lists
    // A stored list: kept for this search, and asked whether a block was damaged at its end.
    const auto useStored = [&](std::shared_ptr<const search::StoredPostings> list) {
        read.push_back(std::move(list));
        return read.back().get();
    };
    // 1. Each word a term of the index, the last one a prefix (its expansions merged, as FTS5 reads
    // "pre*"); a phrase of several words from the FTS5 table, which keeps their positions, unless it
    // is the whole query: its words' lists then, and each candidate checked in its text (step 3). A
    // phrase without a word (only punctuation) counts for nothing, as in FTS5; with nothing else,
    // nothing matches.
    std::vector<std::unique_ptr<ranking::TermPostings>> owned;
    std::vector<const ranking::TermPostings*> terms;
    QList<QByteArray> lonePhrase;
    std::vector<const ranking::TermPostings*> lonePhraseWords;
    for (const QString& phrase : phrases) {
        const auto [text, prefix] = unquoted(phrase);
        const QList<QByteArray> tokens = m_tokenizer->tokens(text);
        std::unique_ptr<ranking::TermPostings> postings;
        if (tokens.isEmpty())
            continue;
        if (tokens.size() == 2 && !prefix) {
            // Two pair words: their pair's list is the phrase's every match, exactly (SearchIndex.h).
            const Result<bool> paired = index.isPair(tokens[0], tokens[1]);
            if (!paired)
                return R::failure(paired.error());
            if (paired.value()) {
                Result<std::shared_ptr<const search::StoredPostings>> pair =
                    m_terms.term(index, search::pairTerm(tokens[0], tokens[1]));
                if (!pair)
                    return R::failure(pair.error());
                terms.push_back(useStored(std::move(pair).value()));
                continue;
            }
        }
        if (tokens.size() > 1 && !prefix && phrases.size() == 1) {
            Result<std::vector<std::shared_ptr<const search::StoredPostings>>> lists =
                lonePhraseLists(*m_db, index, m_terms, tokens, totals.value().documents);
            if (!lists)
                return R::failure(lists.error());
            for (std::shared_ptr<const search::StoredPostings>& list : std::move(lists).value())
                lonePhraseWords.push_back(useStored(std::move(list)));
            lonePhrase = tokens;
            continue;
        }
        if (tokens.size() > 1) {
            Result<std::unique_ptr<ranking::BlockedPostings>> matches = PhraseMatches::of(*m_db, phrase);
            if (!matches)
                return R::failure(matches.error());
            postings = std::move(matches).value();
        } else if (prefix) {
            Result<std::unique_ptr<ranking::BlockedPostings>> merged = index.prefix(tokens.first());
            if (!merged)
                return R::failure(merged.error());
            postings = std::move(merged).value();
        } else {
            Result<std::shared_ptr<const search::StoredPostings>> term = m_terms.term(index, tokens.first());
            if (!term)
                return R::failure(term.error());
            terms.push_back(useStored(std::move(term).value()));
            continue;
        }
        terms.push_back(postings.get());
        owned.push_back(std::move(postings));
    }
    if ((terms.empty() && lonePhrase.isEmpty()) || totals.value().documents <= 0)
        return SearchResults{};
    // 2. The filters: a tag and a key type are lists of the index; an author's modules and those
    // changed since a block are lists when few. What is no list is checked on the candidate's row.
    std::vector<const ranking::TermPostings*> filters;
    const auto keep = [&](std::unique_ptr<ranking::TermPostings> list) {
        filters.push_back(list.get());
        owned.push_back(std::move(list));
    };
    for (const auto& [wanted, term] :
         {std::pair{!query.tag.isEmpty(), search::tagTerm(query.tag)},
          std::pair{query.keyType.has_value(),
                    search::keyTypeTerm(query.keyType ? ModuleKey::lengthOf(*query.keyType) : 0)}}) {
        if (!wanted)
            continue;
        Result<std::shared_ptr<const search::StoredPostings>> list = m_terms.term(index, term);
        if (!list)
            return R::failure(list.error());
        filters.push_back(useStored(std::move(list).value()));
    }
    QString rowChecks;
    const auto listOrCheck = [&](const char* rowidsSql, const Binder& bind, const char* check) -> Status {
        Result<std::optional<ranking::BlockedPostings>> list = filterList(*m_db, rowidsSql, bind);
        if (!list)
            return Status::failure(list.error());
        if (list.value())
            keep(std::make_unique<ranking::BlockedPostings>(std::move(*list.value())));
        else
            rowChecks += QLatin1String(check);
        return success();
    };
    if (!query.author.isEmpty())
        if (Status s = listOrCheck(
                "SELECT rowid FROM modules WHERE author = ?3 COLLATE NOCASE LIMIT ?9",
                [&](Statement& q) { q.bind(3, query.author); }, " AND author = ?3 COLLATE NOCASE");
            !s)
            return R::failure(s.error());
    if (query.updatedSinceBlock > 0)
        if (Status s = listOrCheck(
                "SELECT rowid FROM modules WHERE block >= ?5 LIMIT ?9",
                [&](Statement& q) { q.bind(5, qint64(query.updatedSinceBlock)); }, " AND block >= ?5");
            !s)
            return R::failure(s.error());
    if (query.verifiedOnly)
        rowChecks += QStringLiteral(" AND state = 1");
    std::optional<Statement> rowCheck;
    if (!rowChecks.isEmpty()) {
        Result<Statement> q = m_db->prepare(
            (QStringLiteral("SELECT 1 FROM modules WHERE rowid = ?1") + rowChecks).toUtf8().constData());
        if (!q)
            return R::failure(q.error());
        rowCheck.emplace(std::move(q).value());
    }
    std::function<bool(quint32)> accept;
    if (rowCheck)
        accept = [&](quint32 doc) {
            rowCheck->reset();
            rowCheck->bind(1, qint64(doc));
            if (!query.author.isEmpty())
                rowCheck->bind(3, query.author);
            if (query.updatedSinceBlock > 0)
                rowCheck->bind(5, qint64(query.updatedSinceBlock));
            const Result<bool> row = rowCheck->step();
            return row && row.value();
        };
    // 3. The exact top k (BlockMaxScorer.h), and how many match.
    const ranking::Bm25 bm25{1.2, 0.75, static_cast<quint64>(totals.value().documents),
                             double(totals.value().tokens) / double(totals.value().documents)};
    const auto k = static_cast<size_t>(std::max(1, query.limit));
    std::vector<ranking::Scored> best;
    SearchResults results;
    if (!lonePhrase.isEmpty()) {
        // A lone phrase: the few candidates that may enter checked in their text, and the count
        // from them all when few, else from a sample (ranking::topKChecked, checkedCount).
        PhraseInText inText(*m_db, *m_tokenizer, lonePhrase);
        const std::function<quint32(quint32)> frequency = [&](quint32 doc) -> quint32 {
            return accept && !accept(doc) ? 0 : inText.frequency(doc);
        };
        const auto [count, exact] =
            ranking::checkedCount(lonePhraseWords, filters, frequency, kExactPhraseCount, kPhraseCountSample);
        best = ranking::topKChecked(lonePhraseWords, filters, bm25, bm25.idf(count), k, frequency);
        if (!inText.error().isEmpty())
            return R::failure(inText.error());
        results.matches = std::max(static_cast<qint64>(count), static_cast<qint64>(best.size()));
        results.matchesExact = exact;
    } else {
        best = ranking::topK(terms, bm25, k, accept, filters);
        std::vector<const ranking::TermPostings*> lists = terms;
        lists.insert(lists.end(), filters.begin(), filters.end());
        // One list and nothing checked on rows: its size is the count, with no block read to count it.
        if (lists.size() == 1 && !accept) {
            results.matches = static_cast<qint64>(lists.front()->documentCount());
        } else if (const std::optional<quint64> counted =
                       ranking::matchCount(lists, accept, accept ? kExactCountWithRows : kExactCount)) {
            results.matches = static_cast<qint64>(*counted);
        } else {
            // Each list's share of the modules, as if independent; a row check halves it, a guess.
            double estimate = double(totals.value().documents);
            for (const ranking::TermPostings* list : lists)
                estimate *= double(list->documentCount()) / double(totals.value().documents);
            if (accept)
                estimate /= 2;
            results.matches = std::max<qint64>(qint64(best.size()), qint64(std::llround(estimate)));
            results.matchesExact = false;
        }
    }
    for (const std::shared_ptr<const search::StoredPostings>& s : read)
        if (s->damaged())
            return R::failure(search::Reader::damagedText(m_db->path()));
    // 4. For the best only: the row, and a snippet made from its text.
    Result<Statement> d =
        m_db->prepare("SELECT key, name, version, author, state, description, tags, custom_text, "
                      "entrypoint FROM modules WHERE rowid = ?1");
    if (!d)
        return R::failure(d.error());
    Statement detail = std::move(d).value();
    const SearchSnippet snippets(phrases);
    for (const ranking::Scored& scored : best) {
        detail.reset();
        detail.bind(1, qint64(scored.doc));
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
        results.hits << SearchHit{detail.blob(0), detail.text(1),
                                  detail.text(2), detail.text(3),
                                  snippet,        static_cast<StoredModule::State>(detail.integer(4))};
    }
    return results;
}

// No words: every module that passes the filters, by name. SQLite walks the name index and tests
// each row until `limit` pass: soon done when many pass, but a walk of the whole table when few do
// (a tag few modules have: 1.0 s at 300k modules, on the window's thread). So the filters that can
// name their modules without reading rows (changed since: modules_by_block; a tag: its list in the
// search index; a key type: modules_by_key_length) count them first, and the fewest of them decide how,
// for c modules among n, `limit` of them:
//  - c × kDrivenRowCost ≤ limit × n / c × kProbedEntryCost: read those c rows and sort them;
//  - else, while c × kSetEntryCost ≤ limit × n / c × (kWalkedRowCost − kProbedEntryCost): their
//    rowids go into a set, and the walk of the name index reads only the rows in it;
//  - else the walk tests every row; it passes `limit` after ~limit × n / c rows.
// At 1M modules and 50 asked for, reading is for up to ~2,600 modules and the set up to ~21,000;
// a tag of 9,600 modules took 36 ms read and sorted, 27 ms walked (sqlite3 CLI). BenchSearch, tags
// of 2,500-18,000 modules: 17-20 ms p50 (44-55 ms p99) before the set, 3.9-5.7 ms (10-18) with it.
// A key type's rowids are kept by keyTypeCount() already, and serve as the set.
Result<QList<SearchHit>> ReplicaSearch::browse(const SearchQuery& query) const
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
            Tag,    // counted by the search index, its rowids in the JSON array ?10 when few
            KeyType // its rowids are m_keyTypeRows already, when few
        } from;
        qint64 count = 0; // up to fewForSet + 1 (a tag: exact)
    };
    QList<Named> named;
    if (query.updatedSinceBlock > 0)
        named << Named{"SELECT rowid FROM modules WHERE block >= ?10",
                       static_cast<qint64>(query.updatedSinceBlock), Named::From::Since};
    if (!query.tag.isEmpty()) {
        // The tag's list in the search index: its size is the count; its rowids, when few enough to
        // be used, go to SQL as a JSON array.
        const Result<std::unique_ptr<search::StoredPostings>> list =
            search::Reader(*m_db).term(search::tagTerm(query.tag));
        if (!list)
            return R::failure(list.error());
        const auto count = static_cast<qint64>(list.value()->documentCount());
        if (count == 0)
            return QList<SearchHit>();
        QByteArray rowids = "[";
        for (size_t b = 0; count <= fewForSet && b < list.value()->blocks().size(); ++b)
            for (const ranking::Posting& p : list.value()->block(b))
                rowids.append(QByteArray::number(p.doc)).append(',');
        if (list.value()->damaged())
            return R::failure(search::Reader::damagedText(m_db->path()));
        if (rowids.size() > 1)
            rowids.back() = ']'; // over the last comma
        else
            rowids.append(']'); // too many to list: the walk checks the tag on each row
        named << Named{"SELECT value FROM json_each(?10)", QString::fromLatin1(rowids), Named::From::Tag,
                       count};
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
        if (n.from == Named::From::Tag) { // counted already
            if (!fewest || n.count < fewest->count)
                fewest = &n;
            continue;
        }
        const bool ofType = n.from == Named::From::KeyType;
        Result<qint64> counted = ofType ? keyTypeCount(*query.keyType) : count(n, fewToRead);
        if (!counted)
            return R::failure(counted.error());
        n.count = counted.value();
        if (ofType && n.count > kFewOfKeyType) // keyTypeCount() stops there: many
            n.count = lastRowid + 1;
        if (!ofType && n.count > fewToRead) {
            // Counting to fewForSet reads up to ~20,000 rowids (2 ms at 1M modules).
            counted = count(n, fewForSet);
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
