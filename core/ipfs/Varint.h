#pragma once

#include <QByteArray>
#include <optional>

namespace modreg::varint {

// Unsigned LEB128 as multiformats uses it: at most 9 bytes, and only the minimal encoding.
QByteArray encode(quint64 value);
// Reads one varint at `pos`, moving `pos` past it; nullopt on truncation, overlong or non-minimal input.
std::optional<quint64> decode(const QByteArray& bytes, qsizetype& pos);

} // namespace modreg::varint
