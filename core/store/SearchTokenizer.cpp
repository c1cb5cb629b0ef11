#include "store/SearchTokenizer.h"

#include "store/Fts5Api.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace modreg {

struct SearchTokenizer::Api
{
    fts5_tokenizer methods;
};

Result<SearchTokenizer> SearchTokenizer::create(sqlite3* db)
{
    const auto failed = [] {
        return Result<SearchTokenizer>::failure(QCoreApplication::translate(
            "modreg::SearchTokenizer", "This SQLite has no FTS5 unicode61 tokenizer, so search cannot read "
                                       "words. Install an SQLite built with "
                                       "FTS5 (Debian's libsqlite3-0 is)."));
    };
    fts5_api* fts5 = fts5ApiOf(db);
    if (!fts5)
        return failed();
    // One copy of the methods for the whole process: they are SQLite's, the same for every connection.
    static Api api;
    void* context = nullptr;
    if (fts5->xFindTokenizer(fts5, "unicode61", &context, &api.methods) != SQLITE_OK)
        return failed();
    const char* args[] = {"remove_diacritics", "2"};
    Fts5Tokenizer* tokenizer = nullptr;
    if (api.methods.xCreate(context, args, 2, &tokenizer) != SQLITE_OK || !tokenizer)
        return failed();
    return SearchTokenizer(&api, tokenizer);
}

SearchTokenizer::SearchTokenizer(const Api* api, Fts5Tokenizer* tokenizer)
    : m_api(api)
    , m_tokenizer(tokenizer)
{}

SearchTokenizer::SearchTokenizer(SearchTokenizer&& other) noexcept
    : m_api(other.m_api)
    , m_tokenizer(other.m_tokenizer)
{
    other.m_tokenizer = nullptr;
}

SearchTokenizer::~SearchTokenizer()
{
    if (m_tokenizer)
        m_api->methods.xDelete(m_tokenizer);
}

void SearchTokenizer::tokens(const QByteArray& utf8,
                             const std::function<void(const QByteArray&)>& onToken) const
{
    if (utf8.isEmpty())
        return;
    const auto each = [](void* context, int, const char* token, int size, int, int) -> int {
        (*static_cast<const std::function<void(const QByteArray&)>*>(context))(
            QByteArray::fromRawData(token, size));
        return SQLITE_OK;
    };
    auto* context = const_cast<std::function<void(const QByteArray&)>*>(&onToken);
    m_api->methods.xTokenize(m_tokenizer, context, FTS5_TOKENIZE_DOCUMENT, utf8.constData(),
                             static_cast<int>(utf8.size()), each);
}

QList<QByteArray> SearchTokenizer::tokens(const QString& text) const
{
    QList<QByteArray> out;
    tokens(text.toUtf8(), [&](const QByteArray& t) { out << QByteArray(t.constData(), t.size()); });
    return out;
}

} // namespace modreg
