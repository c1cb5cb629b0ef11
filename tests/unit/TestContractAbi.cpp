// The registry's ABI byte for byte against ethers (Interface and AbiCoder, generated at test time):
// every call, getModule's result, every event (topics and data) and every custom error; mixed
// types (arrays, fixed arrays of tuples, strings); and hostile ABI data refused with a sentence.
#include "ReferenceVectors.h"
#include "chain/evm/ContractAbi.h"
#include "chain/evm/EvmEventStream.h"

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

        // A bytes[] whose 100 items all point at one 1,000-byte blob: 4 KiB of data that would decode
        // to 100 KB (and nested, to gigabytes). No encoder writes that; it is refused.
        const auto word = [](quint64 v) {
            QByteArray w(32, '\0');
            for (int i = 0; i < 8; ++i)
                w[31 - i] = static_cast<char>(v >> (8 * i));
            return w;
        };
        QByteArray aliased = word(32) + word(100);
        for (int i = 0; i < 100; ++i)
            aliased += word(100 * 32); // every item's offset: just past the offsets
        aliased += word(1000) + QByteArray(1000 + 24, 'x');
        const auto refused = abi::decode({t("bytes[]")}, aliased);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("more than once")), qPrintable(refused.error()));
        // The same items, each with a blob of its own, decode.
        QByteArray honest = word(32) + word(2) + word(64) + word(128) + word(3) + "abc" + QByteArray(29, '\0') +
                            word(1) + "z" + QByteArray(31, '\0');
        QVERIFY(abi::decode({t("bytes[]")}, honest));
        // A count that the data cannot hold.
        QVERIFY(!abi::decode({t("uint256[]")}, word(32) + word(1000) + word(1)));
    }

    // A log the registry contract cannot have written is a lie of the node, said so, never applied:
    // no transaction hash (FuzzReplicaEvents: the replica then refused the event and the sync stopped
    // for good), no block hash, a key the contract refuses, a CID longer than it takes.
    void logsTheContractCannotHaveWrittenAreRefused()
    {
        const QJsonObject vector = [&] {
            for (const QJsonValue& v : m_vectors)
                if (v[QLatin1String("kind")] == QLatin1String("event") && v[QLatin1String("name")] == QLatin1String("ModuleRegistered"))
                    return v.toObject();
            return QJsonObject();
        }();
        EvmLog log;
        for (const QJsonValue& topic : vector[QLatin1String("topics")].toArray())
            log.topics << fromHex(topic);
        log.data = fromHex(vector[QLatin1String("data")]);
        log.blockNumber = 7;
        log.blockHash = QByteArray(32, '\x01');
        log.transactionHash = QByteArray(32, '\x02');
        const auto genuine = EvmEventStream::eventFromLog(log);
        QVERIFY2(genuine && genuine.value(), qPrintable(genuine.error()));
        QCOMPARE(genuine.value()->key, hexArg(vector[QLatin1String("args")][1]));

        EvmLog noTransaction = log;
        noTransaction.transactionHash.clear();
        QVERIFY(EvmEventStream::eventFromLog(noTransaction).error().contains(QLatin1String("not answering truthfully")));
        EvmLog noBlock = log;
        noBlock.blockHash = QByteArray(31, '\x01');
        QVERIFY(!EvmEventStream::eventFromLog(noBlock));
        const auto withArgs = [&](const QByteArray& key, const QByteArray& cid) {
            EvmLog l = log;
            l.data = abi::encode({t("bytes"), t("bytes")}, {Value::dynamicBytes(key), Value::dynamicBytes(cid)}).value();
            return EvmEventStream::eventFromLog(l);
        };
        QVERIFY(withArgs(QByteArray(32, 'k'), "bafkrei").ok());
        QVERIFY(!withArgs(QByteArray(33, 'k'), "bafkrei"));
        QVERIFY(!withArgs(QByteArray(32, 'k'), QByteArray(129, 'b')));
        QVERIFY(!withArgs(QByteArray(32, 'k'), QByteArray())); // registered with no CID at all
        // Not one of the registry's events at all: no event, and no complaint.
        EvmLog other = log;
        other.topics[0] = QByteArray(32, '\x09');
        const auto ignored = EvmEventStream::eventFromLog(other);
        QVERIFY(ignored && !ignored.value());
    }
};

QTEST_GUILESS_MAIN(TestContractAbi)
#include "TestContractAbi.moc"
