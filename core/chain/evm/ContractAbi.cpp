#include "chain/evm/ContractAbi.h"

#include "crypto/Hashes.h"
#include "crypto/HexText.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace modreg::evm {

namespace {
using abi::Type;
using abi::Value;

// solc writes tuples as "tuple" with components; everything else is the canonical type text.
Result<Type> typeOf(const QJsonObject& param)
{
    QString type = param.value(QLatin1String("type")).toString();
    if (type.startsWith(QLatin1String("tuple"))) {
        QStringList parts;
        for (const QJsonValue& c : param.value(QLatin1String("components")).toArray()) {
            Result<Type> t = typeOf(c.toObject());
            if (!t)
                return t;
            parts << t->canonical();
        }
        type = QLatin1Char('(') + parts.join(QLatin1Char(',')) + QLatin1Char(')') + type.mid(5);
    }
    return Type::parse(type);
}

Result<QList<ContractAbi::Param>> paramsOf(const QJsonArray& array)
{
    QList<ContractAbi::Param> out;
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        Result<Type> t = typeOf(o);
        if (!t)
            return Result<QList<ContractAbi::Param>>::failure(t.error());
        out << ContractAbi::Param{o.value(QLatin1String("name")).toString(), t.value(),
                                  o.value(QLatin1String("indexed")).toBool()};
    }
    return out;
}

QList<Type> typesOf(const QList<ContractAbi::Param>& params)
{
    QList<Type> out;
    for (const auto& p : params)
        out << p.type;
    return out;
}

QString show(const Type& type, const Value& value)
{
    switch (type.kind) {
    case Type::Kind::Bool:
        return value.boolean ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Kind::String:
        return QLatin1Char('"') + QString::fromUtf8(value.bytes) + QLatin1Char('"');
    case Type::Kind::Uint: {
        if (const auto v = value.toUint64())
            return QString::number(*v);
        return hexText(value.bytes);
    }
    case Type::Kind::Array:
    case Type::Kind::FixedArray:
    case Type::Kind::Tuple: {
        QStringList items;
        for (qsizetype i = 0; i < value.items.size(); ++i)
            items << show(type.kind == Type::Kind::Tuple ? type.components.value(i) : type.components.first(),
                          value.items[i]);
        return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    default:
        return hexText(value.bytes);
    }
}
} // namespace

QString ContractAbi::Decoded::toString() const
{
    QStringList parts;
    for (qsizetype i = 0; i < params.size() && i < values.size(); ++i)
        parts << (params[i].name.isEmpty() ? QString() : params[i].name + QStringLiteral(": ")) +
                     show(params[i].type, values[i]);
    return name + QLatin1Char('(') + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

Result<ContractAbi> ContractAbi::fromJson(const QJsonArray& json)
{
    ContractAbi out;
    for (const QJsonValue& v : json) {
        const QJsonObject o = v.toObject();
        const QString kind = o.value(QLatin1String("type")).toString();
        Entry e;
        e.name = o.value(QLatin1String("name")).toString();
        Result<QList<Param>> inputs = paramsOf(o.value(QLatin1String("inputs")).toArray());
        Result<QList<Param>> outputs = paramsOf(o.value(QLatin1String("outputs")).toArray());
        if (!inputs || !outputs)
            return Result<ContractAbi>::failure(inputs ? outputs.error() : inputs.error());
        e.inputs = inputs.value();
        e.outputs = outputs.value();
        if (kind == QLatin1String("function")) {
            e.id = abi::selector(e.name, typesOf(e.inputs));
            out.m_functions.insert(e.name, e);
        } else if (kind == QLatin1String("event")) {
            // Topic 0 is the whole keccak256 of the signature, not the 4-byte selector.
            e.id = hash::keccak256(abi::signature(e.name, typesOf(e.inputs)).toUtf8());
            out.m_events.insert(e.id, e);
        } else if (kind == QLatin1String("error")) {
            e.id = abi::selector(e.name, typesOf(e.inputs));
            out.m_errors.insert(e.id, e);
        }
    }
    return out;
}

namespace {
// The embedded artifact (ABI and bytecode), read and parsed once.
const QJsonObject& moduleRegistryArtifact()
{
    static const QJsonObject artifact = [] {
        QFile f(QStringLiteral(":/contracts/ModuleRegistry.json"));
        f.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(f.readAll()).object();
    }();
    return artifact;
}
} // namespace

const ContractAbi& ContractAbi::moduleRegistry()
{
    static const ContractAbi registry = [] {
        Result<ContractAbi> parsed = fromJson(moduleRegistryArtifact().value(QLatin1String("abi")).toArray());
        Q_ASSERT_X(parsed.ok(), "ContractAbi", "the embedded registry ABI must parse");
        return parsed ? parsed.value() : ContractAbi{};
    }();
    return registry;
}

QByteArray ContractAbi::moduleRegistryBytecode()
{
    const QString hex = moduleRegistryArtifact().value(QLatin1String("bytecode")).toString();
    return QByteArray::fromHex(hex.mid(2).toLatin1());
}

Result<QByteArray> ContractAbi::encodeCall(const QString& function, const QList<Value>& args) const
{
    const auto it = m_functions.constFind(function);
    if (it == m_functions.cend())
        return Result<QByteArray>::failure(tr("The contract has no function %1.").arg(function));
    Result<QByteArray> encoded = abi::encode(typesOf(it->inputs), args);
    return encoded ? Result<QByteArray>(it->id + encoded.value()) : encoded;
}

Result<QList<Value>> ContractAbi::decodeResult(const QString& function, const QByteArray& data) const
{
    const auto it = m_functions.constFind(function);
    if (it == m_functions.cend())
        return Result<QList<Value>>::failure(tr("The contract has no function %1.").arg(function));
    return abi::decode(typesOf(it->outputs), data);
}

const ContractAbi::Entry* ContractAbi::event(const QString& name) const
{
    for (const Entry& e : m_events)
        if (e.name == name)
            return &e;
    return nullptr;
}

Result<ContractAbi::Decoded> ContractAbi::decodeEvent(const QList<QByteArray>& topics,
                                                      const QByteArray& data) const
{
    using R = Result<Decoded>;
    if (topics.isEmpty())
        return R::failure(tr("The log has no topics, so it is not one of this contract's events."));
    const auto it = m_events.constFind(topics.first());
    if (it == m_events.cend())
        return R::failure(tr("The log is not one of this contract's events."));
    QList<Param> unindexed;
    for (const Param& p : it->inputs)
        if (!p.indexed)
            unindexed << p;
    Result<QList<Value>> fromData = abi::decode(typesOf(unindexed), data);
    if (!fromData)
        return R::failure(tr("The %1 event's data is malformed: %2").arg(it->name, fromData.error()));
    Decoded out{it->name, it->inputs, {}};
    qsizetype topic = 1;
    qsizetype next = 0;
    for (const Param& p : it->inputs) {
        if (!p.indexed) {
            out.values << fromData->at(next++);
            continue;
        }
        if (topic >= topics.size() || topics[topic].size() != 32)
            return R::failure(tr("The %1 event has too few topics.").arg(it->name));
        Result<QList<Value>> v = abi::decode({p.type}, topics[topic++]);
        if (!v)
            return R::failure(tr("The %1 event's topics are malformed: %2").arg(it->name, v.error()));
        out.values << v->first();
    }
    return out;
}

Result<ContractAbi::Decoded> ContractAbi::decodeError(const QByteArray& revertData) const
{
    using R = Result<Decoded>;
    if (revertData.size() < 4)
        return R::failure(tr("The transaction was reverted without a reason."));
    const QByteArray id = revertData.left(4);
    Entry e;
    if (const auto it = m_errors.constFind(id); it != m_errors.cend())
        e = *it;
    else if (id == QByteArray::fromHex("08c379a0")) // Error(string), from require(…, "text")
        e = Entry{QStringLiteral("Error"),
                  {{QStringLiteral("reason"), Type::parse(QStringLiteral("string")).value(), false}},
                  {},
                  id};
    else if (id == QByteArray::fromHex("4e487b71")) // Panic(uint256): overflow, assert…
        e = Entry{QStringLiteral("Panic"),
                  {{QStringLiteral("code"), Type::parse(QStringLiteral("uint256")).value(), false}},
                  {},
                  id};
    else
        return R::failure(
            tr("The transaction was reverted with an error this contract does not define (0x%1).")
                .arg(QString::fromLatin1(id.toHex())));
    Result<QList<Value>> values = abi::decode(typesOf(e.inputs), revertData.mid(4));
    if (!values)
        return R::failure(tr("The revert data of %1 is malformed: %2").arg(e.name, values.error()));
    return Decoded{e.name, e.inputs, values.value()};
}

} // namespace modreg::evm
