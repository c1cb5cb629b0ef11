// CAR v1: the header encodes as js-ipfs's does (checked byte for byte against `ipfs dag export` in
// TestVerifiedFetcher), reads back, streams in pieces of any size, and hostile CARs are refused.
#include "ipfs/CarBlockSpool.h"
#include "ipfs/CarFormat.h"
#include "ipfs/Varint.h"

#include <QBuffer>
#include <QDir>
#include <QTest>

using namespace modreg;

namespace {
struct Collected
{
    QList<Cid> roots;
    QList<QPair<Cid, QByteArray>> blocks;
};

car::Reader collector(Collected& c)
{
    return car::Reader(
        [&c](const QList<Cid>& roots) {
            c.roots = roots;
            return success();
        },
        [&c](const Cid& cid, const QByteArray& block) {
            c.blocks.append({cid, block});
            return success();
        });
}
} // namespace

class TestCarFormat : public QObject
{
    Q_OBJECT

    QByteArray m_car;
    QList<QPair<Cid, QByteArray>> m_blocks;

private slots:
    void initTestCase()
    {
        for (int i = 0; i < 5; ++i) {
            const QByteArray block = QByteArray(1000 * i + 1, static_cast<char>('a' + i));
            m_blocks.append(
                {Cid::forBlock(i % 2 ? Cid::Codec::Raw : Cid::Codec::DagPb, block, i == 0 ? 0 : 1), block});
        }
        QBuffer buffer(&m_car);
        buffer.open(QIODevice::WriteOnly);
        car::Writer writer(buffer);
        QVERIFY(writer.writeHeader({m_blocks[1].first}));
        for (const auto& [cid, block] : m_blocks)
            QVERIFY(writer.writeBlock(cid, block));
        // The final root replaces the placeholder in place.
        QVERIFY(writer.replaceRoots({m_blocks[3].first}));
        QVERIFY(!writer.replaceRoots({m_blocks[0].first})); // v0 is shorter: it would not fit
    }

    void headerHasTheSpecsShape()
    {
        const Cid root = m_blocks[3].first;
        // {"roots": [CID(root)], "version": 1} in dag-cbor: a2 65 "roots" 81 d8 2a 58 25 00 <cid> 67
        // "version" 01
        const QByteArray expected = QByteArray::fromHex("a265726f6f747381d82a5825") + QByteArray(1, '\0') +
                                    root.bytes() + QByteArray::fromHex("6776657273696f6e01");
        QCOMPARE(car::encodeHeader({root}), varint::encode(static_cast<quint64>(expected.size())) + expected);
        QCOMPARE(car::decodeHeader(expected).value(), QList<Cid>{root});
    }

    void readsWhatItWrote_data()
    {
        QTest::addColumn<int>("pieceSize");
        QTest::newRow("whole") << 0;
        QTest::newRow("byte by byte") << 1;
        QTest::newRow("7 bytes") << 7;
        QTest::newRow("1000 bytes") << 1000;
    }

    void readsWhatItWrote()
    {
        QFETCH(int, pieceSize);
        Collected got;
        car::Reader reader = collector(got);
        const qsizetype step = pieceSize == 0 ? m_car.size() : pieceSize;
        for (qsizetype i = 0; i < m_car.size(); i += step)
            QVERIFY(reader.feed(m_car.mid(i, step)));
        QVERIFY(reader.finish());
        QCOMPARE(got.roots, QList<Cid>{m_blocks[3].first});
        QCOMPARE(got.blocks, m_blocks);
    }

    void truncatedCarFails()
    {
        Collected got;
        car::Reader reader = collector(got);
        QVERIFY(reader.feed(m_car.left(m_car.size() - 10)));
        const Status end = reader.finish();
        QVERIFY(!end);
        QVERIFY2(end.error().contains(QLatin1String("cut short")), qPrintable(end.error()));
        QCOMPARE(got.blocks.size(), 4); // the complete ones, each checked
    }

    void alteredBlockFails()
    {
        QByteArray bad = m_car;
        bad[bad.size() - 1] = 'z';
        Collected got;
        car::Reader reader = collector(got);
        const Status s = reader.feed(bad);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(m_blocks.last().first.toString()), qPrintable(s.error()));
        QVERIFY(!reader.feed("more")); // a failure is final
    }

    void hostileHeadersAndSectionsFail_data()
    {
        QTest::addColumn<QByteArray>("car");
        QTest::addColumn<QString>("expected");
        const QByteArray header = car::encodeHeader({m_blocks[0].first});
        QTest::newRow("version 2") << QByteArray::fromHex("0aa16776657273696f6e02")
                                   << QStringLiteral("version 2");
        QTest::newRow("not cbor") << QByteArray::fromHex("03ffffff") << QStringLiteral("dag-cbor");
        QTest::newRow("huge header") << varint::encode(10'000'000) << QStringLiteral("not plausible");
        QTest::newRow("huge section") << header + varint::encode(50'000'000) << QStringLiteral("at most");
        QTest::newRow("empty section") << header + varint::encode(0) << QStringLiteral("at most");
        QTest::newRow("bad varint") << header + QByteArray(10, '\xff') << QStringLiteral("varint");
        QTest::newRow("section without CID")
            << header + varint::encode(3) + QByteArray::fromHex("01ffff") << QStringLiteral("valid CID");
    }

    void hostileHeadersAndSectionsFail()
    {
        QFETCH(QByteArray, car);
        QFETCH(QString, expected);
        Collected got;
        car::Reader reader = collector(got);
        Status s = reader.feed(car);
        if (s)
            s = reader.finish();
        QVERIFY(!s);
        QVERIFY2(s.error().contains(expected), qPrintable(s.error()));
        QVERIFY(got.blocks.isEmpty());
    }

    // A gateway chooses how many blocks a CAR holds: the spool they wait in is bounded in count and
    // in bytes, and says so.
    void theSpoolIsBounded()
    {
        CarBlockSpool::Limits limits;
        limits.maxBlocks = 2;
        limits.maxBytes = 1000;
        CarBlockSpool spool(QStringLiteral("gateway x"), QDir::tempPath(), limits);
        const auto block = [](char c, int size) { return QByteArray(size, c); };
        QVERIFY(spool.add(Cid::forBlock(Cid::Codec::Raw, block('a', 10)), block('a', 10)));
        QVERIFY(spool.add(Cid::forBlock(Cid::Codec::Raw, block('a', 10)), block('a', 10))); // a repeat costs nothing
        QVERIFY(spool.add(Cid::forBlock(Cid::Codec::Raw, block('b', 10)), block('b', 10)));
        const Status third = spool.add(Cid::forBlock(Cid::Codec::Raw, block('c', 10)), block('c', 10));
        QVERIFY2(third.error().contains(QLatin1String("more than 2 blocks")), qPrintable(third.error()));
        CarBlockSpool small(QStringLiteral("gateway y"), QDir::tempPath(), limits);
        QVERIFY(small.add(Cid::forBlock(Cid::Codec::Raw, block('a', 600)), block('a', 600)));
        const Status over = small.add(Cid::forBlock(Cid::Codec::Raw, block('b', 600)), block('b', 600));
        QVERIFY2(over.error().contains(QLatin1String("limit of 1000 bytes")), qPrintable(over.error()));
    }

    void handlerFailureStopsReading()
    {
        car::Reader reader([](const QList<Cid>&) { return Status::failure(QStringLiteral("wrong root")); },
                           [](const Cid&, const QByteArray&) { return success(); });
        const Status s = reader.feed(m_car);
        QVERIFY(!s);
        QCOMPARE(s.error(), QStringLiteral("wrong root"));
    }
};

QTEST_GUILESS_MAIN(TestCarFormat)
#include "TestCarFormat.moc"
