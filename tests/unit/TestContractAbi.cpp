// The registry's ABI byte for byte against ethers (Interface and AbiCoder, generated at test time):
// every call, getModule's result, every event (topics and data) and every custom error; mixed
// types (arrays, fixed arrays of tuples, strings); and hostile ABI data refused with a sentence.
#include "ReferenceVectors.h"
#include "chain/evm/ContractAbi.h"

#include <QTest>

using namespace modreg::evm;
using abi::Type;
using abi::Value;

namespace {
QByteArray hexArg(const QJsonValue& v)
{
    return QByteArray::fromHex(
        v.toString().mid(v.toString().startsWith(QLatin1String("0x")) ? 2 : 0).toLatin1());
}

// A decimal string as a 32-byte big-endian word.
QByteArray word(const QString& decimal)
{
    const QByteArray bytes = decimalToBigEndian(decimal);
    return QByteArray(32 - bytes.size(), '\0') + bytes;
}

// A JSON value from the reference as an ABI value of `type`.
Value valueOf(const Type& type, const QJsonValue& v)
{
    switch (type.kind) {
    case Type::Kind::Address:
    case Type::Kind::Bytes:
    case Type::Kind::FixedBytes:
        return Value::dynamicBytes(hexArg(v));
    case Type::Kind::String:
        return Value::string(v.toString());
    case Type::Kind::Bool:
        return Value::boolValue(v.toBool());
    case Type::Kind::Uint:
        return Value::uint256(word(v.isString() ? v.toString() : QString::number(v.toInteger())));
    case Type::Kind::Array:
    case Type::Kind::FixedArray:
    case Type::Kind::Tuple: {
        QList<Value> items;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            items << valueOf(type.kind == Type::Kind::Tuple ? type.components[i] : type.components.first(),
                             a[i]);
        return Value::list(items);
    }
    }
    return {};
}
} // namespace

class TestContractAbi : public QObject
{
    Q_OBJECT
    QJsonArray m_vectors;
    const ContractAbi& m_abi = ContractAbi::moduleRegistry();

    static Type t(const char* text) { return Type::parse(QLatin1String(text)).value(); }

    QList<Value> callArgs(const QString& name, const QJsonArray& args)
    {
        QList<Value> out;
        if (!args.isEmpty())
            out << Value::dynamicBytes(hexArg(args[0])); // every registry call starts with the key
        if (name == QLatin1String("registerModule") || name == QLatin1String("updateModule"))
            out << Value::dynamicBytes(hexArg(args[1]));
        if (name == QLatin1String("transferModule"))
            out << Value::address(hexArg(args[1]));
        return out;
    }

private slots:
    void initTestCase()
    {
        m_vectors = referenceVectors("abi", 20);
        QVERIFY(m_vectors.size() > 300);
    }

    void everyCallMatchesEthers()
    {
        int checked = 0;
        for (const QJsonValue& v : m_vectors) {
            if (v[QLatin1String("kind")] != QLatin1String("call"))
                continue;
            const QString name = v[QLatin1String("name")].toString();
            const auto encoded = m_abi.encodeCall(name, callArgs(name, v[QLatin1String("args")].toArray()));
            QVERIFY2(encoded, qPrintable(encoded.error()));
            QCOMPARE(encoded->toHex(), fromHex(v[QLatin1String("encoded")]).toHex());
            ++checked;
        }
        QCOMPARE(checked, 20 * 6);
    }

    void getModuleResultDecodes()
    {
        for (const QJsonValue& v : m_vectors) {
            if (v[QLatin1String("kind")] != QLatin1String("result"))
                continue;
            const auto decoded =
                m_abi.decodeResult(QStringLiteral("getModule"), fromHex(v[QLatin1String("encoded")]));
            QVERIFY2(decoded, qPrintable(decoded.error()));
            QCOMPARE(decoded->at(0).bytes, hexArg(v[QLatin1String("args")][0]));
            QCOMPARE(decoded->at(1).bytes, hexArg(v[QLatin1String("args")][1]));
        }
    }

    void everyEventDecodes()
    {
        int checked = 0;
        for (const QJsonValue& v : m_vectors) {
            if (v[QLatin1String("kind")] != QLatin1String("event"))
                continue;
            QList<QByteArray> topics;
            for (const QJsonValue& topic : v[QLatin1String("topics")].toArray())
                topics << fromHex(topic);
            const auto e = m_abi.decodeEvent(topics, fromHex(v[QLatin1String("data")]));
            QVERIFY2(e, qPrintable(e.error()));
            QCOMPARE(e->name, v[QLatin1String("name")].toString());
            const QJsonArray args = v[QLatin1String("args")].toArray();
            QCOMPARE(e->values.size(), args.size());
            for (qsizetype i = 0; i < args.size(); ++i)
                QCOMPARE(e->values[i].bytes.toHex(), hexArg(args[i]).toHex());
            ++checked;
        }
        QCOMPARE(checked, 20 * 4);
    }

    void everyErrorDecodesWithItsName()
    {
        int checked = 0;
        for (const QJsonValue& v : m_vectors) {
            if (v[QLatin1String("kind")] != QLatin1String("error"))
                continue;
            const auto e = m_abi.decodeError(fromHex(v[QLatin1String("encoded")]));
            QVERIFY2(e, qPrintable(e.error()));
            QCOMPARE(e->name, v[QLatin1String("name")].toString());
            const QJsonArray args = v[QLatin1String("args")].toArray();
            for (qsizetype i = 0; i < args.size(); ++i) {
                const QString expected = args[i].toString();
                const Value& got = e->values[i];
                if (got.toUint64() && e->params[i].type.kind == Type::Kind::Uint)
                    QCOMPARE(QString::number(*got.toUint64()), expected);
                else
                    QCOMPARE(got.bytes.toHex(), hexArg(expected).toHex());
            }
            ++checked;
        }
        QCOMPARE(checked, 20 * 7);
        const auto reason = m_abi.decodeError(QByteArray::fromHex(
            "08c379a00000000000000000000000000000000000000000000000000000000000000020000000000000000000000000"
            "00000000000000"
            "0000000000000000000000000568656c6c6f000000000000000000000000000000000000000000000000000000"));
        QVERIFY(reason);
        QCOMPARE(reason->toString(), QStringLiteral("Error(reason: \"hello\")"));
        QVERIFY(!m_abi.decodeError(QByteArray::fromHex("deadbeef")));
    }

    void mixedTypesMatchEthers()
    {
        for (const QJsonValue& v : m_vectors) {
            if (v[QLatin1String("kind")] != QLatin1String("mixed"))
                continue;
            QList<Type> types;
            QList<Value> values;
            const QJsonArray typeNames = v[QLatin1String("types")].toArray();
            for (qsizetype i = 0; i < typeNames.size(); ++i) {
                const auto type = Type::parse(typeNames[i].toString());
                QVERIFY2(type, qPrintable(type.error()));
                types << type.value();
                values << valueOf(type.value(), v[QLatin1String("values")][i]);
            }
            const auto encoded = abi::encode(types, values);
            QVERIFY2(encoded, qPrintable(encoded.error()));
            QCOMPARE(encoded->toHex(), fromHex(v[QLatin1String("encoded")]).toHex());
            const auto decoded = abi::decode(types, encoded.value());
            QVERIFY2(decoded, qPrintable(decoded.error()));
            QVERIFY(decoded.value() == values);
        }
    }

    void hostileAbiDataIsRefused()
    {
        const QList<Type> bytes{t("bytes")};
        QByteArray offsetPastEnd(32, '\0');
        offsetPastEnd[31] = 0x40;
        QVERIFY(!abi::decode(bytes, offsetPastEnd));
        QByteArray hugeLength = QByteArray(31, '\0') + '\x20' + QByteArray(32, '\xff');
        QVERIFY(!abi::decode(bytes, hugeLength));
        QVERIFY(!abi::decode({t("address")}, QByteArray(32, '\xff'))); // high bytes set
        QVERIFY(!abi::decode({t("bool")}, QByteArray(31, '\0') + '\x02'));
        QVERIFY(!abi::decode({t("uint256")}, QByteArray(31, '\0'))); // short
        QVERIFY(!Type::parse(QStringLiteral("uint7")));
        QVERIFY(!Type::parse(QStringLiteral("bytes33")));
        QVERIFY(
            !m_abi.encodeCall(QStringLiteral("registerModule"), {Value::dynamicBytes("k")})); // one arg short
    }
};

QTEST_GUILESS_MAIN(TestContractAbi)
#include "TestContractAbi.moc"
