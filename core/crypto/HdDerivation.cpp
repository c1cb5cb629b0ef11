#include "crypto/HdDerivation.h"

#include "crypto/Hashes.h"
#include "crypto/Secp256k1.h"

#include <cstring>

namespace modreg {

namespace {
// Splits HMAC-SHA512 output into key (left 32 bytes) and chain code (right 32 bytes).
struct Node
{
    SecureBytes key;
    SecureBytes chainCode;
};

Node split(const SecureBytes& i64)
{
    return {SecureBytes(i64.data(), 32), SecureBytes(i64.data() + 32, 32)};
}

SecureBytes childData(const std::uint8_t* prefix, std::size_t prefixSize, quint32 index)
{
    SecureBytes data(prefixSize + 4);
    std::memcpy(data.data(), prefix, prefixSize);
    for (int b = 0; b < 4; ++b)
        data[prefixSize + static_cast<std::size_t>(b)] = static_cast<std::uint8_t>(index >> (24 - 8 * b));
    return data;
}
} // namespace

Result<QList<quint32>> HdDerivation::parsePath(const QString& path)
{
    const QStringList parts = path.trimmed().split(QLatin1Char('/'));
    if (parts.isEmpty() || parts.first() != QLatin1String("m"))
        return Result<QList<quint32>>::failure(
            tr("A derivation path starts with \"m\", like m/44'/60'/0'/0/0."));
    QList<quint32> out;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        QString step = parts[i];
        const bool hardened = step.endsWith(QLatin1Char('\'')) || step.endsWith(QLatin1Char('h')) ||
                              step.endsWith(QLatin1Char('H'));
        if (hardened)
            step.chop(1);
        bool ok = false;
        const quint32 n = step.toUInt(&ok);
        if (!ok || n >= kHardened || step.isEmpty() || !step.at(0).isDigit())
            return Result<QList<quint32>>::failure(tr("Step %1 of the derivation path, \"%2\", is not a "
                                                      "number below 2^31 (with ' for hardened).")
                                                       .arg(i)
                                                       .arg(parts[i]));
        out << (hardened ? n | kHardened : n);
    }
    return out;
}

Result<SecureBytes> HdDerivation::bip32Secp256k1(const SecureBytes& seed, const QString& path)
{
    Result<QList<quint32>> steps = parsePath(path);
    if (!steps)
        return Result<SecureBytes>::failure(steps.error());
    Node node = split(hash::hmacSha512(QByteArrayLiteral("Bitcoin seed"), seed));
    if (!secp256k1::isValidSecretKey(node.key))
        return Result<SecureBytes>::failure(tr("This seed gives no valid master key (probability 2^-127)."));
    for (quint32 index : steps.value()) {
        SecureBytes data;
        if (index & kHardened) {
            SecureBytes prefixed(33);
            std::memcpy(prefixed.data() + 1, node.key.data(), 32);
            data = childData(prefixed.data(), 33, index);
        } else {
            const QByteArray pub = secp256k1::compressedPublicKeyOf(node.key);
            data = childData(reinterpret_cast<const std::uint8_t*>(pub.constData()), 33, index);
        }
        Node child = split(hash::hmacSha512(node.chainCode, data));
        Result<SecureBytes> key = secp256k1::addTweak(node.key, child.key);
        if (!key)
            return key;
        node = {std::move(key).value(), std::move(child.chainCode)};
    }
    return std::move(node.key);
}

Result<SecureBytes> HdDerivation::slip10Ed25519(const SecureBytes& seed, const QString& path)
{
    Result<QList<quint32>> steps = parsePath(path);
    if (!steps)
        return Result<SecureBytes>::failure(steps.error());
    Node node = split(hash::hmacSha512(QByteArrayLiteral("ed25519 seed"), seed));
    for (quint32 index : steps.value()) {
        if (!(index & kHardened))
            return Result<SecureBytes>::failure(tr(
                "Ed25519 keys derive only through hardened steps (written with '), as SLIP-0010 requires."));
        SecureBytes prefixed(33);
        std::memcpy(prefixed.data() + 1, node.key.data(), 32);
        node = split(hash::hmacSha512(node.chainCode, childData(prefixed.data(), 33, index)));
    }
    return std::move(node.key);
}

} // namespace modreg
