// Search over a large replica. Generates N synthetic modules (default 1,000,000) with realistic
// text — a Zipf vocabulary, where the commonest words ("model", "text") are in a third of all
// modules — with random 32-byte keys and the real CIDs of their documents (hashes, as on a chain),
// writes them through the store's own API (every registration event, then every document, as a first
// sync has them) and as JSON lines, then measures: ingest rate, the syncer's fetch-queue questions
// with every module waiting, search latency p50/p99 through ModuleStore::search
// (top 50 by BM25) for rare, common, two-word, prefix, phrase and filtered queries, a cold open,
// and the file size; the quality of each ranking as recall@10 and recall@50 against the exhaustive
// BM25 ranking (FTS5's bm25() with the same column weights over every match that passes the same
// filters); against, in the same run, the sqlite3 CLI running a plain FTS5
// `MATCH … ORDER BY bm25(…) LIMIT 50` on the same file, and grep over the JSON lines; and, for the
// ingest, FTS5 building the same index over the same rows in one 'rebuild' (the sqlite3 CLI).
// Usage: BenchSearch [N] [KEEP_REPLICA_PATH [reuse]]. Figures, not a pass/fail test.
#include "SyntheticRegistration.h"
#include "store/ModuleStore.h"
#include "store/SqliteDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace modreg;

namespace {

// Pronounceable words, distinct, the first ones short (frequent words are short in real text).
QStringList makeVocabulary(int size, QRandomGenerator& rng)
{
    static const char* const onsets[] = {"b", "c", "d", "f",  "g",  "k",  "l",  "m",  "n",  "p",  "r", "s",
                                         "t", "v", "z", "br", "cl", "st", "tr", "gr", "pl", "sh", "ch"};
    static const char* const vowels[] = {"a", "e", "i", "o", "u", "ai", "ea", "io", "ou"};
    QStringList words{QStringLiteral("model"), QStringLiteral("text")};
    QSet<QString> seen(words.begin(), words.end());
    while (words.size() < size) {
        QString w;
        const int syllables =
            1 + static_cast<int>(std::log10(words.size() + 10)) / 2 + static_cast<int>(rng.bounded(2));
        for (int s = 0; s < syllables; ++s)
            w += QLatin1String(onsets[rng.bounded(static_cast<int>(std::size(onsets)))]) +
                 QLatin1String(vowels[rng.bounded(static_cast<int>(std::size(vowels)))]);
        if (!seen.contains(w)) {
            seen.insert(w);
            words << w;
        }
    }
    return words;
}

// Draws word ranks with P(rank r) ∝ 1 / r^s (r from 1), by inverting the cumulative distribution.
class Zipf
{
public:
    Zipf(int n, double s)
    {
        m_cdf.reserve(n);
        double sum = 0;
        for (int r = 1; r <= n; ++r)
            m_cdf.push_back(sum += 1.0 / std::pow(r, s));
        for (double& c : m_cdf)
            c /= sum;
    }
    int draw(QRandomGenerator& rng) const
    {
        return static_cast<int>(std::lower_bound(m_cdf.begin(), m_cdf.end(), rng.generateDouble()) -
                                m_cdf.begin());
    }

private:
    std::vector<double> m_cdf;
};

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

// Plain SQL for filters without words, as the sqlite3 CLI runs it: every module that passes, by name.
QString plainFilter(const QString& where)
{
    return QStringLiteral("SELECT key FROM modules WHERE %1 ORDER BY name COLLATE NOCASE, rowid LIMIT 50;")
        .arg(where);
}

double seconds(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

// The exact top `k` of a query with words, by scoring every match: FTS5's own bm25() with the
// ranking's column weights (name, description, tags, author, entrypoint, custom text) over every
// module that matches and passes the filters, best first; the filters written out here again, not
// taken from the store. Keys and scores (lower is better, as bm25() gives them).
struct Scored
{
    QByteArray key;
    double score = 0;
};

constexpr const char* kExactWeights = "10.0, 2.0, 4.0, 3.0, 1.0, 1.0";

QString exactFilters(const SearchQuery& query)
{
    QString sql;
    if (!query.author.isEmpty())
        sql += QStringLiteral(" AND m.author = ?2 COLLATE NOCASE");
    if (query.keyType)
        sql += QStringLiteral(" AND length(m.key) = %1").arg(ModuleKey::lengthOf(*query.keyType));
    if (query.verifiedOnly)
        sql += QStringLiteral(" AND m.state = 1");
    if (query.updatedSinceBlock > 0)
        sql += QStringLiteral(" AND m.block >= %1").arg(query.updatedSinceBlock);
    return sql;
}

QList<Scored> exactTop(const SqliteDatabase& db, const SearchQuery& query, int k,
                       const QList<QByteArray>& only = {})
{
    QString sql =
        QStringLiteral("SELECT m.key, bm25(modules_fts, %1) FROM modules_fts JOIN modules m ON m.rowid = "
                       "modules_fts.rowid WHERE modules_fts MATCH ?1")
            .arg(QLatin1String(kExactWeights)) +
        exactFilters(query);
    if (!only.isEmpty()) {
        QStringList hex;
        for (const QByteArray& key : only)
            hex << QStringLiteral("x'%1'").arg(QString::fromLatin1(key.toHex()));
        sql += QStringLiteral(" AND m.key IN (%1)").arg(hex.join(QLatin1Char(',')));
    }
    sql += QStringLiteral(" ORDER BY 2 LIMIT %1").arg(k);
    auto statement = db.prepare(sql.toUtf8().constData());
    if (!statement)
        return {};
    SqliteDatabase::Statement st = std::move(statement).value();
    st.bind(1, ModuleStore::ftsQuery(query.text));
    if (!query.author.isEmpty())
        st.bind(2, query.author);
    QList<Scored> out;
    for (Result<bool> row = st.step(); row && row.value(); row = st.step())
        out << Scored{st.blob(0), st.real(1)};
    return out;
}

// recall@k of `ours` against the exhaustive ranking: the share of our first k that are among the
// exact first k, a module that ties the exact k-th counting as among them (any order of equals is
// exact). Out of min(k, matches).
qint64 scalarCount(const SqliteDatabase& db, const QString& match)
{
    auto st = std::move(db.prepare("SELECT count(*) FROM modules_fts WHERE modules_fts MATCH ?1")).value();
    st.bind(1, match);
    return st.step().value() ? st.integer(0) : -1;
}

double recallAt(int k, const QList<SearchHit>& ours, const QList<Scored>& exact,
                const QHash<QByteArray, double>& ourScores)
{
    const qsizetype wanted = std::min<qsizetype>(k, exact.size());
    if (wanted == 0)
        return 1.0;
    const double kth = exact[wanted - 1].score;
    int found = 0;
    for (qsizetype i = 0; i < std::min<qsizetype>(k, ours.size()); ++i) {
        const auto it = ourScores.find(ours[i].key);
        found += it != ourScores.end() && it.value() <= kth + 1e-9 ? 1 : 0;
    }
    return std::min(1.0, static_cast<double>(found) / static_cast<double>(wanted));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QTemporaryDir dir;
    // A second argument keeps the replica there (BenchBrowse reads it).
    const QString dbPath =
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("replica.sqlite"));
    // A third argument "reuse" measures the queries on a replica kept by an earlier run of the same N.
    const bool reuse = argc > 3 && QByteArray(argv[3]) == "reuse" && QFile::exists(dbPath);
    if (!reuse)
        QFile::remove(dbPath);
    const QString jsonPath =
        argc > 2 ? dbPath + QStringLiteral(".jsonl") : dir.filePath(QStringLiteral("modules.jsonl"));
    QRandomGenerator rng(7);
    // Words 0 and 1 ("model", "text") are placed in a third of the modules each; the rest follow Zipf.
    const QStringList vocabulary = makeVocabulary(40000, rng);
    const Zipf zipf(static_cast<int>(vocabulary.size()) - 2, 1.0);
    const auto word = [&] { return vocabulary[2 + zipf.draw(rng)]; };
    const auto words = [&](int count) {
        QStringList out;
        for (int i = 0; i < count; ++i)
            out << word();
        return out;
    };

    // ---- ingest, through the store's own API: every event first, then the documents ----
    // As in a first sync: the events of the whole chain arrive long before their documents are
    // fetched, so the fetch queue grows to every module. Both passes make the same modules from the
    // same seed; only the store's calls are timed.
    const QString location = QStringLiteral("evm:bench");
    QFile json(jsonPath);
    double applySeconds = 0;  // the events
    double recordSeconds = 0; // the documents
    const auto makeBatch = [&](int start, int end, QList<RegistryEvent>& events,
                               QList<FetchedDocument>& documents) {
        for (int i = start; i < end; ++i) {
            QStringList description = words(12 + static_cast<int>(rng.bounded(20)));
            if (rng.bounded(3) == 0)
                description.insert(static_cast<int>(rng.bounded(description.size())), vocabulary[0]);
            if (rng.bounded(3) == 0)
                description.insert(static_cast<int>(rng.bounded(description.size())), vocabulary[1]);
            // Drawn here, as before: the same seed still makes the same modules. One in a hundred
            // has an Ethereum address for its key (the first 20 bytes), for the "key type" query.
            QByteArray key = randomKey(rng);
            if (i % 100 == 42)
                key.truncate(20);
            ModuleMetadata m;
            m.name = words(2).join(QLatin1Char('-'));
            m.version = QStringLiteral("1.0.0");
            m.author = QStringLiteral("author%1").arg(rng.bounded(5000));
            m.description = description.join(QLatin1Char(' '));
            m.tags = words(1 + static_cast<int>(rng.bounded(3)));
            m.entrypoint = QStringLiteral("python main.py");
            m.custom = {{"notes", words(3).join(QLatin1Char(' ')).toStdString()}};
            addSyntheticRegistration(m, key, static_cast<quint64>(i / 100), static_cast<quint64>(i % 100),
                                     events, documents);
        }
    };
    constexpr int kBatch = 10000;
    if (!reuse) {
        auto ingestStore = std::move(ModuleStore::open(dbPath)).value();
        ingestStore->setBulkWriting(true); // as the syncer has it during a backfill
        const QRandomGenerator seed = rng;
        json.open(QIODevice::WriteOnly);
        for (int pass = 0; pass < 2; ++pass) {
            rng = seed;
            for (int start = 0; start < n; start += kBatch) {
                QList<RegistryEvent> events;
                QList<FetchedDocument> documents;
                makeBatch(start, std::min(n, start + kBatch), events, documents);
                QElapsedTimer t;
                t.start();
                const Status s = pass == 0 ? ingestStore->apply(location, events, events.last().block)
                                           : ingestStore->recordDocuments(documents);
                (pass == 0 ? applySeconds : recordSeconds) += seconds(t);
                if (!s) {
                    std::fprintf(stderr, "%s\n", qPrintable(s.error()));
                    return 1;
                }
                if (pass == 0) // the same metadata as JSON lines, for grep (what a person without Modreg has)
                    for (const FetchedDocument& d : documents) {
                        const ModuleMetadata& m = *d.document;
                        json.write("{\"name\":\"" + m.name.toUtf8() + "\",\"author\":\"" + m.author.toUtf8() +
                                   "\",\"description\":\"" + m.description.toUtf8() + "\",\"tags\":\"" +
                                   m.tags.join(QLatin1Char(' ')).toUtf8() + "\"}\n");
                    }
            }
            if (pass == 0) {
                // What the syncer asks after every fetch, with the whole chain waiting to be fetched.
                std::vector<double> due, next;
                for (int i = 0; i < 50; ++i) {
                    QElapsedTimer t;
                    t.start();
                    (void)ingestStore->dueFetches(24);
                    due.push_back(seconds(t) * 1000);
                    t.restart();
                    (void)ingestStore->nextFetchDue();
                    next.push_back(seconds(t) * 1000);
                }
                std::printf(
                    "fetch queue of %lld: next 24 due p50 %.3f ms, p99 %.3f ms; next retry p50 %.3f ms\n",
                    static_cast<long long>(ingestStore->pendingFetchCount()), percentile(due, 0.5),
                    percentile(due, 0.99), percentile(next, 0.5));
                // Search's "verified only", no words, while no module has its document yet.
                SearchQuery verified;
                verified.verifiedOnly = true;
                std::vector<double> times;
                for (int i = 0; i < 20; ++i) {
                    QElapsedTimer t;
                    t.start();
                    (void)ingestStore->search(verified);
                    times.push_back(seconds(t) * 1000);
                }
                QElapsedTimer cli;
                cli.start();
                QProcess sqlite;
                sqlite.start(QStringLiteral("sqlite3"), {dbPath, plainFilter(QStringLiteral("state = 1"))});
                sqlite.waitForFinished(-1);
                std::printf("verified only, no words, every module pending: p50 %.3f ms, p99 %.3f ms; "
                            "sqlite3 CLI %.1f ms\n",
                            percentile(times, 0.5), percentile(times, 0.99), seconds(cli) * 1000);
            }
        }
    }
    const double ingestSeconds = applySeconds + recordSeconds;
    json.close();
    if (reuse)
        std::printf("modules: %d (the replica of an earlier run; no ingest)\n", n);
    else
        std::printf("modules: %d; ingest %.1f s = %.0f modules/s (ModuleStore::apply of the registration "
                    "events, then recordDocuments of their metadata, 10,000 per transaction each)\n",
                    n, ingestSeconds, n / ingestSeconds);
    if (!reuse)
        std::printf("  of which events (apply): %.1f s, documents (recordDocuments): %.1f s\n", applySeconds,
                    recordSeconds);
    std::printf("replica file: %.1f MiB; JSON lines: %.1f MiB\n", QFileInfo(dbPath).size() / 1048576.0,
                QFileInfo(jsonPath).size() / 1048576.0);

    // ---- queries ----
    QElapsedTimer cold;
    cold.start();
    auto store = std::move(ModuleStore::open(dbPath)).value();
    SearchQuery first;
    first.text = vocabulary[2 + 500] + QLatin1Char(' ');
    (void)store->search(first);
    std::printf("cold open + first query: %.1f ms\n", seconds(cold) * 1000);

    // The last block in the replica (a reused one lost its last 10 to the rollback measured below).
    const quint64 lastBlock = store->checkpoint(location) ? store->checkpoint(location)->number : 0;
    struct Kind
    {
        const char* name;
        std::function<SearchQuery(int)> make;
        QString cliMatch;    // the plain FTS5 query the CLI runs for this kind
        QString cliSql = {}; // or, for filters without words, the plain SQL it runs
    };
    const auto q = [](const QString& text) {
        SearchQuery s;
        s.text = text;
        return s;
    };
    const QList<Kind> kinds{
        {"rare word", [&](int i) { return q(vocabulary[2 + 5000 + i * 37] + QLatin1Char(' ')); },
         QStringLiteral("\"%1\"").arg(vocabulary[2 + 5000])},
        {"common word", [&](int i) { return q((i % 2 ? vocabulary[0] : vocabulary[1]) + QLatin1Char(' ')); },
         QStringLiteral("\"model\"")},
        {"two words",
         [&](int i) {
             return q(vocabulary[0] + QLatin1Char(' ') + vocabulary[2 + 20 + i] + QLatin1Char(' '));
         },
         QStringLiteral("\"model\" \"%1\"").arg(vocabulary[22])},
        {"prefix", [&](int i) { return q(vocabulary[2 + 10 + i].left(3)); },
         QStringLiteral("\"%1\"*").arg(vocabulary[12].left(3))},
        {"phrase",
         [&](int i) { return q(QStringLiteral("\"%1 %2\"").arg(vocabulary[0], vocabulary[2 + i % 5])); },
         QStringLiteral("\"model %1\"").arg(vocabulary[2])},
        // The commonest words of the names (and of everything: the Zipf head): the names pass too.
        {"name word", [&](int i) { return q(vocabulary[2 + i % 3] + QLatin1Char(' ')); },
         QStringLiteral("\"%1\"").arg(vocabulary[2])},
        {"filtered",
         [&](int i) {
             SearchQuery s = q(vocabulary[0] + QLatin1Char(' '));
             s.author = QStringLiteral("author%1").arg(i * 13);
             return s;
         },
         QStringLiteral("\"model\"")},
        // Filters that few matches pass: changed in the last block (100 modules), and the key type
        // of 1 % of the modules.
        {"recent",
         [&](int i) {
             SearchQuery s = q(vocabulary[i % 2] + QLatin1Char(' '));
             s.updatedSinceBlock = std::max<quint64>(lastBlock, 1);
             return s;
         },
         QStringLiteral("\"model\"")},
        {"key type",
         [&](int i) {
             SearchQuery s = q(vocabulary[i % 2] + QLatin1Char(' '));
             s.keyType = ModuleKey::Type::EthereumAddress;
             return s;
         },
         QStringLiteral("\"model\"")},
        // Filters without words (every module that passes, by name): a tag few modules have, tags
        // of thousands, a tag many have, the key type of 1 % and of 99 %, changed in the last
        // block. The CLI walks the name index as plain SQL would.
        {"tag only",
         [&](int i) {
             SearchQuery s;
             s.tag = vocabulary[2 + 300 + i];
             return s;
         },
         {},
         plainFilter(QStringLiteral("(' ' || tags || ' ') LIKE '% %1 %'").arg(vocabulary[2 + 300]))},
        // Tags of Zipf ranks 11 to 70: at 1M, each of 2,500 to 18,000 modules, where reading them
        // all and walking the whole name index both cost tens of ms.
        {"mid tag",
         [&](int i) {
             SearchQuery s;
             s.tag = vocabulary[2 + 10 + i];
             return s;
         },
         {},
         plainFilter(QStringLiteral("(' ' || tags || ' ') LIKE '% %1 %'").arg(vocabulary[2 + 40]))},
        {"common tag",
         [&](int i) {
             SearchQuery s;
             s.tag = vocabulary[2 + i % 3];
             return s;
         },
         {},
         plainFilter(QStringLiteral("(' ' || tags || ' ') LIKE '% %1 %'").arg(vocabulary[2]))},
        {"key only",
         [&](int) {
             SearchQuery s;
             s.keyType = ModuleKey::Type::EthereumAddress;
             return s;
         },
         {},
         plainFilter(QStringLiteral("length(key) = 20"))},
        {"common key",
         [&](int) {
             SearchQuery s;
             s.keyType = ModuleKey::Type::Ed25519;
             return s;
         },
         {},
         plainFilter(QStringLiteral("length(key) = 32"))},
        {"since only",
         [&](int) {
             SearchQuery s;
             s.updatedSinceBlock = std::max<quint64>(lastBlock, 1);
             return s;
         },
         {},
         plainFilter(QStringLiteral("block >= %1").arg(std::max<quint64>(lastBlock, 1)))},
    };
    // Recall against the exhaustive ranking, on a connection of its own (not timed).
    auto referenceDb = std::move(SqliteDatabase::open(dbPath)).value();
    constexpr int kRecallQueries = 20;
    std::printf("\n%-12s %10s %10s %10s %14s %12s %10s %10s\n", "query", "p50 ms", "p99 ms", "hits",
                "sqlite3 CLI ms", "CLI/p50", "recall@10", "recall@50");
    for (const Kind& k : kinds) {
        std::vector<double> times;
        qsizetype hits = 0;
        double recall10 = 0, recall50 = 0;
        int recalled = 0;
        for (int i = 0; i < 60; ++i) {
            const SearchQuery query = k.make(i);
            QElapsedTimer t;
            t.start();
            const Result<SearchResults> r = store->search(query);
            times.push_back(seconds(t) * 1000);
            hits += r ? r.value().hits.size() : 0;
            // Words only: without them the order is by name, and exact already (an index walk).
            if (r && i < kRecallQueries && !ModuleStore::ftsQuery(query.text).isEmpty() &&
                query.tag.isEmpty()) {
                const QList<Scored> exact = exactTop(*referenceDb, query, 50);
                QList<QByteArray> keys;
                for (const SearchHit& h : r.value().hits)
                    keys << h.key;
                QHash<QByteArray, double> ourScores;
                for (const Scored& sc : exactTop(*referenceDb, query, 50, keys))
                    ourScores.insert(sc.key, sc.score);
                recall10 += recallAt(10, r.value().hits, exact, ourScores);
                recall50 += recallAt(50, r.value().hits, exact, ourScores);
                ++recalled;
            }
        }
        QElapsedTimer cli;
        QProcess sqlite;
        cli.start();
        sqlite.start(
            QStringLiteral("sqlite3"),
            {dbPath, !k.cliSql.isEmpty()
                         ? k.cliSql
                         : QStringLiteral("SELECT rowid FROM modules_fts WHERE modules_fts MATCH '%1' "
                                          "ORDER BY bm25(modules_fts) LIMIT 50;")
                               .arg(QString(k.cliMatch).replace(QLatin1Char('\''), QStringLiteral("''")))});
        sqlite.waitForFinished(-1);
        const double cliMs = seconds(cli) * 1000;
        const double p50 = percentile(times, 0.5);
        if (recalled > 0)
            std::printf("%-12s %10.2f %10.2f %10lld %14.1f %12.1f %10.2f %10.2f\n", k.name, p50,
                        percentile(times, 0.99), static_cast<long long>(hits / 60), cliMs, cliMs / p50,
                        recall10 / recalled, recall50 / recalled);
        else // no words: every module that passes, by name, read in that order: exact
            std::printf("%-12s %10.2f %10.2f %10lld %14.1f %12.1f %10s %10s\n", k.name, p50,
                        percentile(times, 0.99), static_cast<long long>(hits / 60), cliMs, cliMs / p50,
                        "(by name)", "(by name)");
        std::fflush(stdout);
    }
    // How many match, as the Search view says it: a common word, two words, and each phrase of the
    // phrase queries (an estimate from a sample of checks at this size).
    {
        QStringList texts{QStringLiteral("model "),
                          vocabulary[0] + QLatin1Char(' ') + vocabulary[22] + QLatin1Char(' ')};
        for (int i = 0; i < 5; ++i)
            texts << QStringLiteral("\"%1 %2\"").arg(vocabulary[0], vocabulary[2 + i]);
        for (const QString& text : texts) {
            const Result<SearchResults> r = store->search(q(text));
            auto exactDb = std::move(SqliteDatabase::open(dbPath)).value();
            const qint64 all = scalarCount(*exactDb, ModuleStore::ftsQuery(text));
            if (r)
                std::printf("%s: %s%lld matches (FTS5 counts %lld)\n",
                            qPrintable(text.startsWith(QLatin1Char('"'))
                                           ? text
                                           : QLatin1Char('"') + text.trimmed() + QLatin1Char('"')),
                            r.value().matchesExact ? "" : "about ", static_cast<long long>(r.value().matches),
                            static_cast<long long>(all));
        }
        // A word that is in names as well as in most descriptions: the modules named for it first.
        int named = 0;
        const QList<SearchHit> forName = store->search(q(vocabulary[2] + QLatin1Char(' '))).value().hits;
        for (const SearchHit& h : forName) {
            const std::optional<StoredModule> m = store->module(h.key);
            named += m && m->metadata &&
                             (h.name.split(QLatin1Char('-')).contains(vocabulary[2]) ||
                              m->metadata->tags.contains(vocabulary[2]))
                         ? 1
                         : 0;
        }
        std::printf("name word: %d of our top %lld have it in their name or tags\n", named,
                    static_cast<long long>(forName.size()));
    }
    QElapsedTimer grep;
    grep.start();
    QProcess g;
    g.start(QStringLiteral("grep"),
            {QStringLiteral("-c"), QStringLiteral("-w"), QStringLiteral("model"), jsonPath});
    g.waitForFinished(-1);
    std::printf("\ngrep -c -w model over the JSON lines: %.1f ms (%s matching lines)\n", seconds(grep) * 1000,
                g.readAllStandardOutput().trimmed().constData());
    if (reuse)
        return 0;
    // The floor under any ingest that keeps this index: the sqlite3 CLI has FTS5 build the same index
    // (same columns, tokenizer, prefixes and settings) over a copy of the same rows in one 'rebuild'.
    const QString copyPath = dir.filePath(QStringLiteral("fts-only.sqlite"));
    QProcess copy;
    copy.start(
        QStringLiteral("sqlite3"),
        {copyPath,
         QStringLiteral("ATTACH '%1' AS r; CREATE TABLE m AS SELECT rowid AS id, name, description, "
                        "tags, author, entrypoint, custom_text FROM r.modules WHERE name IS NOT NULL; "
                        "CREATE VIRTUAL TABLE f USING fts5(name, description, tags, author, entrypoint, "
                        "custom_text, content = 'm', content_rowid = 'id', "
                        "tokenize = 'unicode61 remove_diacritics 2', prefix = '3'); "
                        "INSERT INTO f(f, rank) SELECT k, v FROM r.modules_fts_config "
                        "WHERE k IN ('hashsize', 'automerge');")
             .arg(dbPath)});
    copy.waitForFinished(-1);
    QElapsedTimer rebuild;
    rebuild.start();
    QProcess fts;
    fts.start(QStringLiteral("sqlite3"),
              {copyPath, QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
                                        "INSERT INTO f(f) VALUES('rebuild');")});
    fts.waitForFinished(-1);
    const double ftsSeconds = seconds(rebuild);
    std::printf("FTS5 alone (sqlite3 CLI 'rebuild' of the same index over the same rows): %.1f s = %.0f "
                "modules/s; the store's whole ingest took %.1f× as long%s\n",
                ftsSeconds, n / ftsSeconds, ingestSeconds / ftsSeconds,
                fts.exitCode() == 0
                    ? ""
                    : qPrintable(QStringLiteral(" (sqlite3 failed: %1)")
                                     .arg(QString::fromLocal8Bit(fts.readAllStandardError()))));
    // A reorganisation of the last ten blocks (1,000 modules) on the whole replica.
    {
        QElapsedTimer t;
        t.start();
        const Status rolled = store->rollback(
            location, BlockRef{static_cast<quint64>((n - 1) / 100 - 10), QByteArray(32, '\x02')});
        std::printf("\nrollback of the last 10 blocks (1,000 modules): %.1f ms%s\n", seconds(t) * 1000,
                    rolled ? "" : qPrintable(QStringLiteral(" (failed: %1)").arg(rolled.error())));
    }
    return 0;
}
