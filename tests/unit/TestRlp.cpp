// RLP byte for byte against ethers.encodeRlp on random nested lists, generated at test time; and the
// strict decoder refuses non-canonical and truncated input.
#include "ReferenceVectors.h"
#include "chain/evm/Rlp.h"

#include <QTest>

using namespace modreg::evm;

namespace {
rlp::Item itemFrom(const QJsonValue& v)
{
    if (v.isArray()) {
        QList<rlp::Item> items;
        for (const QJsonValue& c : v.toArray())
            items << itemFrom(c);
        return rlp::Item::list(items);
    }
    return rlp::Item::string(QByteArray::fromHex(v.toString().mid(2).toLatin1()));
}
} // namespace

class TestRlp : public QObject
{
    Q_OBJECT
private slots:
    void matchesEthers()
    {
        const QJsonArray vectors = referenceVectors("rlp", 200);
        QCOMPARE(vectors.size(), 200);
        for (const QJsonValue& v : vectors) {
            const rlp::Item item = itemFrom(v[QLatin1String("structure")]);
            const QByteArray expected = fromHex(v[QLatin1String("encoded")]);
            QCOMPARE(rlp::encode(item).toHex(), expected.toHex());
            const auto back = rlp::decode(expected);
            QVERIFY2(back, qPrintable(back.error()));
            QVERIFY(back.value() == item);
        }
    }

    void integersAreMinimal()
    {
        QCOMPARE(rlp::encode(rlp::Item::uint(0)), QByteArray::fromHex("80"));
        QCOMPARE(rlp::encode(rlp::Item::uint(127)), QByteArray::fromHex("7f"));
        QCOMPARE(rlp::encode(rlp::Item::uint(128)), QByteArray::fromHex("8180"));
        QCOMPARE(rlp::encode(rlp::Item::uint(QByteArray::fromHex("000001"))), QByteArray::fromHex("01"));
    }

    void malformedInputIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated string") << QByteArray::fromHex("83aabb");
        QTest::newRow("single byte in long form") << QByteArray::fromHex("8105");
        QTest::newRow("long form for a short length") << QByteArray::fromHex("b80141");
        QTest::newRow("length with leading zero") << QByteArray::fromHex("b90038") + QByteArray(56, 'a');
        QTest::newRow("trailing bytes") << QByteArray::fromHex("8001");
        QTest::newRow("list item past the end") << QByteArray::fromHex("c283aabbcc");
        QTest::newRow("absurd length") << QByteArray::fromHex("bf7fffffffffffffff");
    }

    void malformedInputIsRefused()
    {
        QFETCH(QByteArray, bytes);
        const auto r = rlp::decode(bytes);
        QVERIFY(!r);
        QVERIFY(!r.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRlp)
#include "TestRlp.moc"
