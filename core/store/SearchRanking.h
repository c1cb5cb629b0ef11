#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>

struct sqlite3;

namespace modreg {

// BM25 for the rows a search looks at, without counting every match first. FTS5's own bm25()
// computes each phrase's IDF by walking all of its matches before it scores the first row, so a
// word in a third of a million modules costs tens of milliseconds whatever the LIMIT. Here the
// IDFs come in as an argument — estimated from a sample by the caller — and the function
// `modreg_rank(fts, weights)` scores a row exactly as bm25() would (k1 = 1.2, b = 0.75, column
// weights, document length against the average), from that row's own hits only.
class SearchRanking
{
public:
    // Registers modreg_rank() on this connection.
    static Status install(sqlite3* db);
    // The function's second argument: column weights, then one IDF per phrase of the query, in
    // the order the phrases appear in the MATCH expression (phrases beyond these count for nothing).
    static QByteArray weights(const QList<double>& columnWeights, const QList<double>& idfs);
    // BM25's IDF for a phrase found in `matches` of `rows` rows.
    static double idf(double matches, double rows);
};

} // namespace modreg
