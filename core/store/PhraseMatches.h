#pragma once

#include "Result.h"
#include "store/BlockMaxScorer.h"
#include "store/SearchTokenizer.h"
#include "store/SqliteDatabase.h"

#include <QCoreApplication>
#include <QHash>
#include <memory>

struct sqlite3;

namespace modreg {

// A phrase of several words ("speech recognition") as postings for ranking::topK: the modules the
// FTS5 table finds for it (it keeps the words' positions; the search index does not), each with the
// phrase's weighted frequency and the module's length, read through the auxiliary function
// modreg_phrase_posting(). Every match is read: the phrase's idf, which weighs it against the other
// words of a query, needs their number. A lone phrase needs no idf, and PhraseInText serves it.
class PhraseMatches
{
    Q_DECLARE_TR_FUNCTIONS(modreg::PhraseMatches)

public:
    // Registers modreg_phrase_posting() on this connection; once, as it opens.
    static Status install(sqlite3* db);
    // `ftsPhrase`: one quoted FTS5 phrase, a prefix with '*' after it.
    static Result<std::unique_ptr<ranking::BlockedPostings>> of(const SqliteDatabase& db,
                                                                const QString& ftsPhrase);
};

// A lone phrase looked for in a module's own text, its row read by rowid (search::phraseFrequency):
// what ranking::topKChecked and checkedCount ask of the few modules they check, in place of every
// match FTS5 would read. Each module is read once.
class PhraseInText
{
public:
    PhraseInText(const SqliteDatabase& db, const SearchTokenizer& tokenizer, QList<QByteArray> phrase);
    // The phrase's weighted frequency in module `doc`: 0 when it is not there, or when its row could
    // not be read (error() then says why).
    quint32 frequency(quint32 doc);
    const QString& error() const { return m_error; }

private:
    const SqliteDatabase* m_db;
    const SearchTokenizer* m_tokenizer;
    QList<QByteArray> m_phrase;
    std::optional<SqliteDatabase::Statement> m_row;
    QHash<quint32, quint32> m_checked;
    QString m_error;
};

} // namespace modreg
