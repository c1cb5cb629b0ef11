#include "store/ReplicaSearch.h"

#include "store/ReplicaSql.h"
#include "store/SearchRanking.h"
#include "store/SearchSnippet.h"

#include <QRegularExpression>
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
    for (const auto& [name, rows] : {std::pair{"modreg_key_type_row", &m_keyTypeRows},
                                     std::pair{"modreg_browse_row", &m_browseRows}})
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
QList<double> ReplicaSearch::phraseIdfs(const QStringList& phrases) const
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

Result<QList<SearchHit>> ReplicaSearch::search(const SearchQuery& query) const
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
