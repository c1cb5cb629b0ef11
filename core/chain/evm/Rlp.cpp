#include "chain/evm/Rlp.h"

namespace modreg::evm::rlp {

namespace {
QByteArray bigEndian(quint64 value)
{
    QByteArray out;
    for (; value > 0; value >>= 8)
        out.prepend(static_cast<char>(value & 0xff));
    return out;
}

QByteArray lengthPrefix(qsizetype length, quint8 shortBase, quint8 longBase)
{
    if (length < 56)
        return QByteArray(1, static_cast<char>(shortBase + length));
    const QByteArray len = bigEndian(static_cast<quint64>(length));
    return QByteArray(1, static_cast<char>(longBase + len.size())) + len;
}

struct Decoder
{
    const QByteArray& in;
    qsizetype pos = 0;

    Result<Item> item(int depth)
    {
        using R = Result<Item>;
        if (depth > 64)
            return R::failure(Text::tr("The RLP data is nested too deeply."));
        if (pos >= in.size())
            return R::failure(Text::tr("The RLP data ends too early."));
        const auto first = static_cast<quint8>(in[pos++]);
        if (first < 0x80)
            return Item::string(QByteArray(1, static_cast<char>(first)));
        const bool list = first >= 0xc0;
        const quint8 base = list ? 0xc0 : 0x80;
        qsizetype length = 0;
        if (first - base < 56) {
            length = first - base;
        } else {
            const int lenBytes = first - base - 55;
            if (lenBytes > 8 || in.size() - pos < lenBytes || in[pos] == 0)
                return R::failure(Text::tr("The RLP data has a malformed length."));
            quint64 l = 0;
            for (int i = 0; i < lenBytes; ++i)
                l = (l << 8) | static_cast<quint8>(in[pos++]);
            if (l < 56 || l > static_cast<quint64>(in.size()))
                return R::failure(Text::tr("The RLP data has a malformed length."));
            length = static_cast<qsizetype>(l);
        }
        if (in.size() - pos < length)
            return R::failure(Text::tr("The RLP data ends too early."));
        if (!list) {
            QByteArray bytes = in.mid(pos, length);
            pos += length;
            if (length == 1 && static_cast<quint8>(bytes[0]) < 0x80)
                return R::failure(Text::tr("The RLP data encodes a single byte in a non-canonical way."));
            return Item::string(std::move(bytes));
        }
        const qsizetype end = pos + length;
        QList<Item> items;
        while (pos < end) {
            Result<Item> child = item(depth + 1);
            if (!child)
                return child;
            if (pos > end)
                return R::failure(Text::tr("An RLP list item runs past the end of its list."));
            items.append(std::move(child).value());
        }
        return Item::list(std::move(items));
    }
};
} // namespace

Item Item::uint(quint64 value)
{
    return string(bigEndian(value));
}

Item Item::uint(const QByteArray& bigEndianBytes)
{
    qsizetype start = 0;
    while (start < bigEndianBytes.size() && bigEndianBytes[start] == 0)
        ++start;
    return string(bigEndianBytes.mid(start));
}

bool operator==(const Item& a, const Item& b)
{
    if (a.isList != b.isList || a.bytes != b.bytes || a.items.size() != b.items.size())
        return false;
    for (qsizetype i = 0; i < a.items.size(); ++i)
        if (!(a.items[i] == b.items[i]))
            return false;
    return true;
}

QByteArray encode(const Item& item)
{
    if (!item.isList) {
        if (item.bytes.size() == 1 && static_cast<quint8>(item.bytes[0]) < 0x80)
            return item.bytes;
        return lengthPrefix(item.bytes.size(), 0x80, 0xb7) + item.bytes;
    }
    QByteArray payload;
    for (const Item& child : item.items)
        payload += encode(child);
    return lengthPrefix(payload.size(), 0xc0, 0xf7) + payload;
}

Result<Item> decode(const QByteArray& bytes)
{
    Decoder d{bytes};
    Result<Item> item = d.item(0);
    if (item && d.pos != bytes.size())
        return Result<Item>::failure(Text::tr("The RLP data has bytes after its item."));
    return item;
}

} // namespace modreg::evm::rlp
