// Issue #25, choosing the search engine by measurement: the same replica searched, side by side in
// one run, by (1) FTS5 scoring every match (ORDER BY bm25() with the ranking's column weights: the
// exact reference, and what "FTS5 tuned" can at best do for the top k) and (2) Xapian (Debian's
// 1.4.22: BM25 with max-weight pruning and early termination), built here from the replica's rows
// with the column weights as within-document frequency increments. Prints ingest rate, index size,
// latency p50/p99 per query class, and Xapian's agreement with the FTS5 ranking (recall@10/@50; the
// two BM25s differ by design: Xapian's document length counts weighted occurrences).
// Usage: BenchSearchEngines REPLICA_PATH (a replica kept by `BenchSearch N REPLICA_PATH`).
// Figures, not a pass/fail test.
// Xapian first: Qt defines "slots" as a keyword, and Xapian uses the word.
#include <xapian.h>

#include "store/BlockMaxScorer.h"
#include "store/ModuleStore.h"
#include "store/SqliteDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <map>
#include <optional>
#include <cstdio>

using namespace modreg;

namespace {
double seconds(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

qint64 folderBytes(const QString& path)
{
    qint64 bytes = 0;
    for (const QFileInfo& f : QDir(path).entryInfoList(QDir::Files))
        bytes += f.size();
    return bytes;
}

// The replica's vocabulary by how many modules have each word, commonest first (from FTS5's own
// vocabulary table): query words are drawn from it, as a person would type them.
QList<QPair<QString, qint64>> vocabulary(const SqliteDatabase& db)
{
    (void)db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.v USING fts5vocab(main, modules_fts, row)");
    auto st = std::move(db.prepare("SELECT term, doc FROM temp.v ORDER BY doc DESC")).value();
    QList<QPair<QString, qint64>> out;
    for (Result<bool> row = st.step(); row && row.value(); row = st.step())
        out.append({st.text(0), st.integer(1)});
    return out;
}

struct Query
{
    QStringList words;
    bool prefix = false; // the last word is a prefix
    bool phrase = false;
};

QString ftsText(const Query& q)
{
    if (q.phrase)
        return QStringLiteral("\"%1\"").arg(q.words.join(QLatin1Char(' ')));
    QStringList parts;
    for (qsizetype i = 0; i < q.words.size(); ++i)
        parts << QStringLiteral("\"%1\"").arg(q.words[i]) + (q.prefix && i + 1 == q.words.size() ? QStringLiteral("*") : QString());
    return parts.join(QLatin1Char(' '));
}

Xapian::Query xapianQuery(const Query& q)
{
    std::vector<Xapian::Query> parts;
    for (qsizetype i = 0; i < q.words.size(); ++i) {
        const std::string w = q.words[i].toStdString();
        parts.push_back(q.prefix && i + 1 == q.words.size() ? Xapian::Query(Xapian::Query::OP_WILDCARD, w)
                                                            : Xapian::Query(w));
    }
    return Xapian::Query(q.phrase ? Xapian::Query::OP_PHRASE : Xapian::Query::OP_AND, parts.begin(), parts.end());
}

// (3) Our own: postings per term in document order, in blocks of kBlock whose headers carry the
// largest weighted frequency and the smallest length, and the exact top k by block-max pruning
// (core/store/BlockMaxScorer). In memory here, to learn the floor of the approach before it is put
// on disk.
class ImpactIndex
{
public:
    static constexpr size_t kBlock = 64;

    void add(quint32 doc, const QStringList& columns)
    {
        static constexpr quint32 weights[] = {10, 2, 4, 3, 1, 1};
        QHash<QString, quint32> f;
        quint32 length = 0;
        for (int c = 0; c < columns.size(); ++c)
            for (const QString& token : tokens(columns[c])) {
                f[token] += weights[c];
                ++length;
            }
        m_total += length;
        ++m_docs;
        for (auto it = f.cbegin(); it != f.cend(); ++it)
            m_adding[it.key()].push_back({doc, it.value(), length});
    }

    void finish()
    {
        for (auto it = m_adding.cbegin(); it != m_adding.cend(); ++it)
            m_terms.emplace(it.key(), ranking::BlockedPostings(it.value(), kBlock));
        m_adding.clear();
    }

    // The top k of the words (every word in the document; the last a prefix when `prefix`), best first.
    std::vector<ranking::Scored> top(const QStringList& words, size_t k, bool prefix = false) const
    {
        std::vector<const ranking::TermPostings*> terms;
        std::optional<ranking::BlockedPostings> merged;
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QString& w = words[i];
            if (prefix && i + 1 == words.size()) {
                std::vector<const ranking::TermPostings*> expansions;
                for (auto it = m_terms.lower_bound(w); it != m_terms.end() && it->first.startsWith(w); ++it)
                    expansions.push_back(&it->second);
                merged.emplace(ranking::mergedPostings(expansions, kBlock));
                terms.push_back(&*merged);
                continue;
            }
            const auto it = m_terms.find(w);
            if (it == m_terms.end())
                return {};
            terms.push_back(&it->second);
        }
        ranking::Bm25 model;
        model.documents = static_cast<quint64>(m_docs);
        model.averageLength = static_cast<double>(m_total) / static_cast<double>(m_docs);
        return ranking::topK(terms, model, k);
    }

    size_t bytes() const
    {
        size_t b = 0;
        for (const auto& [term, postings] : m_terms)
            b += postings.documentCount() * sizeof(ranking::Posting) +
                 postings.blocks().size() * sizeof(ranking::BlockHeader);
        return b;
    }

private:
    static QStringList tokens(const QString& text)
    {
        QStringList out;
        QString word;
        for (const QChar ch : text) {
            if (ch.isLetterOrNumber())
                word += ch.toLower();
            else if (!word.isEmpty())
                out << std::exchange(word, QString());
        }
        if (!word.isEmpty())
            out << word;
        return out;
    }

    QHash<QString, std::vector<ranking::Posting>> m_adding; // until finish()
    std::map<QString, ranking::BlockedPostings> m_terms;     // in order, for prefixes
    qint64 m_total = 0;
    qint64 m_docs = 0;
};
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "Usage: BenchSearchEngines REPLICA_PATH\n");
        return 2;
    }
    const QString replica = QString::fromLocal8Bit(argv[1]);
    auto db = std::move(SqliteDatabase::open(replica)).value();
    QTemporaryDir dir;
    const QString xapianPath = dir.filePath(QStringLiteral("xapian"));

    // ---- Xapian: the index, from the replica's rows ----
    static constexpr int kWeights[] = {10, 2, 4, 3, 1, 1}; // name, description, tags, author, entrypoint, custom
    QElapsedTimer ingest;
    ingest.start();
    qint64 documents = 0;
    {
        Xapian::WritableDatabase x(xapianPath.toStdString(), Xapian::DB_CREATE_OR_OVERWRITE);
        Xapian::TermGenerator terms;
        auto rows = std::move(db->prepare("SELECT rowid, key, name, description, tags, author, entrypoint, "
                                          "custom_text FROM modules WHERE name IS NOT NULL ORDER BY rowid"))
                        .value();
        x.begin_transaction(false);
        for (Result<bool> row = rows.step(); row && row.value(); row = rows.step()) {
            Xapian::Document d;
            terms.set_document(d);
            for (int c = 0; c < 6; ++c) {
                terms.index_text(rows.text(2 + c).toStdString(), static_cast<Xapian::termcount>(kWeights[c]));
                terms.increase_termpos(100); // no phrase across columns
            }
            const QByteArray key = rows.blob(1);
            d.set_data(std::string(key.constData(), static_cast<size_t>(key.size())));
            x.replace_document(static_cast<Xapian::docid>(rows.integer(0)), d);
            if (++documents % 10000 == 0) {
                x.commit_transaction();
                x.begin_transaction(false);
            }
        }
        x.commit_transaction();
        x.commit();
    }
    const double ingestSeconds = seconds(ingest);
    QElapsedTimer built;
    built.start();
    ImpactIndex impacts;
    {
        auto rows = std::move(db->prepare("SELECT rowid, name, description, tags, author, entrypoint, custom_text "
                                          "FROM modules WHERE name IS NOT NULL ORDER BY rowid"))
                        .value();
        for (Result<bool> row = rows.step(); row && row.value(); row = rows.step())
            impacts.add(static_cast<quint32>(rows.integer(0)), {rows.text(1), rows.text(2), rows.text(3), rows.text(4),
                                                                rows.text(5), rows.text(6)});
        impacts.finish();
    }
    std::printf("impact blocks (in memory) built in %.1f s, %.1f MiB\n", seconds(built),
                static_cast<double>(impacts.bytes()) / 1048576.0);
    std::printf("modules: %lld\nXapian ingest from the replica's rows: %.1f s = %.0f modules/s; index %.1f MiB\n",
                static_cast<long long>(documents), ingestSeconds, static_cast<double>(documents) / ingestSeconds,
                static_cast<double>(folderBytes(xapianPath)) / 1048576.0);

    // ---- queries ----
    const QList<QPair<QString, qint64>> vocab = vocabulary(*db);
    QElapsedTimer cold;
    cold.start();
    Xapian::Database x(xapianPath.toStdString());
    std::printf("Xapian open: %.1f ms\n", seconds(cold) * 1000);

    QRandomGenerator rng(11);
    const auto share = [&](double lo, double hi) { // words in [lo, hi) of the modules
        QStringList out;
        for (const auto& [term, docs] : vocab) {
            const double s = static_cast<double>(docs) / static_cast<double>(documents);
            if (s >= lo && s < hi && term.size() >= 3 && !term.at(0).isDigit())
                out << term;
        }
        return out;
    };
    const QStringList common = share(0.05, 1.1), mid = share(0.002, 0.05), rare = share(0.00002, 0.002);
    struct Class
    {
        const char* name;
        std::function<Query()> make;
    };
    const auto pick = [&](const QStringList& from) { return from[static_cast<qsizetype>(rng.bounded(static_cast<quint32>(from.size())))]; };
    const QList<Class> classes{
        {"common word", [&] { return Query{{pick(common)}}; }},
        {"mid word", [&] { return Query{{pick(mid)}}; }},
        {"rare word", [&] { return Query{{pick(rare)}}; }},
        {"two common", [&] { return Query{{pick(common), pick(common)}}; }},
        {"common+mid", [&] { return Query{{pick(common), pick(mid)}}; }},
        {"prefix", [&] { return Query{{pick(mid).left(3)}, true}; }},
        // Two words next to each other in some module's description: a phrase that matches.
        {"phrase", [&] {
             auto st = std::move(db->prepare("SELECT description FROM modules WHERE rowid >= ?1 AND name IS NOT NULL "
                                             "ORDER BY rowid LIMIT 1"))
                           .value();
             st.bind(1, static_cast<qint64>(rng.bounded(static_cast<quint32>(documents))) + 1);
             QStringList words;
             if (Result<bool> row = st.step(); row && row.value())
                 words = st.text(0).split(QLatin1Char(' '), Qt::SkipEmptyParts);
             const qsizetype at = words.size() > 2 ? static_cast<qsizetype>(rng.bounded(static_cast<quint32>(words.size() - 1))) : 0;
             return Query{words.mid(at, 2), false, true};
         }},
    };
    std::printf("\n%-12s %8s %8s %8s %8s %9s %9s %8s %8s %8s %9s %8s\n", "query", "fts p50", "fts p99", "xap p50",
                "xap p99", "xap@10", "xap@50", "matches", "queries", "imp p50", "imp p99", "imp@50");
    for (const Class& c : classes) {
        std::vector<double> fts, xap, imp;
        double agree10 = 0, agree50 = 0, impAgree = 0;
        qint64 matches = 0;
        const int n = 30;
        for (int i = 0; i < n; ++i) {
            const Query q = c.make();
            QElapsedTimer t;
            t.start();
            auto st = std::move(db->prepare("SELECT m.key, -bm25(modules_fts, 10.0, 2.0, 4.0, 3.0, 1.0, 1.0) FROM "
                                            "modules_fts JOIN modules m ON m.rowid = modules_fts.rowid WHERE "
                                            "modules_fts MATCH ?1 ORDER BY bm25(modules_fts, 10.0, 2.0, 4.0, 3.0, "
                                            "1.0, 1.0) LIMIT 50"))
                          .value();
            st.bind(1, ftsText(q));
            QList<QByteArray> exact;
            std::vector<double> exactScores;
            for (Result<bool> row = st.step(); row && row.value(); row = st.step()) {
                exact << st.blob(0);
                exactScores.push_back(st.real(1));
            }
            fts.push_back(seconds(t) * 1000);

            t.restart();
            Xapian::Enquire e(x);
            e.set_weighting_scheme(Xapian::BM25Weight(1.2, 0, 1, 0.75, 0.0));
            e.set_query(xapianQuery(q));
            const Xapian::MSet m = e.get_mset(0, 50);
            QList<QByteArray> got;
            for (Xapian::MSetIterator it = m.begin(); it != m.end(); ++it) {
                const std::string data = it.get_document().get_data();
                got << QByteArray(data.data(), static_cast<qsizetype>(data.size()));
            }
            xap.push_back(seconds(t) * 1000);
            matches += static_cast<qint64>(m.get_matches_estimated());
            const auto agree = [&](int k) {
                const qsizetype wanted = std::min<qsizetype>(k, exact.size());
                if (wanted == 0)
                    return 1.0;
                const QSet<QByteArray> best(exact.begin(), exact.begin() + wanted);
                int found = 0;
                for (qsizetype j = 0; j < std::min<qsizetype>(k, got.size()); ++j)
                    found += best.contains(got[j]) ? 1 : 0;
                return static_cast<double>(found) / static_cast<double>(wanted);
            };
            agree10 += agree(10);
            agree50 += agree(50);
            if (!q.phrase) {
                QStringList lower;
                for (const QString& w : q.words)
                    lower << w.toLower();
                t.restart();
                const auto best = impacts.top(lower, 50, q.prefix);
                imp.push_back(seconds(t) * 1000);
                // The same scores, position by position, as FTS5's bm25() over every match: the same
                // ranking up to the order of equal scores.
                int same = 0;
                for (size_t j = 0; j < std::min(best.size(), exactScores.size()); ++j)
                    same += std::abs(best[j].score - exactScores[j]) <= 1e-6 * std::abs(exactScores[j]) ? 1 : 0;
                impAgree += exactScores.empty() ? (best.empty() ? 1.0 : 0.0)
                                                : static_cast<double>(same) / static_cast<double>(std::max(exactScores.size(), best.size()));
            }
        }
        std::printf("%-12s %8.2f %8.2f %8.2f %8.2f %9.2f %9.2f %8lld %8d", c.name, percentile(fts, 0.5),
                    percentile(fts, 0.99), percentile(xap, 0.5), percentile(xap, 0.99), agree10 / n, agree50 / n,
                    static_cast<long long>(matches / n), n);
        if (imp.empty())
            std::printf(" %8s %9s %8s\n", "-", "-", "-");
        else
            std::printf(" %8.2f %9.2f %8.2f\n", percentile(imp, 0.5), percentile(imp, 0.99), impAgree / static_cast<double>(imp.size()));
        std::fflush(stdout);
    }
    return 0;
}
