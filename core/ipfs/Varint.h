#pragma once

#include <QByteArray>
#include <optional>

namespace modreg::varint {

// Unsigned LEB128 as multiformats uses it: at most 9 bytes, and only the minimal encoding. A value
// of 2^63 or more takes 10 bytes, which decode() refuses, as the multiformats spec asks.
QByteArray encode(quint64 value);
// Reads one varint at `pos`, moving `pos` past it; nullopt on truncation, overlong or non-minimal input.
std::optional<quint64> decode(const QByteArray& bytes, qsizetype& pos);

} // namespace modreg::varint
