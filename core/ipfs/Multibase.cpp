#include "ipfs/Multibase.h"

#include "crypto/Base58.h"
#include "crypto/BaseX.h"

#include <cstring>
#include <optional>
#include <vector>

namespace modreg {

namespace {
constexpr char kBase32[] = "abcdefghijklmnopqrstuvwxyz234567";
constexpr char kBase36[] = "0123456789abcdefghijklmnopqrstuvwxyz";

QString base32Encode(const QByteArray& bytes)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (char c : bytes) {
        buffer = (buffer << 8) | static_cast<quint8>(c);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(kBase32[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(kBase32[(buffer << (5 - bits)) & 31]);
    return out;
}

std::optional<QByteArray> base32Decode(const QString& text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (QChar ch : text) {
        const char c = ch.toLatin1();
        const char* at = c ? std::strchr(kBase32, c) : nullptr;
        if (!at)
            return std::nullopt;
        buffer = (buffer << 5) | static_cast<quint32>(at - kBase32);
        bits += 5;
        if (bits >= 8) {
            out += static_cast<char>((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    // Leftover bits are padding and must be zero (else the string is not canonical).
    if (bits >= 5 || (buffer & ((1U << bits) - 1)) != 0)
        return std::nullopt;
    return out;
}

} // namespace

QString Multibase::name(Base base)
{
    switch (base) {
    case Base::Base58Btc:
        return QStringLiteral("base58btc");
    case Base::Base32:
        return QStringLiteral("base32");
    case Base::Base36:
        return QStringLiteral("base36");
    }
    return {};
}

QString Multibase::encode(const QByteArray& bytes, Base base)
{
    switch (base) {
    case Base::Base58Btc:
        return QLatin1Char('z') + base58::encode(bytes);
    case Base::Base32:
        return QLatin1Char('b') + base32Encode(bytes);
    case Base::Base36:
        return QLatin1Char('k') + basex::encode(bytes, kBase36);
    }
    return {};
}

Result<Multibase::Decoded> Multibase::decode(const QString& text)
{
    if (text.isEmpty())
        return Result<Decoded>::failure(tr("The text is empty."));
    const QChar prefix = text[0];
    const QString body = text.mid(1);
    if (prefix == QLatin1Char('z')) {
        Result<QByteArray> raw = base58::decode(body);
        if (!raw)
            return Result<Decoded>::failure(raw.error());
        return Decoded{Base::Base58Btc, raw.value()};
    }
    if (prefix == QLatin1Char('b') || prefix == QLatin1Char('k')) {
        const bool b32 = prefix == QLatin1Char('b');
        const std::optional<QByteArray> raw = b32 ? base32Decode(body) : basex::decode(body, kBase36);
        if (!raw)
            return Result<Decoded>::failure(
                tr("The text after the '%1' prefix is not valid lower-case %2.")
                    .arg(prefix, b32 ? QStringLiteral("base32") : QStringLiteral("base36")));
        return Decoded{b32 ? Base::Base32 : Base::Base36, *raw};
    }
    return Result<Decoded>::failure(
        tr("'%1' is not a multibase prefix Modreg reads (b for base32, k for base36, z for base58btc).")
            .arg(prefix));
}

} // namespace modreg
