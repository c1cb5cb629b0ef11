#include "crypto/SubstrateDerivation.h"

#include "crypto/Hashes.h"

#include <QRegularExpression>
#include <cstring>

namespace modreg {

namespace {
// SCALE's compact length prefix, for the lengths junctions and "Ed25519HDKD" can have.
QByteArray compactLength(qsizetype n)
{
    QByteArray out;
    if (n < 64) {
        out += static_cast<char>(n << 2);
    } else if (n < 16384) {
        const auto v = static_cast<quint16>((n << 2) | 1);
        out += static_cast<char>(v & 0xff);
        out += static_cast<char>(v >> 8);
    } else {
        const auto v = static_cast<quint32>((n << 2) | 2);
        for (int b = 0; b < 4; ++b)
            out += static_cast<char>((v >> (8 * b)) & 0xff);
    }
    return out;
}

QByteArray chainCodeOf(const QString& code)
{
    static const QRegularExpression number(QStringLiteral("^\\d+$"));
    static const QRegularExpression hex(QStringLiteral("^0x([0-9a-fA-F]{2})*$"));
    QByteArray raw;
    if (number.match(code).hasMatch()) {
        quint64 v = code.toULongLong();
        for (int b = 0; b < 8; ++b, v >>= 8)
            raw += static_cast<char>(v & 0xff);
    } else if (hex.match(code).hasMatch()) {
        raw = QByteArray::fromHex(code.mid(2).toLatin1());
    } else {
        const QByteArray utf8 = code.toUtf8();
        raw = compactLength(utf8.size()) + utf8;
    }
    if (raw.size() > 32)
        return hash::blake2b(raw, 32);
    return raw + QByteArray(32 - raw.size(), '\0');
}
} // namespace

Result<SubstrateDerivation::Path> SubstrateDerivation::parsePath(const QString& path)
{
    Path out;
    QString derive = path;
    const qsizetype passwordAt = path.indexOf(QStringLiteral("///"));
    if (passwordAt >= 0) {
        out.password = path.mid(passwordAt + 3);
        derive = path.left(passwordAt);
    }
    static const QRegularExpression junction(QStringLiteral("(//?)([^/]+)"));
    qsizetype consumed = 0;
    for (auto it = junction.globalMatch(derive); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() != consumed)
            break;
        consumed = m.capturedEnd();
        out.junctions << Junction{chainCodeOf(m.captured(2)), m.captured(1) == QLatin1String("//")};
    }
    if (consumed != derive.size())
        return Result<Path>::failure(tr("\"%1\" is not a derivation path: write junctions as //hard or "
                                        "/soft, and a password as ///password.")
                                         .arg(derive));
    return out;
}

SecureBytes SubstrateDerivation::miniSecret(const Mnemonic& mnemonic, const QString& password)
{
    // Unlike BIP39's passphrase, substrate-bip39 (and polkadot.js) take the password as typed, with no
    // Unicode normalisation; the reference vectors include a non-ASCII password to hold us to that.
    const SecureBytes seed =
        hash::pbkdf2HmacSha512(mnemonic.entropy(), "mnemonic" + password.toUtf8(), 2048, 64);
    return SecureBytes(seed.data(), 32);
}

Result<SecureBytes> SubstrateDerivation::ed25519(const Mnemonic& mnemonic, const QString& path)
{
    Result<Path> parsed = parsePath(path);
    if (!parsed)
        return Result<SecureBytes>::failure(parsed.error());
    SecureBytes seed = miniSecret(mnemonic, parsed->password);
    static const QByteArray hdkd = compactLength(11) + QByteArrayLiteral("Ed25519HDKD");
    for (const Junction& j : parsed->junctions) {
        if (!j.hard)
            return Result<SecureBytes>::failure(
                tr("Ed25519 keys have no soft derivation; use //name (hard) instead of /name."));
        SecureBytes input(static_cast<std::size_t>(hdkd.size()) + seed.size() + 32);
        std::memcpy(input.data(), hdkd.constData(), static_cast<std::size_t>(hdkd.size()));
        std::memcpy(input.data() + hdkd.size(), seed.data(), seed.size());
        std::memcpy(input.data() + hdkd.size() + seed.size(), j.chainCode.constData(), 32);
        seed = hash::blake2b(input, 32);
    }
    return seed;
}

} // namespace modreg
