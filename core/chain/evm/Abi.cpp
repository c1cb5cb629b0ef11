#include "chain/evm/Abi.h"

#include "crypto/Hashes.h"

#include <QStringList>

namespace modreg::evm::abi {

namespace {
using Kind = Type::Kind;

QByteArray word(quint64 v)
{
    QByteArray out(32, '\0');
    for (int i = 31; i >= 24; --i, v >>= 8)
        out[i] = static_cast<char>(v & 0xff);
    return out;
}

QByteArray padRight(const QByteArray& b)
{
    const qsizetype padded = (b.size() + 31) / 32 * 32;
    return b + QByteArray(padded - b.size(), '\0');
}

// Splits "a,(b,c),d" at top-level commas.
QStringList splitTopLevel(const QString& s)
{
    QStringList parts;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == QLatin1Char('('))
            ++depth;
        else if (s[i] == QLatin1Char(')'))
            --depth;
        else if (s[i] == QLatin1Char(',') && depth == 0) {
            parts << s.mid(start, i - start);
            start = i + 1;
        }
    }
    if (!s.isEmpty())
        parts << s.mid(start);
    return parts;
}

Result<QByteArray> encodeOne(const Type& type, const Value& value);

Result<QByteArray> encodeSequence(const QList<Type>& types, const QList<Value>& values)
{
    if (types.size() != values.size())
        return Result<QByteArray>::failure(
            Text::tr("%1 values given for %2 ABI parameters.").arg(values.size()).arg(types.size()));
    QList<QByteArray> heads;
    QList<QByteArray> tails;
    qsizetype headSize = 0;
    for (qsizetype i = 0; i < types.size(); ++i) {
        Result<QByteArray> encoded = encodeOne(types[i], values[i]);
        if (!encoded)
            return encoded;
        if (types[i].isDynamic()) {
            heads << QByteArray();
            tails << encoded.value();
            headSize += 32;
        } else {
            heads << encoded.value();
            tails << QByteArray();
            headSize += encoded->size();
        }
    }
    QByteArray head;
    QByteArray tail;
    for (qsizetype i = 0; i < types.size(); ++i) {
        if (types[i].isDynamic()) {
            head += word(static_cast<quint64>(headSize + tail.size()));
            tail += tails[i];
        } else {
            head += heads[i];
        }
    }
    return head + tail;
}

Result<QByteArray> encodeOne(const Type& type, const Value& value)
{
    using R = Result<QByteArray>;
    switch (type.kind) {
    case Kind::Address:
        if (value.bytes.size() != 20)
            return R::failure(Text::tr("An address must be 20 bytes, not %1.").arg(value.bytes.size()));
        return QByteArray(12, '\0') + value.bytes;
    case Kind::Bool:
        return word(value.boolean ? 1 : 0);
    case Kind::Uint:
        if (value.bytes.size() != 32)
            return R::failure(Text::tr("A number must be given as 32 bytes."));
        return value.bytes;
    case Kind::FixedBytes:
        if (value.bytes.size() != type.size)
            return R::failure(
                Text::tr("bytes%1 needs exactly %1 bytes, not %2.").arg(type.size).arg(value.bytes.size()));
        return padRight(value.bytes);
    case Kind::Bytes:
    case Kind::String:
        return word(static_cast<quint64>(value.bytes.size())) + padRight(value.bytes);
    case Kind::Array: {
        const QList<Type> types(value.items.size(), type.components.first());
        Result<QByteArray> body = encodeSequence(types, value.items);
        return body ? R(word(static_cast<quint64>(value.items.size())) + body.value()) : body;
    }
    case Kind::FixedArray:
        if (value.items.size() != type.size)
            return R::failure(
                Text::tr("The array needs %1 items, not %2.").arg(type.size).arg(value.items.size()));
        return encodeSequence(QList<Type>(type.size, type.components.first()), value.items);
    case Kind::Tuple:
        return encodeSequence(type.components, value.items);
    }
    return R::failure(QString());
}

struct Decoder
{
    const QByteArray& data;
    // What the decoded values take to encode, counted as they are read: no more than the data itself.
    // An honest encoding spends every word once; offsets that point many items at the same bytes
    // (a hostile node's answer) would otherwise make gigabytes of values from kilobytes of data.
    mutable qsizetype budget = data.size();

    bool spend(qsizetype bytes) const
    {
        budget -= bytes;
        return budget >= 0;
    }
    static QString overspent()
    {
        return Text::tr("The ABI data refers to the same bytes more than once; no contract encodes that.");
    }

    Result<quint64> readWordAsSize(qsizetype at) const
    {
        if (at < 0 || at + 32 > data.size())
            return Result<quint64>::failure(Text::tr("The ABI data ends too early."));
        for (int i = 0; i < 24; ++i)
            if (data[at + i] != 0)
                return Result<quint64>::failure(
                    Text::tr("The ABI data holds an impossible offset or length."));
        quint64 v = 0;
        for (int i = 24; i < 32; ++i)
            v = (v << 8) | static_cast<quint8>(data[at + i]);
        if (v > static_cast<quint64>(data.size()))
            return Result<quint64>::failure(Text::tr("The ABI data holds an impossible offset or length."));
        return v;
    }

    Result<QList<Value>> sequence(const QList<Type>& types, qsizetype base, int depth) const
    {
        using R = Result<QList<Value>>;
        if (depth > 16)
            return R::failure(Text::tr("The ABI data is nested too deeply."));
        QList<Value> out;
        qsizetype headPos = base;
        for (const Type& t : types) {
            qsizetype at = headPos;
            if (t.isDynamic()) {
                if (!spend(32))
                    return R::failure(overspent());
                Result<quint64> offset = readWordAsSize(headPos);
                if (!offset)
                    return R::failure(offset.error());
                at = base + static_cast<qsizetype>(offset.value());
                headPos += 32;
            } else {
                headPos += staticSize(t);
            }
            Result<Value> v = one(t, at, depth);
            if (!v)
                return R::failure(v.error());
            out << std::move(v).value();
        }
        return out;
    }

    static qsizetype staticSize(const Type& t)
    {
        if (t.kind == Kind::FixedArray)
            return t.size * staticSize(t.components.first());
        if (t.kind == Kind::Tuple) {
            qsizetype s = 0;
            for (const Type& c : t.components)
                s += staticSize(c);
            return s;
        }
        return 32;
    }

    Result<Value> one(const Type& t, qsizetype at, int depth) const
    {
        using R = Result<Value>;
        if (at < 0 || at + 32 > data.size())
            return R::failure(Text::tr("The ABI data ends too early."));
        const bool composite = t.kind == Kind::FixedArray || t.kind == Kind::Tuple; // spent by their items
        if (!composite && !spend(32))
            return R::failure(overspent());
        const QByteArray w = data.mid(at, 32);
        switch (t.kind) {
        case Kind::Address:
            if (!w.startsWith(QByteArray(12, '\0')))
                return R::failure(Text::tr("The ABI data holds a malformed address."));
            return Value::address(w.mid(12));
        case Kind::Bool:
            if (w != QByteArray(32, '\0') && w != word(1))
                return R::failure(Text::tr("The ABI data holds a malformed boolean."));
            return Value::boolValue(w == word(1));
        case Kind::Uint:
            return Value::uint256(w);
        case Kind::FixedBytes:
            return Value::dynamicBytes(w.left(t.size));
        case Kind::Bytes:
        case Kind::String: {
            Result<quint64> length = readWordAsSize(at);
            if (!length)
                return R::failure(length.error());
            if (at + 32 + static_cast<qsizetype>(length.value()) > data.size())
                return R::failure(Text::tr("The ABI data ends too early."));
            if (!spend((static_cast<qsizetype>(length.value()) + 31) / 32 * 32))
                return R::failure(overspent());
            return Value::dynamicBytes(data.mid(at + 32, static_cast<qsizetype>(length.value())));
        }
        case Kind::Array: {
            Result<quint64> count = readWordAsSize(at);
            if (!count)
                return R::failure(count.error());
            // Every item takes at least a word: a count the rest of the data cannot hold is a lie.
            if (count.value() > static_cast<quint64>(data.size() - at - 32) / 32)
                return R::failure(Text::tr("The ABI data holds an impossible offset or length."));
            Result<QList<Value>> items = sequence(
                QList<Type>(static_cast<qsizetype>(count.value()), t.components.first()), at + 32, depth + 1);
            return items ? R(Value::list(std::move(items).value())) : R::failure(items.error());
        }
        case Kind::FixedArray:
        case Kind::Tuple: {
            const QList<Type> types =
                t.kind == Kind::Tuple ? t.components : QList<Type>(t.size, t.components.first());
            Result<QList<Value>> items = sequence(types, at, depth + 1);
            return items ? R(Value::list(std::move(items).value())) : R::failure(items.error());
        }
        }
        return R::failure(QString());
    }
};
} // namespace

Result<Type> Type::parse(const QString& input)
{
    using R = Result<Type>;
    const QString text = input.trimmed();
    if (text.endsWith(QLatin1Char(']'))) {
        const qsizetype open = text.lastIndexOf(QLatin1Char('['));
        Result<Type> element = parse(text.left(open));
        if (open < 0 || !element)
            return R::failure(Text::tr("\"%1\" is not an ABI type Modreg knows.").arg(input));
        const QString inside = text.mid(open + 1, text.size() - open - 2);
        Type t;
        t.components = {element.value()};
        if (inside.isEmpty()) {
            t.kind = Kind::Array;
            return t;
        }
        bool ok = false;
        t.size = inside.toInt(&ok);
        if (!ok || t.size <= 0 || t.size > 1024)
            return R::failure(Text::tr("\"%1\" is not an ABI type Modreg knows.").arg(input));
        t.kind = Kind::FixedArray;
        return t;
    }
    if (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')'))) {
        Type t;
        t.kind = Kind::Tuple;
        for (const QString& part : splitTopLevel(text.mid(1, text.size() - 2))) {
            Result<Type> c = parse(part);
            if (!c)
                return c;
            t.components << c.value();
        }
        return t;
    }
    Type t;
    if (text == QLatin1String("address"))
        t.kind = Kind::Address;
    else if (text == QLatin1String("bool"))
        t.kind = Kind::Bool;
    else if (text == QLatin1String("bytes"))
        t.kind = Kind::Bytes;
    else if (text == QLatin1String("string"))
        t.kind = Kind::String;
    else if (text.startsWith(QLatin1String("uint"))) {
        bool ok = true;
        t.kind = Kind::Uint;
        t.size = text.size() == 4 ? 256 : text.mid(4).toInt(&ok);
        if (!ok || t.size % 8 != 0 || t.size < 8 || t.size > 256)
            return R::failure(Text::tr("\"%1\" is not an ABI type Modreg knows.").arg(input));
    } else if (text.startsWith(QLatin1String("bytes"))) {
        bool ok = false;
        t.kind = Kind::FixedBytes;
        t.size = text.mid(5).toInt(&ok);
        if (!ok || t.size < 1 || t.size > 32)
            return R::failure(Text::tr("\"%1\" is not an ABI type Modreg knows.").arg(input));
    } else {
        return R::failure(Text::tr("\"%1\" is not an ABI type Modreg knows.").arg(input));
    }
    return t;
}

QString Type::canonical() const
{
    switch (kind) {
    case Kind::Address:
        return QStringLiteral("address");
    case Kind::Bool:
        return QStringLiteral("bool");
    case Kind::Uint:
        return QStringLiteral("uint%1").arg(size);
    case Kind::FixedBytes:
        return QStringLiteral("bytes%1").arg(size);
    case Kind::Bytes:
        return QStringLiteral("bytes");
    case Kind::String:
        return QStringLiteral("string");
    case Kind::Array:
        return components.first().canonical() + QStringLiteral("[]");
    case Kind::FixedArray:
        return components.first().canonical() + QStringLiteral("[%1]").arg(size);
    case Kind::Tuple: {
        QStringList parts;
        for (const Type& c : components)
            parts << c.canonical();
        return QLatin1Char('(') + parts.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    }
    return {};
}

bool Type::isDynamic() const
{
    switch (kind) {
    case Kind::Bytes:
    case Kind::String:
    case Kind::Array:
        return true;
    case Kind::FixedArray:
        return components.first().isDynamic();
    case Kind::Tuple:
        for (const Type& c : components)
            if (c.isDynamic())
                return true;
        return false;
    default:
        return false;
    }
}

Value Value::uint(quint64 v)
{
    return uint256(word(v));
}

bool operator==(const Value& a, const Value& b)
{
    if (a.bytes != b.bytes || a.boolean != b.boolean || a.items.size() != b.items.size())
        return false;
    for (qsizetype i = 0; i < a.items.size(); ++i)
        if (!(a.items[i] == b.items[i]))
            return false;
    return true;
}

std::optional<quint64> Value::toUint64() const
{
    if (bytes.size() != 32 || !bytes.startsWith(QByteArray(24, '\0')))
        return std::nullopt;
    quint64 v = 0;
    for (int i = 24; i < 32; ++i)
        v = (v << 8) | static_cast<quint8>(bytes[i]);
    return v;
}

Result<QByteArray> encode(const QList<Type>& types, const QList<Value>& values)
{
    return encodeSequence(types, values);
}

Result<QList<Value>> decode(const QList<Type>& types, const QByteArray& data)
{
    return Decoder{data}.sequence(types, 0, 0);
}

QString signature(const QString& name, const QList<Type>& inputs)
{
    QStringList parts;
    for (const Type& t : inputs)
        parts << t.canonical();
    return name + QLatin1Char('(') + parts.join(QLatin1Char(',')) + QLatin1Char(')');
}

QByteArray selector(const QString& name, const QList<Type>& inputs)
{
    return hash::keccak256(signature(name, inputs).toUtf8()).left(4);
}

} // namespace modreg::evm::abi
