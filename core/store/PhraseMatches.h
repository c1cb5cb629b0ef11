#pragma once

#include "Result.h"
#include "store/BlockMaxScorer.h"

#include <QCoreApplication>
#include <memory>

struct sqlite3;

namespace modreg {

class SqliteDatabase;

// A phrase of several words ("speech recognition") as postings for ranking::topK: the modules the
// FTS5 table finds for it (it keeps the words' positions; the search index does not), each with the
// phrase's weighted frequency and the module's length, read through the auxiliary function
// modreg_phrase_posting(). Every match is read, so a phrase costs what its matches do: phrases are
// rarer than their words.
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

} // namespace modreg
