// The search index's block format (store/PostingBlock.h): what is written reads back the same, and
// every way a damaged block can be wrong is refused rather than read as other postings.
#include "store/PostingBlock.h"

#include <QRandomGenerator>
#include <QtTest>

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
};

QTEST_GUILESS_MAIN(TestPostingBlock)
#include "TestPostingBlock.moc"
