#include "chain/evm/EvmLog.h"
#include "chain/evm/JsonRpcClient.h"

#include <QTest>

using modreg::evm::JsonRpcClient;

class TestJsonRpcClient : public QObject
{
    Q_OBJECT
private slots:
    void parsesHexQuantities_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<quint64>("value");
        QTest::newRow("anvil chain id") << "0x7a69" << true << quint64(31337);
        QTest::newRow("zero") << "0x0" << true << quint64(0);
        QTest::newRow("max u64") << "0xffffffffffffffff" << true << quint64(0xffffffffffffffffULL);
        QTest::newRow("too big") << "0x10000000000000000" << false << quint64(0);
        QTest::newRow("bare 0x") << "0x" << false << quint64(0);
        QTest::newRow("decimal") << "31337" << false << quint64(0);
        QTest::newRow("not hex") << "0xzz" << false << quint64(0);
        QTest::newRow("empty") << "" << false << quint64(0);
    }
    void parsesHexQuantities()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(quint64, value);
        const auto parsed = JsonRpcClient::parseQuantity(QJsonValue(text));
        QCOMPARE(parsed.ok(), ok);
        if (ok)
            QCOMPARE(parsed.value(), value);
        else
            QVERIFY(!parsed.error().isEmpty());
    }

    void comparesQuantitiesOfAnySize()
    {
        using modreg::evm::hexQuantityAtLeast;
        const QString hundredEth = QStringLiteral("0x56bc75e2d63100000"); // more than 64 bits
        QVERIFY(hexQuantityAtLeast(hundredEth, QStringLiteral("0x2b5e3af16b1880000")));
        QVERIFY(!hexQuantityAtLeast(QStringLiteral("0x2b5e3af16b1880000"), hundredEth));
        QVERIFY(hexQuantityAtLeast(hundredEth, hundredEth));
        QVERIFY(hexQuantityAtLeast(QStringLiteral("0x00FF"), QStringLiteral("0xfe")));
        QVERIFY(!hexQuantityAtLeast(QStringLiteral("0x0"), QStringLiteral("0x1")));
        QVERIFY(hexQuantityAtLeast(QStringLiteral("0x0"), QStringLiteral("0x0")));
        // A hostile node's "balance" that is not a quantity pays for nothing (once "0xzz" >= "0x10").
        QVERIFY(!hexQuantityAtLeast(QStringLiteral("0xzz"), QStringLiteral("0x10")));
        QVERIFY(!hexQuantityAtLeast(QStringLiteral("ffff"), QStringLiteral("0x10")));
        QVERIFY(!hexQuantityAtLeast(QStringLiteral("0x"), QStringLiteral("0x0")));
        QVERIFY(!hexQuantityAtLeast(QStringLiteral("0x\u0664\u0664"), QStringLiteral("0x10")));
    }

    void aNumberIsNotAQuantity() { QVERIFY(!JsonRpcClient::parseQuantity(QJsonValue(31337)).ok()); }
};

QTEST_GUILESS_MAIN(TestJsonRpcClient)
#include "TestJsonRpcClient.moc"
