// The search index's block format (store/PostingBlock.h): what is written reads back the same, and
// every way a damaged block can be wrong is refused rather than read as other postings.
#include "store/PostingBlock.h"

#include <QRandomGenerator>
#include <QtTest>
#include <algorithm>
#include <map>

using namespace modreg::ranking;

class TestPostingBlock : public QObject
{
    Q_OBJECT

private slots:
    void writtenBlocksReadBackTheSame()
    {
        QRandomGenerator rng(25);
        for (int round = 0; round < 500; ++round) {
            std::vector<Posting> postings;
            quint32 doc = rng.bounded(1000u);
            const int count = 1 + int(rng.bounded(int(postingBlock::kMaxPostings)));
            for (int i = 0; i < count; ++i) {
                doc += i ? 1 + rng.bounded(round % 2 ? 3u : 100000u) : 0;
                postings.push_back({doc, rng.generate(), rng.bounded(2000u)});
            }
            const std::optional<std::vector<Posting>> back =
                postingBlock::decode(postingBlock::encode(postings));
            QVERIFY(back);
            QCOMPARE(back->size(), postings.size());
            for (size_t i = 0; i < postings.size(); ++i)
                QVERIFY(back->at(i).doc == postings[i].doc && back->at(i).f == postings[i].f &&
                        back->at(i).length == postings[i].length);
        }
        // The edges of 32 bits.
        const std::vector<Posting> edges{{0, 0, 0}, {0xffffffffu, 0xffffffffu, 0xffffffffu}};
        QCOMPARE(postingBlock::decode(postingBlock::encode(edges))->back().doc, 0xffffffffu);
    }

    // A block's impacts bound every posting, are postings themselves (but for the last, which may
    // fold the rest), and bound no higher than the largest f with the shortest length.
    void impactsBoundEveryPostingAndNoMore()
    {
        QRandomGenerator rng(15);
        const Bm25 bm25{1.2, 0.75, 1000, 40};
        for (int round = 0; round < 500; ++round) {
            std::vector<Posting> postings;
            for (quint32 doc = 1, n = 1 + rng.bounded(200u); doc <= n; ++doc)
                postings.push_back({doc, 1 + rng.bounded(round % 2 ? 3u : 40u), 1 + rng.bounded(300u)});
            const BlockHeader h = headerOf(postings);
            QVERIFY(h.impactCount >= 1 && h.impactCount <= BlockHeader::kImpacts);
            // The frontier by its definition, pair against pair: the distinct (f, length) that no
            // other beats in both, by f from the highest. The impacts are its first ones.
            std::vector<std::pair<quint32, quint32>> frontier;
            for (const Posting& p : postings) {
                const bool beaten = std::any_of(postings.begin(), postings.end(), [&](const Posting& q) {
                    return q.f >= p.f && q.length <= p.length && (q.f != p.f || q.length != p.length);
                });
                if (!beaten &&
                    std::find(frontier.begin(), frontier.end(), std::pair{p.f, p.length}) == frontier.end())
                    frontier.push_back({p.f, p.length});
            }
            std::sort(frontier.begin(), frontier.end(), std::greater<>());
            QCOMPARE(size_t{h.impactCount}, std::min(frontier.size(), BlockHeader::kImpacts));
            for (size_t i = 0; i < h.impactCount; ++i)
                if (i + 1 < h.impactCount || frontier.size() <= BlockHeader::kImpacts)
                    QVERIFY(h.impacts[i].f == frontier[i].first && h.impacts[i].length == frontier[i].second);
            QVERIFY(postingBlock::bounds(h, postings));
            for (size_t i = 0; i + 1 < h.impactCount; ++i)
                QVERIFY(std::any_of(postings.begin(), postings.end(), [&](const Posting& p) {
                    return p.f == h.impacts[i].f && p.length == h.impacts[i].length;
                }));
            double best = 0;
            for (const Posting& p : postings)
                best = std::max(best, bm25.score(1.0, p.f, p.length));
            QVERIFY(bm25.bound(1.0, h) >= best);
            QVERIFY(bm25.bound(1.0, h) <= bm25.score(1.0, h.maxF, h.minLength));
            BlockHeader back;
            QVERIFY(postingBlock::decodeImpacts(postingBlock::encodeImpacts(h), back));
            QCOMPARE(back.impactCount, h.impactCount);
        }
        BlockHeader h;
        QVERIFY(!postingBlock::decodeImpacts(QByteArray::fromHex("00"), h));         // none
        QVERIFY(!postingBlock::decodeImpacts(QByteArray::fromHex("020a0a0b05"), h)); // f rising
        QVERIFY(!postingBlock::decodeImpacts(QByteArray::fromHex("020a0a050a"), h)); // length not falling
        QVERIFY(!postingBlock::decodeImpacts(QByteArray::fromHex("050101"), h));     // more than kImpacts
    }

    void damagedBlocksAreRefused()
    {
        const QByteArray good = postingBlock::encode({{5, 3, 10}, {9, 1, 4}});
        QVERIFY(postingBlock::decode(good));
        QVERIFY(!postingBlock::decode(QByteArray()));                            // nothing
        QVERIFY(!postingBlock::decode(QByteArray(1, '\0')));                     // no postings
        QVERIFY(!postingBlock::decode(good.left(good.size() - 1)));              // cut short
        QVERIFY(!postingBlock::decode(good + '\0'));                             // a byte after the last
        QVERIFY(!postingBlock::decode(QByteArray::fromHex("0205010100010101"))); // a row twice
        QVERIFY(!postingBlock::decode(QByteArray::fromHex("01818000010101"))); // a varint not at its shortest
        QVERIFY(!postingBlock::decode(QByteArray::fromHex("01ffffffff1f0101"))); // a row beyond 32 bits
        QVERIFY(
            !postingBlock::decode(QByteArray::fromHex("02ffffffff0f0101ffffffff0f0101"))); // the sum beyond
        std::vector<Posting> many;
        for (quint32 i = 1; i <= postingBlock::kMaxPostings + 1; ++i)
            many.push_back({i, 1, 1});
        QVERIFY(!postingBlock::decode(postingBlock::encode(many))); // more than a block holds
    }

    // A prefix's expansions merged straight from their stored blocks (postingBlock::Source, decoded
    // as the merge reaches each) give what merging the same postings in memory gives; a block that
    // does not decode, or one that does not start past the block before, makes the merge refuse.
    void storedBlocksMergeAsTheirPostingsDo()
    {
        QRandomGenerator rng(53);
        std::vector<std::vector<Posting>> runs(40);
        std::vector<std::vector<QByteArray>> encoded(runs.size());
        for (size_t r = 0; r < runs.size(); ++r) {
            // A few long expansions and many short ones, over 300,000 rows (several windows).
            const quint32 count = r < 3 ? 20000 + rng.bounded(20000u) : 1 + rng.bounded(300u);
            std::map<quint32, quint32> docs;
            while (docs.size() < count)
                docs[1 + rng.bounded(300000u)] = 1 + rng.bounded(40u);
            for (const auto& [doc, f] : docs)
                runs[r].push_back({doc, f, 3 + doc % 200});
            for (size_t at = 0; at < runs[r].size();) {
                const size_t take = std::min<size_t>(runs[r].size() - at,
                                                     1 + rng.bounded(quint32(postingBlock::kMaxPostings)));
                encoded[r].push_back(postingBlock::encode(std::vector<Posting>(
                    runs[r].begin() + qsizetype(at), runs[r].begin() + qsizetype(at + take))));
                at += take;
            }
        }
        const auto merge = [&](const std::vector<std::vector<QByteArray>>& blocks) {
            std::vector<postingBlock::Source> sources;
            for (const std::vector<QByteArray>& term : blocks)
                sources.emplace_back(std::vector<QByteArrayView>(term.begin(), term.end()));
            std::vector<PostingSource*> reading;
            for (postingBlock::Source& source : sources)
                reading.push_back(&source);
            return mergedPostings(reading, postingBlock::kTarget);
        };
        const BlockedPostings inMemory = mergedPostings(runs, postingBlock::kTarget);
        const std::optional<BlockedPostings> stored = merge(encoded);
        QVERIFY(stored);
        QCOMPARE(stored->documentCount(), inMemory.documentCount());
        QCOMPARE(stored->blocks().size(), inMemory.blocks().size());
        for (size_t b = 0; b < inMemory.blocks().size(); ++b) {
            QCOMPARE(stored->blocks()[b].maxF, inMemory.blocks()[b].maxF);
            QCOMPARE(stored->blocks()[b].minLength, inMemory.blocks()[b].minLength);
            QVERIFY(std::equal(stored->block(b).begin(), stored->block(b).end(), inMemory.block(b).begin(),
                               inMemory.block(b).end(), [](const Posting& x, const Posting& y) {
                                   return x.doc == y.doc && x.f == y.f && x.length == y.length;
                               }));
        }
        // Damage: a block cut short; the same block twice (it does not start past itself).
        std::vector<std::vector<QByteArray>> cut = encoded;
        cut[1][cut[1].size() / 2].chop(1);
        QVERIFY(!merge(cut));
        std::vector<std::vector<QByteArray>> twice = encoded;
        twice[2].insert(twice[2].begin() + 1, twice[2][1]);
        QVERIFY(!merge(twice));
    }
};

QTEST_GUILESS_MAIN(TestPostingBlock)
#include "TestPostingBlock.moc"
