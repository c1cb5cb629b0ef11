#include "keys/PolkadotAccountJson.h"

#include "crypto/Addresses.h"
#include "crypto/Ed25519.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <cstring>
#include <sodium.h>

namespace modreg {

namespace {
// polkadot.js keyring's PKCS#8 framing (generation 3).
const QByteArray kHeader = QByteArray::fromHex("3053020101300506032b657004220420");
const QByteArray kDivider = QByteArray::fromHex("a123032100");
constexpr int kSaltSize = 32;
constexpr int kScryptHeader = kSaltSize + 12;
constexpr int kNonceSize = crypto_secretbox_NONCEBYTES;

// The presets polkadot.js accepts (@polkadot/util-crypto scrypt/defaults.js ALLOWED_PARAMS).
bool allowed(const ScryptParams& p)
{
    const ScryptParams presets[] = {{1 << 13, 8, 10}, {1 << 14, 8, 5}, {1 << 15, 8, 3},
                                    {1 << 15, 8, 1},  {1 << 16, 8, 2}, {1 << 17, 8, 1}};
    for (const ScryptParams& preset : presets) {
        if (preset.n == p.n && preset.r == p.r && preset.p == p.p)
            return true;
    }
    return false;
}
} // namespace

QByteArray PolkadotAccountJson::encrypt(const SecureBytes& seed32, const SecureBytes& password,
                                        const QString& name, quint16 ss58Prefix, const ScryptParams& params)
{
    const QByteArray pub = ed25519::publicKeyOf(seed32);
    // Plain: header ‖ seed ‖ public key (the 64-byte NaCl secret) ‖ divider ‖ public key.
    const std::size_t plainSize = static_cast<std::size_t>(kHeader.size() + 64 + kDivider.size() + 32);
    SecureBytes plain(plainSize);
    std::uint8_t* p = plain.data();
    std::memcpy(p, kHeader.constData(), static_cast<std::size_t>(kHeader.size()));
    std::memcpy(p += kHeader.size(), seed32.data(), 32);
    std::memcpy(p += 32, pub.constData(), 32);
    std::memcpy(p += 32, kDivider.constData(), static_cast<std::size_t>(kDivider.size()));
    std::memcpy(p += kDivider.size(), pub.constData(), 32);

    QByteArray encoded(kScryptHeader + kNonceSize, Qt::Uninitialized);
    randombytes_buf(encoded.data(), kSaltSize);
    qToLittleEndian<quint32>(static_cast<quint32>(params.n), encoded.data() + 32);
    qToLittleEndian<quint32>(params.p, encoded.data() + 36);
    qToLittleEndian<quint32>(params.r, encoded.data() + 40);
    randombytes_buf(encoded.data() + kScryptHeader, kNonceSize);
    const SecureBytes key = scrypt(password, encoded.left(kSaltSize), params, 32);
    QByteArray box(static_cast<qsizetype>(plainSize + crypto_secretbox_MACBYTES), Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(box.data()), plain.data(), plainSize,
                          reinterpret_cast<const unsigned char*>(encoded.constData() + kScryptHeader),
                          key.data());
    encoded += box;

    const QJsonObject file{
        {QStringLiteral("encoded"), QString::fromLatin1(encoded.toBase64())},
        {QStringLiteral("encoding"),
         QJsonObject{
             {QStringLiteral("content"), QJsonArray{QStringLiteral("pkcs8"), QStringLiteral("ed25519")}},
             {QStringLiteral("type"),
              QJsonArray{QStringLiteral("scrypt"), QStringLiteral("xsalsa20-poly1305")}},
             {QStringLiteral("version"), QStringLiteral("3")}}},
        {QStringLiteral("address"), ss58::encode(pub, ss58Prefix)},
        {QStringLiteral("meta"),
         QJsonObject{{QStringLiteral("name"), name},
                     {QStringLiteral("whenCreated"), QDateTime::currentMSecsSinceEpoch()}}}};
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Result<PolkadotAccountJson::Decrypted> PolkadotAccountJson::decrypt(const QByteArray& json,
                                                                    const SecureBytes& password)
{
    const Result<Encrypted> file = parse(json);
    if (!file)
        return Result<Decrypted>::failure(file.error());
    const SecureBytes key = scrypt(password, file->salt, file->params, 32);
    if (key.empty())
        return Result<Decrypted>::failure(tr("Not enough memory for the account's scrypt settings."));
    return open(file.value(), key);
}

Result<PolkadotAccountJson::Encrypted> PolkadotAccountJson::parse(const QByteArray& json)
{
    using R = Result<Encrypted>;
    QJsonParseError error{};
    const QJsonObject file = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        return R::failure(tr("This is not a JSON file (%1).").arg(error.errorString()));
    const QJsonObject encoding = file.value(QLatin1String("encoding")).toObject();
    const QJsonArray content = encoding.value(QLatin1String("content")).toArray();
    const QJsonArray type = encoding.value(QLatin1String("type")).toArray();
    if (!file.contains(QLatin1String("encoded")) || content.at(0).toString() != QLatin1String("pkcs8"))
        return R::failure(tr("This is not a polkadot.js account file (no pkcs8 \"encoded\" field)."));
    if (content.at(1).toString() != QLatin1String("ed25519"))
        return R::failure(tr("This polkadot.js account is a %1 key; Modreg imports ed25519 accounts.")
                              .arg(content.at(1).toString().left(40)));
    if (encoding.value(QLatin1String("version")).toString() != QLatin1String("3") ||
        type.at(0).toString() != QLatin1String("scrypt") ||
        type.at(1).toString() != QLatin1String("xsalsa20-poly1305"))
        return R::failure(
            tr("This polkadot.js account uses an encoding Modreg does not read (it reads version 3, "
               "scrypt with xsalsa20-poly1305)."));
    const QByteArray encoded =
        QByteArray::fromBase64(file.value(QLatin1String("encoded")).toString().toLatin1());
    if (encoded.size() < kScryptHeader + kNonceSize + static_cast<int>(crypto_secretbox_MACBYTES))
        return R::failure(tr("The account's encrypted data is too short; the file is damaged."));
    Encrypted out;
    out.params = ScryptParams{qFromLittleEndian<quint32>(encoded.constData() + 32),
                              qFromLittleEndian<quint32>(encoded.constData() + 40),
                              qFromLittleEndian<quint32>(encoded.constData() + 36)};
    if (!allowed(out.params))
        return R::failure(
            tr("The account's scrypt settings are not among those polkadot.js allows; the file is "
               "damaged or was tampered with."));
    out.salt = encoded.left(kSaltSize);
    out.nonce = encoded.mid(kScryptHeader, kNonceSize);
    out.box = encoded.mid(kScryptHeader + kNonceSize);
    out.name = file.value(QLatin1String("meta")).toObject().value(QLatin1String("name")).toString().left(256);
    return out;
}

Result<PolkadotAccountJson::Decrypted> PolkadotAccountJson::open(const Encrypted& file, const SecureBytes& key32)
{
    using R = Result<Decrypted>;
    if (key32.size() != crypto_secretbox_KEYBYTES || file.nonce.size() != kNonceSize ||
        file.box.size() < static_cast<qsizetype>(crypto_secretbox_MACBYTES))
        return R::failure(tr("The password is wrong, or the account file is damaged."));
    const auto boxSize = static_cast<std::size_t>(file.box.size());
    SecureBytes plain(boxSize - crypto_secretbox_MACBYTES);
    if (crypto_secretbox_open_easy(plain.data(), reinterpret_cast<const unsigned char*>(file.box.constData()),
                                   boxSize, reinterpret_cast<const unsigned char*>(file.nonce.constData()),
                                   key32.data()) != 0)
        return R::failure(tr("The password is wrong, or the account file is damaged."));
    Result<SecureBytes> seed = seedOf(plain);
    if (!seed)
        return R::failure(seed.error());
    return Decrypted{std::move(seed).value(), file.name};
}

Result<SecureBytes> PolkadotAccountJson::seedOf(const SecureBytes& plain)
{
    using R = Result<SecureBytes>;
    const auto at = [&](std::size_t offset, const QByteArray& expected) {
        return plain.size() >= offset + static_cast<std::size_t>(expected.size()) &&
               std::memcmp(plain.data() + offset, expected.constData(),
                           static_cast<std::size_t>(expected.size())) == 0;
    };
    const auto h = static_cast<std::size_t>(kHeader.size());
    // Generation 3 stores the 64-byte NaCl secret; generations 1 and 2 stored the 32-byte seed.
    const std::size_t secretLength = at(h + 64, kDivider) ? 64 : at(h + 32, kDivider) ? 32 : 0;
    if (!at(0, kHeader) || secretLength == 0 || plain.size() < h + secretLength + 5 + 32)
        return R::failure(tr("The account decrypted, but its contents are not in the polkadot.js layout."));
    SecureBytes seed(plain.data() + h, 32);
    const QByteArray storedPublic(reinterpret_cast<const char*>(plain.data() + h + secretLength + 5), 32);
    if (ed25519::publicKeyOf(seed) != storedPublic)
        return R::failure(tr("The account's secret does not belong to its public key; the file is damaged."));
    return seed;
}

} // namespace modreg
