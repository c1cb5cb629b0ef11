#include "store/PhraseMatches.h"

#include "store/Fts5Api.h"
#include "store/PostingBlock.h"
#include "store/ReplicaSql.h"
#include "store/SearchIndex.h"

#include <sqlite3.h>

namespace modreg {

namespace {
// modreg_phrase_posting(modules_fts): the row's weighted frequency of the query's first phrase
// (Σ over its instances of the column's weight, as FTS5's bm25() sums them), shifted up 32 bits,
// plus the row's length in tokens, every column.
void phrasePosting(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* result, int,
                   sqlite3_value**)
{
    int instances = 0;
    if (api->xInstCount(fts, &instances) != SQLITE_OK)
        return sqlite3_result_error(result, "modreg_phrase_posting: no instances", -1);
    quint64 f = 0;
    for (int i = 0; i < instances; ++i) {
        int phrase = 0, column = 0, offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK && phrase == 0 && column >= 0 &&
            column < int(std::size(search::kColumnWeights)))
            f += search::kColumnWeights[column];
    }
    int length = 0;
    api->xColumnSize(fts, -1, &length);
    sqlite3_result_int64(result, static_cast<sqlite3_int64>((f << 32) | static_cast<quint32>(length)));
}
} // namespace

Status PhraseMatches::install(sqlite3* db)
{
    fts5_api* api = fts5ApiOf(db);
    if (!api)
        return Status::failure(
            tr("This SQLite has no full-text search (FTS5), which Modreg needs to search. Install an SQLite "
               "built with FTS5 (Debian's libsqlite3-0 is)."));
    if (api->xCreateFunction(api, "modreg_phrase_posting", nullptr, phrasePosting, nullptr) != SQLITE_OK)
        return Status::failure(
            tr("Could not set up the search of phrases: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    return success();
}

Result<std::unique_ptr<ranking::BlockedPostings>> PhraseMatches::of(const SqliteDatabase& db,
                                                                    const QString& ftsPhrase)
{
    std::vector<ranking::Posting> postings;
    if (Status read = replica::forEachRow(
            db,
            "SELECT rowid, modreg_phrase_posting(modules_fts) FROM modules_fts WHERE modules_fts MATCH ?1 "
            "ORDER BY rowid",
            [&](replica::Statement& q) { q.bind(1, ftsPhrase); },
            [&](const replica::Statement& row) {
                const auto packed = static_cast<quint64>(row.integer(1));
                postings.push_back({static_cast<quint32>(row.integer(0)), static_cast<quint32>(packed >> 32),
                                    static_cast<quint32>(packed)});
            });
        !read)
        return Result<std::unique_ptr<ranking::BlockedPostings>>::failure(read.error());
    return std::make_unique<ranking::BlockedPostings>(postings, ranking::postingBlock::kTarget);
}

PhraseInText::PhraseInText(const SqliteDatabase& db, const SearchTokenizer& tokenizer,
                           QList<QByteArray> phrase)
    : m_db(&db)
    , m_tokenizer(&tokenizer)
    , m_phrase(std::move(phrase))
{}

quint32 PhraseInText::frequency(quint32 doc)
{
    if (const auto it = m_checked.constFind(doc); it != m_checked.cend())
        return it.value();
    if (!m_error.isEmpty())
        return 0;
    if (!m_row) {
        Result<SqliteDatabase::Statement> q = m_db->prepare(
            "SELECT name, description, tags, author, entrypoint, custom_text FROM modules WHERE rowid = ?1");
        if (!q) {
            m_error = q.error();
            return 0;
        }
        m_row.emplace(std::move(q).value());
    }
    m_row->reset();
    m_row->bind(1, qint64(doc));
    const Result<bool> row = m_row->step();
    if (!row) {
        m_error = row.error();
        return 0;
    }
    quint32 f = 0;
    if (row.value()) {
        // The columns' bytes as SQLite holds them, not copied: read before the statement steps.
        std::array<QByteArray, std::size(search::kColumnWeights)> columns;
        for (size_t c = 0; c < columns.size(); ++c) {
            const QByteArrayView bytes = m_row->blobView(int(c));
            columns[c] = QByteArray::fromRawData(bytes.data(), bytes.size());
        }
        f = search::phraseFrequency(*m_tokenizer, columns, m_phrase);
    }
    m_checked.insert(doc, f);
    return f;
}

} // namespace modreg
