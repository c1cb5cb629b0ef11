#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace modreg::base58 {

// Base58 with Bitcoin's alphabet (also Solana's and SS58's). Leading zero bytes become '1's.
QString encode(const QByteArray& bytes);
// Fails on a character outside the alphabet, naming it and its position.
Result<QByteArray> decode(const QString& text);

} // namespace modreg::base58
