// dag-pb and UnixFS decoding: what the encoder writes reads back, and malformed or hostile nodes
// are refused with a sentence instead of being half-read.
#include "ipfs/DagPb.h"
#include "ipfs/Varint.h"

#include <QTest>

using namespace modreg;
using namespace modreg::dagpb;

class TestDagPb : public QObject
{
    Q_OBJECT

    static Cid someCid(const char* seed) { return Cid::forBlock(Cid::Codec::Raw, seed); }

private slots:
    void nodeRoundTrip()
    {
        const QList<Link> links{{someCid("a"), QStringLiteral("model.bin"), 262158},
                                {Cid::forBlock(Cid::Codec::DagPb, "b", 0), QStringLiteral("ünïcode"), 7}};
        const QByteArray data = unixfs::file({}, {262144, 1});
        const Result<Node> node = decodeNode(encodeNode(links, data));
        QVERIFY2(node, qPrintable(node.error()));
        QCOMPARE(node->links.size(), 2);
        QCOMPARE(node->links[0].cid, links[0].cid);
        QCOMPARE(node->links[1].cid.version(), 0);
        QCOMPARE(node->links[1].name, QStringLiteral("ünïcode"));
        QCOMPARE(node->links[0].tsize, 262158u);
        QCOMPARE(node->data, data);

        const Result<unixfs::Data> file = unixfs::decodeData(node->data);
        QVERIFY(file);
        QCOMPARE(file->type, unixfs::Type::File);
        QCOMPARE(file->filesize.value(), 262145u);
        QCOMPARE(file->blockSizes, (QList<quint64>{262144, 1}));
    }

    void inlineFileBytesAndDirectories()
    {
        const Result<unixfs::Data> leaf = unixfs::decodeData(unixfs::file("hello", {}));
        QVERIFY(leaf);
        QCOMPARE(leaf->bytes, QByteArray("hello"));
        QCOMPARE(leaf->filesize.value(), 5u);
        QCOMPARE(unixfs::decodeData(unixfs::directory())->type, unixfs::Type::Directory);
    }

    void packedBlockSizesAreRead()
    {
        // Field 4 packed (wire type 2), as some writers emit it.
        const QByteArray packed = varint::encode(300) + varint::encode(5);
        const QByteArray data =
            QByteArray::fromHex("080222") + varint::encode(quint64(packed.size())) + packed;
        const Result<unixfs::Data> d = unixfs::decodeData(data);
        QVERIFY2(d, qPrintable(d.error()));
        QCOMPARE(d->blockSizes, (QList<quint64>{300, 5}));
    }

    void malformedNodesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("block");
        const QByteArray good = encodeNode({{someCid("a"), QStringLiteral("x"), 1}}, unixfs::directory());
        QTest::newRow("truncated") << good.left(good.size() - 1);
        QTest::newRow("data before links")
            << encodeNode({}, unixfs::directory()) + good.left(good.indexOf('\x0a'));
        QTest::newRow("unknown field") << good + QByteArray::fromHex("1801");
        QTest::newRow("link without a CID") << QByteArray::fromHex("1203120178");
        QTest::newRow("link with garbage CID") << QByteArray::fromHex("12040a02ffff");
        QTest::newRow("fixed64 wire type") << QByteArray::fromHex("090102030405060708");
    }

    void malformedNodesAreRefused()
    {
        QFETCH(QByteArray, block);
        const Result<Node> node = decodeNode(block);
        QVERIFY(!node);
        QVERIFY(!node.error().isEmpty());
    }

    void malformedUnixfsIsRefused()
    {
        QVERIFY(!unixfs::decodeData({}));                          // no type
        QVERIFY(!unixfs::decodeData(QByteArray::fromHex("0809"))); // type 9 does not exist
        QVERIFY(!unixfs::decodeData(QByteArray::fromHex("08021205")));
        // Fields the importer does not write (mode, field 7) are valid and skipped.
        QVERIFY(unixfs::decodeData(QByteArray::fromHex("080238a403")));
    }
};

QTEST_GUILESS_MAIN(TestDagPb)
#include "TestDagPb.moc"
