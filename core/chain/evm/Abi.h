#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace modreg::evm::abi {

// The Solidity ABI for the types Modreg's contracts use: address, bool, uintN, bytesN, bytes,
// string, T[] and T[k] arrays, and tuples.
struct Type
{
    enum class Kind
    {
        Address,
        Bool,
        Uint,       // size: bits
        FixedBytes, // size: N of bytesN
        Bytes,
        String,
        Array,      // components[0] is the element type
        FixedArray, // size: the length
        Tuple
    };
    Kind kind = Kind::Uint;
    int size = 256;
    QList<Type> components;

    // "uint256", "bytes", "address[]", "(bytes,address)[2]"…
    static Result<Type> parse(const QString& text);
    QString canonical() const; // the form selectors hash
    bool isDynamic() const;
    bool operator==(const Type&) const = default;
};

// A value of some Type. Numbers are 32 bytes big-endian; addresses 20 bytes; bytesN N bytes.
struct Value
{
    QByteArray bytes; // address, uint (32 bytes), bytesN, bytes, string (UTF-8)
    bool boolean = false;
    QList<Value> items; // arrays and tuples

    static Value address(QByteArray twenty) { return {std::move(twenty), false, {}}; }
    static Value uint(quint64 v);
    static Value uint256(QByteArray bigEndian32) { return {std::move(bigEndian32), false, {}}; }
    static Value boolValue(bool b) { return {{}, b, {}}; }
    static Value dynamicBytes(QByteArray b) { return {std::move(b), false, {}}; }
    static Value string(const QString& s) { return {s.toUtf8(), false, {}}; }
    static Value list(QList<Value> items) { return {{}, false, std::move(items)}; }
    // The low 64 bits of a uint, or nullopt when it does not fit.
    std::optional<quint64> toUint64() const;
    // Written out: QList's own == is not usable inside its recursive element type.
    friend bool operator==(const Value& a, const Value& b);
};

Result<QByteArray> encode(const QList<Type>& types, const QList<Value>& values);
// Decoding is strict about bounds: offsets and lengths come from a node and may be hostile.
Result<QList<Value>> decode(const QList<Type>& types, const QByteArray& data);

// "name(type1,type2)": what a function's selector and an event's topic 0 hash.
QString signature(const QString& name, const QList<Type>& inputs);
// keccak256(signature)[0..4]
QByteArray selector(const QString& name, const QList<Type>& inputs);

class Text
{
    Q_DECLARE_TR_FUNCTIONS(modreg::evm::abi)
};

} // namespace modreg::evm::abi
