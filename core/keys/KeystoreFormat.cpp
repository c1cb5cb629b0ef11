#include "keys/KeystoreFormat.h"

#include <QtEndian>
#include <cmath>
#include <cstring>
#include <functional>
#include <sodium.h>

namespace modreg {

namespace {
constexpr char kMagic[8] = {'M', 'O', 'D', 'R', 'E', 'G', 'K', 'S'};
constexpr quint8 kKdfArgon2id13 = 1;
constexpr int kSaltSize = 16;
constexpr int kNonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
static_assert(kNonceSize == 24 && crypto_pwhash_SALTBYTES == kSaltSize);

// Writes the plaintext straight into guarded memory, in two passes: one to measure, one to write.
class PlainWriter
{
public:
    explicit PlainWriter(std::uint8_t* out)
        : m_out(out)
    {}
    void u8(quint8 v) { raw(&v, 1); }
    void u32(quint32 v)
    {
        quint8 b[4];
        qToLittleEndian(v, b);
        raw(b, 4);
    }
    void i64(qint64 v)
    {
        quint8 b[8];
        qToLittleEndian(v, b);
        raw(b, 8);
    }
    void bytes(const std::uint8_t* p, std::size_t n)
    {
        u32(static_cast<quint32>(n));
        raw(p, n);
    }
    void bytes(const QByteArray& a)
    {
        bytes(reinterpret_cast<const std::uint8_t*>(a.constData()), static_cast<std::size_t>(a.size()));
    }
    void bytes(const SecureBytes& s) { bytes(s.data(), s.size()); }
    void text(const QString& s) { bytes(s.toUtf8()); }
    std::size_t size() const { return m_size; }

private:
    void raw(const void* p, std::size_t n)
    {
        if (m_out && n)
            std::memcpy(m_out + m_size, p, n);
        m_size += n;
    }
    std::uint8_t* m_out;
    std::size_t m_size = 0;
};

class PlainReader
{
public:
    explicit PlainReader(const SecureBytes& in)
        : m_in(in)
    {}
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_in.size(); }
    quint8 u8() { return take(1) ? m_in[m_pos - 1] : 0; }
    quint32 u32() { return take(4) ? qFromLittleEndian<quint32>(m_in.data() + m_pos - 4) : 0; }
    qint64 i64() { return take(8) ? qFromLittleEndian<qint64>(m_in.data() + m_pos - 8) : 0; }
    SecureBytes secret()
    {
        const quint32 n = u32();
        return take(n) ? SecureBytes(m_in.data() + m_pos - n, n) : SecureBytes();
    }
    QByteArray bytes()
    {
        const quint32 n = u32();
        return take(n) ? QByteArray(reinterpret_cast<const char*>(m_in.data() + m_pos - n),
                                    static_cast<qsizetype>(n))
                       : QByteArray();
    }
    QString text() { return QString::fromUtf8(bytes()); }

private:
    bool take(std::size_t n)
    {
        if (!m_ok || n > m_in.size() - m_pos)
            return m_ok = false;
        m_pos += n;
        return true;
    }
    const SecureBytes& m_in;
    std::size_t m_pos = 0;
    bool m_ok = true;
};

void writeContents(PlainWriter& w, const KeystoreContents& c)
{
    w.u32(static_cast<quint32>(c.keys.size()));
    for (qsizetype i = 0; i < c.keys.size(); ++i) {
        const KeyInfo& k = c.keys[i];
        const KeySecret& s = c.secrets[i];
        w.text(k.id);
        w.text(k.label);
        w.u8(static_cast<quint8>(k.type));
        w.bytes(k.publicKey);
        w.u8(static_cast<quint8>(k.origin));
        w.text(k.derivationPath);
        w.i64(k.created.toMSecsSinceEpoch());
        w.bytes(s.secretKey);
        w.bytes(s.mnemonic);
        w.bytes(s.passphrase);
    }
}

Result<KeystoreKey> derive(const SecureBytes& password, const QByteArray& salt, const KdfLimits& limits)
{
    SecureBytes key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (crypto_pwhash(key.data(), key.size(), reinterpret_cast<const char*>(password.data()), password.size(),
                      reinterpret_cast<const unsigned char*>(salt.constData()), limits.opsLimit,
                      static_cast<size_t>(1) << limits.memLimitLog2, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Result<KeystoreKey>::failure(
            QCoreApplication::translate("KeystoreFormat",
                                        "Not enough memory to unlock the keystore (it needs %1 MiB).")
                .arg((1U << limits.memLimitLog2) >> 20));
    return KeystoreKey{std::move(key), salt, limits};
}
} // namespace

Status KeystoreFormat::checkHeader(const QByteArray& file)
{
    const bool magic = file.startsWith(QByteArray::fromRawData(kMagic, 8));
    if (!magic)
        return Status::failure(tr("This file is not a Modreg keystore."));
    if (file.size() < kHeaderSize + static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_ABYTES))
        return Status::failure(
            tr("The keystore file is only %1 bytes long: it is truncated.").arg(file.size()));
    const auto version = qFromLittleEndian<quint16>(file.constData() + 8);
    if (version > kVersion)
        return Status::failure(
            tr("This keystore was written by a newer Modreg (format %1); this version reads format "
               "%2. Update Modreg to open it.")
                .arg(version)
                .arg(kVersion));
    if (version != kVersion)
        return Status::failure(
            tr("The keystore's format number (%1) is not one Modreg ever wrote: the file is damaged.")
                .arg(version));
    if (!limitsOf(file))
        return Status::failure(limitsOf(file).error());
    return success();
}

Result<KdfLimits> KeystoreFormat::limitsOf(const QByteArray& file)
{
    if (file.size() < kHeaderSize)
        return Result<KdfLimits>::failure(tr("The keystore file is truncated."));
    const auto kdf = static_cast<quint8>(file[10]);
    KdfLimits limits{qFromLittleEndian<quint32>(file.constData() + 12), static_cast<quint8>(file[11])};
    // Bounds keep a damaged (or hostile) header from asking for terabytes or hours.
    if (kdf != kKdfArgon2id13 || limits.memLimitLog2 < 13 || limits.opsLimit < 1)
        return Result<KdfLimits>::failure(
            tr("The keystore's key-derivation settings are not valid: the file is damaged."));
    if (limits.memLimitLog2 > kMaxMemLimitLog2 || limits.opsLimit > kMaxOpsLimit)
        return Result<KdfLimits>::failure(
            tr("The keystore asks its key derivation for %1 MiB and %2 passes; Modreg allows at most %3 MiB "
               "and %4 passes. The file is damaged, or not one Modreg wrote.")
                .arg(QString::number(std::ldexp(1.0, limits.memLimitLog2 - 20), 'f', 0))
                .arg(limits.opsLimit)
                .arg(1U << (kMaxMemLimitLog2 - 20))
                .arg(kMaxOpsLimit));
    return limits;
}

Result<KeystoreKey> KeystoreFormat::newKey(const SecureBytes& password, const KdfLimits& limits)
{
    QByteArray salt(kSaltSize, Qt::Uninitialized);
    randombytes_buf(salt.data(), kSaltSize);
    return derive(password, salt, limits);
}

Result<KeystoreKey> KeystoreFormat::keyFor(const QByteArray& file, const SecureBytes& password)
{
    if (Status header = checkHeader(file); !header)
        return Result<KeystoreKey>::failure(header.error());
    return derive(password, file.mid(16, kSaltSize), limitsOf(file).value());
}

QByteArray KeystoreFormat::encrypt(const KeystoreContents& contents, const KeystoreKey& key)
{
    QByteArray header(kHeaderSize, '\0');
    std::memcpy(header.data(), kMagic, 8);
    qToLittleEndian<quint16>(kVersion, header.data() + 8);
    header[10] = static_cast<char>(kKdfArgon2id13);
    header[11] = static_cast<char>(key.limits.memLimitLog2);
    qToLittleEndian<quint32>(key.limits.opsLimit, header.data() + 12);
    std::memcpy(header.data() + 16, key.salt.constData(), kSaltSize);
    randombytes_buf(header.data() + 32, kNonceSize);

    PlainWriter measure(nullptr);
    writeContents(measure, contents);
    SecureBytes plain(measure.size());
    PlainWriter write(plain.data());
    writeContents(write, contents);

    QByteArray out = header;
    out.resize(kHeaderSize +
               static_cast<qsizetype>(plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(out.data() + kHeaderSize), &written, plain.data(), plain.size(),
        reinterpret_cast<const unsigned char*>(header.constData()), kHeaderSize, nullptr,
        reinterpret_cast<const unsigned char*>(header.constData() + 32), key.key.data());
    return out;
}

Result<KeystoreContents> KeystoreFormat::decrypt(const QByteArray& file, const KeystoreKey& key)
{
    if (Status header = checkHeader(file); !header)
        return Result<KeystoreContents>::failure(header.error());
    const auto cipherSize = static_cast<std::size_t>(file.size() - kHeaderSize);
    SecureBytes plain(cipherSize - crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long plainSize = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            plain.data(), &plainSize, nullptr,
            reinterpret_cast<const unsigned char*>(file.constData() + kHeaderSize), cipherSize,
            reinterpret_cast<const unsigned char*>(file.constData()), kHeaderSize,
            reinterpret_cast<const unsigned char*>(file.constData() + 32), key.key.data()) != 0)
        return Result<KeystoreContents>::failure(
            tr("The password is wrong, or the keystore file has been damaged or altered."));

    return readContents(plain);
}

Result<KeystoreContents> KeystoreFormat::readContents(const SecureBytes& plain)
{
    const auto notLaidOut = [] {
        return Result<KeystoreContents>::failure(tr("The keystore decrypted, but its contents are not in the "
                                                    "expected layout; it may come from a different "
                                                    "Modreg build."));
    };
    PlainReader r(plain);
    KeystoreContents c;
    const quint32 count = r.u32();
    for (quint32 i = 0; r.ok() && i < count; ++i) {
        KeyInfo k;
        KeySecret s;
        k.id = r.text();
        k.label = r.text();
        const quint8 type = r.u8();
        k.publicKey = r.bytes();
        const quint8 origin = r.u8();
        k.derivationPath = r.text();
        k.created = QDateTime::fromMSecsSinceEpoch(r.i64(), Qt::UTC);
        s.secretKey = r.secret();
        s.mnemonic = r.secret();
        s.passphrase = r.secret();
        if (!r.ok())
            break;
        // Only values this format defines: an unknown type or origin would reach every switch over them.
        const bool ed = type == static_cast<quint8>(KeyType::Ed25519);
        if ((!ed && type != static_cast<quint8>(KeyType::Secp256k1)) ||
            origin < static_cast<quint8>(KeyOrigin::Random) || origin > static_cast<quint8>(KeyOrigin::Imported) ||
            k.publicKey.size() != (ed ? 32 : 64) || s.secretKey.size() != 32 || k.id.isEmpty())
            return notLaidOut();
        k.type = static_cast<KeyType>(type);
        k.origin = static_cast<KeyOrigin>(origin);
        k.hasMnemonic = !s.mnemonic.empty();
        c.keys << k;
        c.secrets.push_back(std::move(s));
    }
    if (!r.ok() || !r.atEnd())
        return notLaidOut();
    return c;
}

} // namespace modreg
