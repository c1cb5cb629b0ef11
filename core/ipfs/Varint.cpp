#include "ipfs/Varint.h"

namespace modreg::varint {

QByteArray encode(quint64 value)
{
    QByteArray out;
    do {
        quint8 byte = value & 0x7f;
        value >>= 7;
        if (value)
            byte |= 0x80;
        out += static_cast<char>(byte);
    } while (value);
    return out;
}

std::optional<quint64> decode(const QByteArray& bytes, qsizetype& pos)
{
    quint64 value = 0;
    for (int i = 0; i < 9; ++i) {
        if (pos + i >= bytes.size())
            return std::nullopt;
        const auto byte = static_cast<quint8>(bytes[pos + i]);
        value |= static_cast<quint64>(byte & 0x7f) << (7 * i);
        if (!(byte & 0x80)) {
            if (byte == 0 && i > 0)
                return std::nullopt; // a trailing zero group: not the minimal encoding
            pos += i + 1;
            return value;
        }
    }
    return std::nullopt; // more than 9 bytes
}

} // namespace modreg::varint
