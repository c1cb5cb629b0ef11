#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <functional>

struct sqlite3;
struct Fts5Tokenizer;

namespace modreg {

// The words of a text exactly as the replica's FTS5 table reads them: SQLite's own `unicode61`
// tokenizer with `remove_diacritics 2` (ReplicaSchema 10), borrowed through the fts5_api of the
// connection. The search index (SearchIndex) and the FTS5 table that serves phrases then agree on
// every token, and so does any reference ranking built on FTS5.
class SearchTokenizer
{
public:
    static Result<SearchTokenizer> create(sqlite3* db);
    SearchTokenizer(SearchTokenizer&& other) noexcept;
    SearchTokenizer& operator=(SearchTokenizer&&) = delete;
    ~SearchTokenizer();

    // Calls `onToken` with each token of `utf8` (folded: lower case, no diacritics), in order.
    void tokens(const QByteArray& utf8, const std::function<void(const QByteArray&)>& onToken) const;
    QList<QByteArray> tokens(const QString& text) const;

private:
    struct Api;
    SearchTokenizer(const Api* api, Fts5Tokenizer* tokenizer);
    const Api* m_api;
    Fts5Tokenizer* m_tokenizer;
};

} // namespace modreg
