// Search over a large replica. Generates N synthetic modules (default 1,000,000) with realistic
// text — a Zipf vocabulary, where the commonest words ("model", "text") are in a third of all
// modules — writes them into a replica's modules table (the FTS5 index follows by its triggers) and
// as JSON lines, then measures: ingest rate, search latency p50/p99 through ModuleStore::search
// (top 50 by BM25) for rare, common, two-word, prefix, phrase and filtered queries, a cold open,
// and the file size; against, in the same run, the sqlite3 CLI running a plain FTS5
// `MATCH … ORDER BY bm25(…) LIMIT 50` on the same file, and grep over the JSON lines.
// Usage: BenchSearch [N]. Figures, not a pass/fail test.
#include "store/ModuleStore.h"
#include "store/SqliteDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtEndian>
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

struct Synthetic
{
    QString name, description, tags, author, entrypoint, customText;
};

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

double seconds(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("replica.sqlite"));
    const QString jsonPath = dir.filePath(QStringLiteral("modules.jsonl"));
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

    // ---- ingest ----
    {
        auto store = std::move(ModuleStore::open(dbPath)).value(); // the real schema, migrations and triggers
    }
    auto db = std::move(SqliteDatabase::open(dbPath)).value();
    QFile json(jsonPath);
    json.open(QIODevice::WriteOnly);
    QElapsedTimer ingest;
    ingest.start();
    auto insert =
        std::move(db->prepare("INSERT INTO modules(key, owner, metadata_cid, block, state, name, version, "
                              "author, description, tags, entrypoint, custom_text) "
                              "VALUES(?1, ?2, ?3, ?4, 1, ?5, '1.0.0', ?6, ?7, ?8, ?9, ?10)"))
            .value();
    double jsonSeconds = 0; // writing the JSON lines and making up the text: not ingest
    for (int start = 0; start < n; start += 10000) {
        const Status batch = db->transaction([&]() -> Status {
            for (int i = start; i < std::min(n, start + 10000); ++i) {
                QElapsedTimer made; // making up the text is not ingest: its time is taken out
                made.start();
                QStringList description = words(12 + static_cast<int>(rng.bounded(20)));
                if (rng.bounded(3) == 0)
                    description.insert(static_cast<int>(rng.bounded(description.size())), vocabulary[0]);
                if (rng.bounded(3) == 0)
                    description.insert(static_cast<int>(rng.bounded(description.size())), vocabulary[1]);
                const Synthetic m{words(2).join(QLatin1Char('-')),
                                  description.join(QLatin1Char(' ')),
                                  words(1 + static_cast<int>(rng.bounded(3))).join(QLatin1Char(' ')),
                                  QStringLiteral("author%1").arg(rng.bounded(5000)),
                                  QStringLiteral("python main.py"),
                                  words(3).join(QLatin1Char(' '))};
                jsonSeconds += seconds(made);
                QByteArray key(32, '\0');
                qToBigEndian(static_cast<quint32>(i), key.data() + 28);
                insert.bind(1, key)
                    .bind(2, QByteArray(20, '\x01'))
                    .bind(3, QStringLiteral("bafkrei%1").arg(i))
                    .bind(4, static_cast<qint64>(i / 100))
                    .bind(5, m.name)
                    .bind(6, m.author)
                    .bind(7, m.description)
                    .bind(8, m.tags)
                    .bind(9, m.entrypoint)
                    .bind(10, m.customText);
                if (Status s = insert.run(); !s)
                    return s;
                QElapsedTimer j;
                j.start();
                json.write("{\"name\":\"" + m.name.toUtf8() + "\",\"author\":\"" + m.author.toUtf8() +
                           "\",\"description\":\"" + m.description.toUtf8() + "\",\"tags\":\"" +
                           m.tags.toUtf8() + "\",\"custom\":\"" + m.customText.toUtf8() + "\"}\n");
                jsonSeconds += seconds(j);
            }
            return success();
        });
        if (!batch) {
            std::fprintf(stderr, "%s\n", qPrintable(batch.error()));
            return 1;
        }
    }
    json.close();
    const double ingestSeconds = seconds(ingest) - jsonSeconds;
    db.reset();
    std::printf(
        "modules: %d; ingest %.1f s = %.0f modules/s (SQL insert + FTS5 triggers, 10,000 per transaction)\n",
        n, ingestSeconds, n / ingestSeconds);
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

    struct Kind
    {
        const char* name;
        std::function<SearchQuery(int)> make;
        QString cliMatch; // the plain FTS5 query the CLI runs for this kind
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
        {"filtered",
         [&](int i) {
             SearchQuery s = q(vocabulary[0] + QLatin1Char(' '));
             s.author = QStringLiteral("author%1").arg(i * 13);
             return s;
         },
         QStringLiteral("\"model\"")},
    };
    std::printf("\n%-12s %10s %10s %10s %14s %12s\n", "query", "p50 ms", "p99 ms", "hits", "sqlite3 CLI ms",
                "CLI/p50");
    for (const Kind& k : kinds) {
        std::vector<double> times;
        qsizetype hits = 0;
        for (int i = 0; i < 60; ++i) {
            const SearchQuery query = k.make(i);
            QElapsedTimer t;
            t.start();
            const Result<QList<SearchHit>> r = store->search(query);
            times.push_back(seconds(t) * 1000);
            hits += r ? r.value().size() : 0;
        }
        QElapsedTimer cli;
        QProcess sqlite;
        cli.start();
        sqlite.start(
            QStringLiteral("sqlite3"),
            {dbPath, QStringLiteral("SELECT rowid FROM modules_fts WHERE modules_fts MATCH '%1' "
                                    "ORDER BY bm25(modules_fts) LIMIT 50;")
                         .arg(QString(k.cliMatch).replace(QLatin1Char('\''), QStringLiteral("''")))});
        sqlite.waitForFinished(-1);
        const double cliMs = seconds(cli) * 1000;
        const double p50 = percentile(times, 0.5);
        std::printf("%-12s %10.2f %10.2f %10lld %14.1f %12.1f\n", k.name, p50, percentile(times, 0.99),
                    static_cast<long long>(hits / 60), cliMs, cliMs / p50);
        std::fflush(stdout);
    }
    QElapsedTimer grep;
    grep.start();
    QProcess g;
    g.start(QStringLiteral("grep"),
            {QStringLiteral("-c"), QStringLiteral("-w"), QStringLiteral("model"), jsonPath});
    g.waitForFinished(-1);
    std::printf("\ngrep -c -w model over the JSON lines: %.1f ms (%s matching lines)\n", seconds(grep) * 1000,
                g.readAllStandardOutput().trimmed().constData());
    return 0;
}
