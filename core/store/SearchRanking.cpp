#include "store/SearchRanking.h"

#include <QCoreApplication>
#include <cmath>
#include <cstring>
#include <sqlite3.h>
#include <vector>

namespace modreg {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(modreg::SearchRanking)
};

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// The blob: [column count][weights…][idfs…], as doubles.
void rankFunction(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* result, int argc,
                  sqlite3_value** argv)
{
    const int columns = api->xColumnCount(fts);
    const int phrases = api->xPhraseCount(fts);
    std::vector<double> weights(static_cast<size_t>(columns), 1.0);
    std::vector<double> idfs(static_cast<size_t>(phrases), 0.0);
    if (argc >= 1 && sqlite3_value_type(argv[0]) == SQLITE_BLOB) {
        const int bytes = sqlite3_value_bytes(argv[0]);
        const auto* values = static_cast<const char*>(sqlite3_value_blob(argv[0]));
        const int count = bytes / static_cast<int>(sizeof(double));
        const auto at = [&](int i) {
            double d;
            std::memcpy(&d, values + i * static_cast<int>(sizeof(double)), sizeof d);
            return d;
        };
        const int given = count > 0 ? static_cast<int>(at(0)) : 0;
        for (int c = 0; c < columns && c < given && 1 + c < count; ++c)
            weights[static_cast<size_t>(c)] = at(1 + c);
        for (int p = 0; p < phrases && 1 + given + p < count; ++p)
            idfs[static_cast<size_t>(p)] = at(1 + given + p);
    }
    // This row's weighted frequency of each phrase.
    std::vector<double> frequency(static_cast<size_t>(phrases), 0.0);
    int instances = 0;
    if (api->xInstCount(fts, &instances) != SQLITE_OK)
        return sqlite3_result_error(result, "modreg_rank: no instances", -1);
    for (int i = 0; i < instances; ++i) {
        int phrase = 0, column = 0, offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK && phrase < phrases &&
            column < columns)
            frequency[static_cast<size_t>(phrase)] += weights[static_cast<size_t>(column)];
    }
    int length = 0;
    sqlite3_int64 rows = 0, totalTokens = 0;
    api->xColumnSize(fts, -1, &length);
    api->xRowCount(fts, &rows);
    api->xColumnTotalSize(fts, -1, &totalTokens);
    const double average = rows > 0 && totalTokens > 0 ? double(totalTokens) / double(rows) : 1.0;
    const double norm = kK1 * (1.0 - kB + kB * double(length) / average);
    double score = 0;
    for (size_t p = 0; p < frequency.size(); ++p)
        score += idfs[p] * (frequency[p] * (kK1 + 1.0)) / (frequency[p] + norm);
    sqlite3_result_double(result, -score); // FTS5's convention: lower is better
}

fts5_api* fts5Of(sqlite3* db)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}
} // namespace

Status SearchRanking::install(sqlite3* db)
{
    fts5_api* api = fts5Of(db);
    if (!api || api->iVersion < 2)
        return Status::failure(
            Text::tr("This SQLite has no full-text search (FTS5); Modreg needs it to search."));
    if (api->xCreateFunction(api, "modreg_rank", nullptr, rankFunction, nullptr) != SQLITE_OK)
        return Status::failure(
            Text::tr("Could not set up search ranking: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    return success();
}

QByteArray SearchRanking::weights(const QList<double>& columnWeights, const QList<double>& idfs)
{
    QList<double> all{double(columnWeights.size())};
    all += columnWeights;
    all += idfs;
    return QByteArray(reinterpret_cast<const char*>(all.constData()), all.size() * qsizetype(sizeof(double)));
}

double SearchRanking::idf(double matches, double rows)
{
    // As FTS5's bm25() has it, floored so that a word in most rows still counts a little.
    const double value = std::log((rows - matches + 0.5) / (matches + 0.5));
    return value > 1e-6 ? value : 1e-6;
}

} // namespace modreg
