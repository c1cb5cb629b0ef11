#pragma once

#include "Result.h"
#include "store/SearchQuery.h"
#include "store/SearchTermCache.h"
#include "store/SearchTokenizer.h"

#include <QCoreApplication>
#include <QSet>
#include <optional>

namespace modreg {

class SqliteDatabase;

// Search over the replica: a person's words as an FTS5 query, the ranking, and the caches that keep
// a search as you type fast. A part of ModuleStore (docs/architecture.md, "The replica"); the app
// runs it on a connection and a thread of its own (BackgroundSearch).
class ReplicaSearch
{
    Q_DECLARE_TR_FUNCTIONS(modreg::ReplicaSearch)

public:
    explicit ReplicaSearch(SqliteDatabase& db);
    // Registers the SQL functions search uses on the connection; once, as it opens.
    Status install();

    // With words: the exact top `limit` by BM25 (FTS5's bm25(), the column weights of
    // search::kColumnWeights: name highest) over every module that holds every word, the last one as
    // a prefix, and every phrase, and passes the filters; of equal scores the module registered later
    // first. And how many match. Without words: every module that passes the filters, by name.
    Result<SearchResults> search(const SearchQuery& query) const;
    // A person's words as an FTS5 query: each word quoted (so no word is read as an operator), "…"
    // kept as phrases, the last word a prefix unless the text ends with a space or the word is shorter
    // than kShortestPrefix letters. Empty: no words.
    static QString ftsQuery(const QString& text);
    static constexpr int kShortestPrefix = 3;
    static QStringList ftsPhrases(const QString& text); // the same, one entry per phrase

private:
    Result<SearchResults> searchSnapshot(const SearchQuery& query) const; // search(), in its transaction
    Result<qint64> keyTypeCount(ModuleKey::Type type) const;         // and its rowids, when few (search())
    Result<QList<SearchHit>> browse(const SearchQuery& query) const; // search without words

    SqliteDatabase* m_db;
    std::optional<SearchTokenizer> m_tokenizer; // install()
    QString m_tokenizerError = tr("The replica's search is not set up.");
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
    // The commonest words' lists, kept while the file is unchanged (searchSnapshot()).
    mutable search::TermCache m_terms;
};

} // namespace modreg
