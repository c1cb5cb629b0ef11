#include "keys/SolanaKeypairJson.h"

#include "crypto/Ed25519.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace modreg {

QByteArray SolanaKeypairJson::write(const SecureBytes& seed32)
{
    const QByteArray pub = ed25519::publicKeyOf(seed32);
    QByteArray out("[");
    for (std::size_t i = 0; i < 64; ++i) {
        const int byte = i < 32 ? seed32[i] : static_cast<unsigned char>(pub[static_cast<qsizetype>(i - 32)]);
        out += QByteArray::number(byte);
        out += i < 63 ? "," : "]";
    }
    return out;
}

Result<SecureBytes> SolanaKeypairJson::read(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return Result<SecureBytes>::failure(
            tr("A Solana keypair file is a JSON array of 64 numbers; this is not one."));
    const QJsonArray numbers = doc.array();
    if (numbers.size() != 64)
        return Result<SecureBytes>::failure(
            tr("A Solana keypair file holds 64 numbers; this one holds %1.").arg(numbers.size()));
    SecureBytes bytes(64);
    for (qsizetype i = 0; i < 64; ++i) {
        const QJsonValue v = numbers[i];
        // The range first: converting a double like 1e129 to int is undefined (FuzzSolanaKeypair).
        const double d = v.isDouble() ? v.toDouble() : -1;
        if (!(d >= 0 && d <= 255) || d != std::floor(d))
            return Result<SecureBytes>::failure(
                tr("Number %1 of the keypair file is not a byte (0 to 255).").arg(i + 1));
        bytes[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(d);
    }
    SecureBytes seed(bytes.data(), 32);
    if (ed25519::publicKeyOf(seed) != QByteArray(reinterpret_cast<const char*>(bytes.data() + 32), 32))
        return Result<SecureBytes>::failure(tr(
            "The keypair file's second half is not the public key of its first half; the file is damaged."));
    return seed;
}

} // namespace modreg
