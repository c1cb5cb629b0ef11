#pragma once

#include <QByteArray>
#include <QString>

namespace modreg {

// Bytes as people and JSON-RPC write them: "0x" and lowercase hex digits ("0x" for no bytes).
inline QString hexText(const QByteArray& bytes)
{
    return QStringLiteral("0x") + QString::fromLatin1(bytes.toHex());
}

} // namespace modreg
