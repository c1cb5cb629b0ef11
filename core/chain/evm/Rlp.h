#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace modreg::evm::rlp {

// Recursive Length Prefix, Ethereum's serialisation for transactions: an item is a byte string or
// a list of items.
struct Item
{
    bool isList = false;
    QByteArray bytes;  // when !isList
    QList<Item> items; // when isList

    static Item string(QByteArray b) { return {false, std::move(b), {}}; }
    static Item list(QList<Item> i) { return {true, {}, std::move(i)}; }
    // An unsigned integer as RLP writes it: big-endian, no leading zeros, zero as the empty string.
    static Item uint(quint64 value);
    static Item uint(const QByteArray& bigEndian); // any width; leading zeros are dropped
    // Written out: QList's own == is not usable inside its recursive element type.
    friend bool operator==(const Item& a, const Item& b);
};

QByteArray encode(const Item& item);
// Strict: canonical lengths only, and the whole input must be one item.
Result<Item> decode(const QByteArray& bytes);

class Text
{
    Q_DECLARE_TR_FUNCTIONS(modreg::evm::rlp)
};

} // namespace modreg::evm::rlp
