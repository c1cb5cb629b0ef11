// ranking::topK, the exact top k by block-max pruning, against the exhaustive ranking this test
// computes itself: every document scored with BM25 written out here again, sorted, cut at k.
#include "store/BlockMaxScorer.h"

#include <QRandomGenerator>
#include <QtTest>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>

using namespace modreg::ranking;

namespace {
// One term's postings in memory, counting the blocks the scorer reads.
class MemoryPostings : public BlockedPostings
{
public:
    using BlockedPostings::BlockedPostings;
    const std::vector<Posting>& block(size_t index) const override
    {
        ++reads;
        return BlockedPostings::block(index);
    }
    mutable int reads = 0;
};

struct Corpus
{
    int documents = 0;
    double averageLength = 0;
    std::vector<quint32> length;                     // by document
    std::vector<std::map<int, quint32>> frequencies; // by document: term → weighted frequency
};

// Documents of 3 "columns" (weights 10, 2, 4) with words drawn so a few are very common.
Corpus makeCorpus(int documents, int vocabulary, QRandomGenerator& rng)
{
    static const quint32 weights[] = {10, 2, 4};
    Corpus c;
    c.documents = documents;
    double total = 0;
    for (int d = 0; d < documents; ++d) {
        std::map<int, quint32> f;
        quint32 length = 0;
        for (const quint32 w : weights) {
            const int words = 1 + static_cast<int>(rng.bounded(w == 2 ? 25 : 3));
            for (int i = 0; i < words; ++i) {
                // Skewed: the square of a uniform draw favours small term numbers.
                const double u = rng.generateDouble();
                f[static_cast<int>(u * u * vocabulary)] += w;
                ++length;
            }
        }
        c.length.push_back(length);
        c.frequencies.push_back(std::move(f));
        total += length;
    }
    c.averageLength = total / documents;
    return c;
}

// Every term's postings, in blocks of `blockSize`.
std::vector<MemoryPostings> postingsOf(const Corpus& corpus, int vocabulary, size_t blockSize)
{
    std::vector<std::vector<Posting>> byTerm(static_cast<size_t>(vocabulary));
    for (int d = 0; d < corpus.documents; ++d)
        for (const auto& [term, f] : corpus.frequencies[static_cast<size_t>(d)])
            byTerm[static_cast<size_t>(term)].push_back(
                {static_cast<quint32>(d), f, corpus.length[static_cast<size_t>(d)]});
    std::vector<MemoryPostings> postings;
    for (const std::vector<Posting>& list : byTerm)
        postings.emplace_back(list, blockSize);
    return postings;
}

// 3,000 documents over `vocabulary` words, their postings in blocks of `blockSize`, and BM25 over them.
struct Collection
{
    Corpus corpus;
    std::vector<MemoryPostings> postings;
    Bm25 model;
};
Collection collectionOf(QRandomGenerator& rng, int vocabulary, int blockSize)
{
    Collection c;
    c.corpus = makeCorpus(3000, vocabulary, rng);
    c.postings = postingsOf(c.corpus, vocabulary, static_cast<size_t>(blockSize));
    c.model.documents = static_cast<quint64>(c.corpus.documents);
    c.model.averageLength = c.corpus.averageLength;
    return c;
}

// The first k of every document scored: best first, of equal scores the higher document first.
std::vector<Scored> best(std::vector<Scored> all, size_t k)
{
    std::sort(all.begin(), all.end(), [](const Scored& a, const Scored& b) {
        return a.score > b.score || (a.score == b.score && a.doc > b.doc);
    });
    if (all.size() > k)
        all.resize(k);
    return all;
}

double bm25(double n, double documents, double f, double length, double averageLength)
{
    const double idf = std::max(1e-6, std::log((documents - n + 0.5) / (n + 0.5)));
    return idf * f * 2.2 / (f + 1.2 * (0.25 + 0.75 * length / averageLength));
}
} // namespace

class TestBlockMaxScorer : public QObject
{
    Q_OBJECT

private slots:
    void theTopKIsTheExhaustiveRanking_data()
    {
        QTest::addColumn<int>("blockSize");
        QTest::newRow("blocks of 1") << 1;
        QTest::newRow("blocks of 7") << 7;
        QTest::newRow("blocks of 64") << 64;
    }

    void theTopKIsTheExhaustiveRanking()
    {
        QFETCH(int, blockSize);
        QRandomGenerator rng(2027);
        const int vocabulary = 300;
        const Collection c = collectionOf(rng, vocabulary, blockSize);
        const Corpus& corpus = c.corpus;
        const std::vector<MemoryPostings>& postings = c.postings;
        const Bm25& model = c.model;

        int compared = 0, skippedSomewhere = 0;
        for (int q = 0; q < 400; ++q) {
            std::vector<int> words;
            const int count = 1 + static_cast<int>(rng.bounded(3));
            for (int i = 0; i < count; ++i) {
                const double u = rng.generateDouble();
                words.push_back(static_cast<int>(u * u * u * vocabulary)); // common words, mostly
            }
            const size_t k = std::vector<size_t>{1, 10, 50}[rng.bounded(3)];
            const int filter = static_cast<int>(rng.bounded(3)); // 0: none, else keep docs % 3 != filter - 1
            const auto accept = [filter](quint32 doc) {
                return filter == 0 || doc % 3 != static_cast<quint32>(filter - 1);
            };

            // The order the scorer sums in: the rarest term first (stable for equals).
            std::vector<int> order = words;
            std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
                return postings[a].documentCount() < postings[b].documentCount();
            });
            std::vector<Scored> exhaustive;
            for (int d = 0; d < corpus.documents; ++d) {
                double score = 0;
                bool all = true;
                for (const int w : order) {
                    const auto it = corpus.frequencies[d].find(w);
                    if (it == corpus.frequencies[d].end()) {
                        all = false;
                        break;
                    }
                    score += bm25(static_cast<double>(postings[w].documentCount()), corpus.documents,
                                  it->second, corpus.length[d], corpus.averageLength);
                }
                if (all && accept(static_cast<quint32>(d)))
                    exhaustive.push_back({score, static_cast<quint32>(d)});
            }
            exhaustive = best(std::move(exhaustive), k);

            std::vector<const TermPostings*> terms;
            int blocksBefore = 0;
            for (const int w : words) {
                terms.push_back(&postings[w]);
                blocksBefore += postings[w].reads;
            }
            const std::vector<Scored> got = topK(terms, model, k, accept);
            QCOMPARE(got.size(), exhaustive.size());
            for (size_t i = 0; i < got.size(); ++i) {
                QCOMPARE(got[i].doc, exhaustive[i].doc);
                QCOMPARE(got[i].score, exhaustive[i].score);
            }
            int blocksRead = -blocksBefore;
            int blocksThere = 0;
            for (const int w : words) {
                blocksRead += postings[w].reads;
                blocksThere += static_cast<int>(postings[w].blocks().size());
            }
            skippedSomewhere += blocksRead < blocksThere ? 1 : 0;
            ++compared;
        }
        QCOMPARE(compared, 400);
        // Blocks went unread: the pruning works (and the comparison above says it never pruned a
        // document that belonged). With blocks of 64 most of these 3,000 documents' words fill one
        // block or two, so there is less to skip.
        QVERIFY2(skippedSomewhere > (blockSize <= 7 ? 200 : 20),
                 qPrintable(QString::number(skippedSomewhere)));
    }

    // The expansions of a prefix merged into one list (summed a window of rows at a time): each row
    // once, its frequencies summed, every block in row order; against a plain map of the same
    // postings. Rows up to 200,000 cross several windows; few postings spread over many rows too.
    void expansionsMergeIntoOneListEachRowOnce()
    {
        QRandomGenerator rng(47);
        for (const auto& [runCount, rows, perRun] :
             {std::tuple{5, 200000u, 60000}, std::tuple{2, 200000u, 3000}, std::tuple{10, 200000u, 100}}) {
            std::vector<std::vector<Posting>> runs(static_cast<size_t>(runCount));
            std::map<quint32, std::pair<quint32, quint32>> expected; // row → (f summed, length)
            for (std::vector<Posting>& run : runs) {
                std::map<quint32, quint32> docs;
                for (int i = 0; i < perRun; ++i)
                    docs[1 + rng.bounded(rows)] = 1 + rng.bounded(20u);
                for (const auto& [doc, f] : docs) {
                    const quint32 length = 5 + doc % 97; // a row's length is the same in every run
                    run.push_back({doc, f, length});
                    expected[doc].first += f;
                    expected[doc].second = length;
                }
            }
            const BlockedPostings merged = mergedPostings(runs, 128);
            QCOMPARE(merged.documentCount(), quint64(expected.size()));
            auto want = expected.begin();
            for (size_t b = 0; b < merged.blocks().size(); ++b)
                for (const Posting& p : merged.block(b)) {
                    QVERIFY(want != expected.end());
                    QCOMPARE(p.doc, want->first);
                    QCOMPARE(p.f, want->second.first);
                    QCOMPARE(p.length, want->second.second);
                    ++want;
                }
            QVERIFY(want == expected.end());
        }
    }

    // A prefix as FTS5 reads it: any expansion, frequencies summed, one idf for the whole of it.
    void aPrefixIsItsExpansionsReadAsOne()
    {
        QRandomGenerator rng(31);
        const int vocabulary = 200;
        const Corpus corpus = makeCorpus(2000, vocabulary, rng);
        const std::vector<MemoryPostings> postings = postingsOf(corpus, vocabulary, 16);
        Bm25 model;
        model.documents = static_cast<quint64>(corpus.documents);
        model.averageLength = corpus.averageLength;
        for (int q = 0; q < 100; ++q) {
            // Terms 10·p … 10·p + 9 share a "prefix"; a second, whole word may come with it.
            const int prefix = static_cast<int>(rng.bounded(vocabulary / 10));
            std::vector<const TermPostings*> expansions;
            for (int t = prefix * 10; t < prefix * 10 + 10; ++t)
                expansions.push_back(&postings[t]);
            const BlockedPostings merged = mergedPostings(expansions, 8);
            const int other = rng.bounded(2) ? static_cast<int>(rng.bounded(vocabulary)) : -1;
            // The prefix's weighted frequency in each document: the sum over its expansions.
            std::vector<quint32> prefixF(static_cast<size_t>(corpus.documents), 0);
            for (int d = 0; d < corpus.documents; ++d)
                for (int t = prefix * 10; t < prefix * 10 + 10; ++t) {
                    const auto it = corpus.frequencies[d].find(t);
                    prefixF[d] += it == corpus.frequencies[d].end() ? 0 : it->second;
                }
            const auto holding = static_cast<quint64>(
                std::count_if(prefixF.begin(), prefixF.end(), [](quint32 f) { return f > 0; }));
            QCOMPARE(merged.documentCount(), holding);
            std::vector<Scored> exhaustive;
            for (int d = 0; d < corpus.documents; ++d) {
                if (prefixF[d] == 0)
                    continue;
                const double prefixScore = bm25(static_cast<double>(holding), corpus.documents, prefixF[d],
                                                corpus.length[d], corpus.averageLength);
                double score = prefixScore;
                if (other >= 0) {
                    const auto it = corpus.frequencies[d].find(other);
                    if (it == corpus.frequencies[d].end())
                        continue;
                    const double otherScore =
                        bm25(static_cast<double>(postings[other].documentCount()), corpus.documents,
                             it->second, corpus.length[d], corpus.averageLength);
                    // Summed as the scorer sums: the rarer first.
                    score = postings[other].documentCount() < holding ? otherScore + prefixScore
                                                                      : prefixScore + otherScore;
                }
                exhaustive.push_back({score, static_cast<quint32>(d)});
            }
            exhaustive = best(std::move(exhaustive), 10);
            std::vector<const TermPostings*> terms{&merged};
            if (other >= 0)
                terms.push_back(&postings[other]);
            const std::vector<Scored> got = topK(terms, model, 10);
            QCOMPARE(got.size(), exhaustive.size());
            for (size_t i = 0; i < got.size(); ++i) {
                QCOMPARE(got[i].doc, exhaustive[i].doc);
                QCOMPARE(got[i].score, exhaustive[i].score);
            }
        }
    }

    // A lone phrase (ranking::topKChecked): the words' lists bound it, and each candidate's real
    // frequency comes from a check the test makes up (a hash: 0, not there, in about two of three;
    // else at most the words' smallest frequency, as a phrase's is). Against every document holding
    // every word and the filter, checked and scored; and the count, exact when the lead list is
    // short enough to check whole.
    void theTopKOfAPhraseIsTheExhaustiveRankingOfItsChecks_data() { theTopKIsTheExhaustiveRanking_data(); }
    void theTopKOfAPhraseIsTheExhaustiveRankingOfItsChecks()
    {
        QFETCH(int, blockSize);
        QRandomGenerator rng(2612);
        const int vocabulary = 300;
        const Collection c = collectionOf(rng, vocabulary, blockSize);
        const Corpus& corpus = c.corpus;
        const std::vector<MemoryPostings>& postings = c.postings;
        const Bm25& model = c.model;
        quint64 checked = 0, held = 0; // where many match and every word is a list
        for (int q = 0; q < 300; ++q) {
            std::vector<int> words;
            for (int i = 0, count = 2 + static_cast<int>(rng.bounded(2)); i < count; ++i) {
                const double u = rng.generateDouble();
                words.push_back(static_cast<int>(u * u * u * vocabulary));
            }
            const size_t k = std::vector<size_t>{1, 10, 50}[rng.bounded(3)];
            // A filter list (postings without f or length, as a tag's) of every 2nd or 5th document,
            // or none: rarer than common words, so it leads the walk at times.
            const quint32 every = std::vector<quint32>{0, 2, 5}[rng.bounded(3)];
            std::vector<Posting> kept;
            for (quint32 d = 0; every != 0 && d < quint32(corpus.documents); d += every)
                kept.push_back({d, 0, 0});
            const MemoryPostings filter(kept, static_cast<size_t>(blockSize));
            const quint32 salt = rng.generate();
            const auto real = [&](quint32 doc) -> quint32 {
                quint32 least = std::numeric_limits<quint32>::max();
                for (const int w : words) {
                    const auto f = corpus.frequencies[doc].find(w);
                    if (f == corpus.frequencies[doc].end())
                        return 0; // a word not read as a list: the check finds it missing
                    least = std::min(least, f->second);
                }
                const quint32 h = (doc * 2654435761u) ^ salt;
                return h % 3 != 0 ? 0 : 1 + (h >> 8) % least;
            };
            const double idf = model.idf(100);
            std::vector<Scored> exhaustive;
            quint64 matching = 0, candidates = 0;
            for (int d = 0; d < corpus.documents; ++d) {
                bool all = every == 0 || d % every == 0;
                for (const int w : words)
                    all = all && corpus.frequencies[d].count(w) > 0;
                candidates += all ? 1 : 0;
                const quint32 f = all ? real(quint32(d)) : 0;
                if (f == 0)
                    continue;
                ++matching;
                exhaustive.push_back({model.score(idf, f, corpus.length[d]), quint32(d)});
            }
            exhaustive = best(std::move(exhaustive), k);

            // At times the commonest word is not read as a list (as search does with a word most
            // modules hold): only the check keeps out the documents without it.
            std::vector<const TermPostings*> terms;
            const int commonest = *std::min_element(words.begin(), words.end());
            const bool skipCommonest = rng.bounded(2) == 0;
            for (const int w : words)
                if (!skipCommonest || w != commonest ||
                    std::count(words.begin(), words.end(), w) == static_cast<qsizetype>(words.size()))
                    terms.push_back(&postings[w]);
            const std::vector<const TermPostings*> filters =
                every ? std::vector<const TermPostings*>{&filter} : std::vector<const TermPostings*>{};
            int checks = 0;
            const auto frequency = [&](quint32 doc) {
                ++checks;
                return real(doc);
            };
            const std::vector<Scored> got = topKChecked(terms, filters, model, idf, k, frequency);
            QCOMPARE(got.size(), exhaustive.size());
            for (size_t i = 0; i < got.size(); ++i) {
                QCOMPARE(got[i].doc, exhaustive[i].doc);
                QCOMPARE(got[i].score, exhaustive[i].score);
            }
            if (matching > 2 * k && terms.size() == words.size()) {
                checked += quint64(checks);
                held += candidates;
            }
            const auto [count, exact] = checkedCount(terms, filters, real, 3000, 100);
            QVERIFY(exact);
            QCOMPARE(count, matching);
        }
        // The walk stops early: of the documents holding every word, where many match, few were
        // checked.
        qInfo("%llu of %llu documents holding every word checked", checked, held);
        QVERIFY2(held > 5000 && checked * 4 < held, qPrintable(QString::number(checked)));
    }

    // Too many to check every one: the count is an estimate from a sample, near the truth.
    void aPhraseCountedFromASampleIsNearTheTruth()
    {
        std::vector<Posting> a, b;
        quint64 truth = 0;
        const auto real = [](quint32 doc) -> quint32 { return (doc * 2654435761u) % 4 == 0 ? 1 : 0; };
        for (quint32 d = 0; d < 200000; ++d) {
            if (d % 3 != 0)
                a.push_back({d, 2, 20});
            if (d % 2 == 0)
                b.push_back({d, 2, 20});
            truth += d % 3 != 0 && d % 2 == 0 && real(d) ? 1 : 0;
        }
        const MemoryPostings first(a, 128), second(b, 128);
        const auto [count, exact] = checkedCount({&first, &second}, {}, real, 1000, 400);
        QVERIFY(!exact);
        QVERIFY2(std::abs(double(count) - double(truth)) < 0.25 * double(truth),
                 qPrintable(QStringLiteral("%1 estimated, %2 match").arg(count).arg(truth)));
        QCOMPARE(checkedCount({&first, &second}, {}, real, 200000, 400), std::make_pair(truth, true));
    }

    void aWordNoDocumentHoldsFindsNothing()
    {
        MemoryPostings some({{1, 2, 10}, {5, 10, 3}}, 1);
        MemoryPostings none({}, 4);
        Bm25 model;
        model.documents = 10;
        model.averageLength = 8;
        QVERIFY(topK({&some, &none}, model, 10).empty());
        const std::vector<Scored> one = topK({&some}, model, 10);
        QCOMPARE(one.size(), size_t(2));
        QCOMPARE(one.front().doc, quint32(5)); // name-weighted, shorter: first
    }
};

QTEST_GUILESS_MAIN(TestBlockMaxScorer)
#include "TestBlockMaxScorer.moc"
