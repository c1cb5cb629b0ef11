#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace modreg::basex {

// Bytes as a big number written in the digits of `alphabet` (base = its length), each leading zero
// byte written as the alphabet's first digit: the scheme of base58 (Bitcoin, Solana, SS58) and of
// multibase's base36. `alphabet` must be ASCII.
QString encode(const QByteArray& bytes, const char* alphabet);
// nullopt with `badPosition` (from 0) set when a character is not in the alphabet.
std::optional<QByteArray> decode(const QString& text, const char* alphabet, qsizetype* badPosition = nullptr);

} // namespace modreg::basex
