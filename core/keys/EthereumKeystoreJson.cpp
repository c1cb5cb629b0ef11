#include "keys/EthereumKeystoreJson.h"

#include "crypto/Addresses.h"
#include "crypto/Hashes.h"
#include "crypto/Secp256k1.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <cmath>
#include <openssl/evp.h>
#include <sodium.h>

namespace modreg {

namespace {
// AES-128-CTR is its own inverse: the same call encrypts and decrypts.
bool aes128Ctr(const std::uint8_t* key16, const QByteArray& iv16, const std::uint8_t* in, std::size_t size,
               std::uint8_t* out)
{
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    int len = 0;
    int tail = 0;
    const bool ok = ctx &&
                    EVP_EncryptInit_ex(ctx, EVP_aes_128_ctr(), nullptr, key16,
                                       reinterpret_cast<const unsigned char*>(iv16.constData())) == 1 &&
                    EVP_EncryptUpdate(ctx, out, &len, in, static_cast<int>(size)) == 1 &&
                    EVP_EncryptFinal_ex(ctx, out + len, &tail) == 1;
    EVP_CIPHER_CTX_free(ctx);
    return ok;
}

QByteArray macOf(const SecureBytes& derived, const QByteArray& ciphertext)
{
    return hash::keccak256(QByteArray(reinterpret_cast<const char*>(derived.data() + 16), 16) + ciphertext);
}

QByteArray randomBytes(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    randombytes_buf(b.data(), static_cast<size_t>(n));
    return b;
}
} // namespace

QByteArray EthereumKeystoreJson::encrypt(const SecureBytes& secret32, const SecureBytes& password,
                                         const ScryptParams& params)
{
    const QByteArray salt = randomBytes(32);
    const QByteArray iv = randomBytes(16);
    const SecureBytes derived = scrypt(password, salt, params, 32);
    QByteArray ciphertext(32, Qt::Uninitialized);
    aes128Ctr(derived.data(), iv, secret32.data(), 32, reinterpret_cast<std::uint8_t*>(ciphertext.data()));
    const QByteArray address = ethereum::addressOf(secp256k1::publicKeyOf(secret32));
    const QJsonObject crypto{
        {QStringLiteral("cipher"), QStringLiteral("aes-128-ctr")},
        {QStringLiteral("cipherparams"),
         QJsonObject{{QStringLiteral("iv"), QString::fromLatin1(iv.toHex())}}},
        {QStringLiteral("ciphertext"), QString::fromLatin1(ciphertext.toHex())},
        {QStringLiteral("kdf"), QStringLiteral("scrypt")},
        {QStringLiteral("kdfparams"),
         QJsonObject{{QStringLiteral("dklen"), 32},
                     {QStringLiteral("n"), static_cast<qint64>(params.n)},
                     {QStringLiteral("r"), static_cast<qint64>(params.r)},
                     {QStringLiteral("p"), static_cast<qint64>(params.p)},
                     {QStringLiteral("salt"), QString::fromLatin1(salt.toHex())}}},
        {QStringLiteral("mac"), QString::fromLatin1(macOf(derived, ciphertext).toHex())}};
    const QJsonObject file{{QStringLiteral("version"), 3},
                           {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                           {QStringLiteral("address"), QString::fromLatin1(address.toHex())},
                           {QStringLiteral("crypto"), crypto}};
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Result<SecureBytes> EthereumKeystoreJson::decrypt(const QByteArray& json, const SecureBytes& password)
{
    const Result<Encrypted> file = parse(json);
    if (!file)
        return Result<SecureBytes>::failure(file.error());
    const SecureBytes derived = deriveKey(file.value(), password);
    if (derived.empty())
        return Result<SecureBytes>::failure(tr("Not enough memory for the keystore's scrypt settings."));
    return open(file.value(), derived);
}

Result<EthereumKeystoreJson::Encrypted> EthereumKeystoreJson::parse(const QByteArray& json)
{
    using R = Result<Encrypted>;
    QJsonParseError error{};
    const QJsonObject file = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        return R::failure(tr("This is not a JSON file (%1).").arg(error.errorString()));
    if (file.value(QLatin1String("version")).toInt() != 3)
        return R::failure(tr("This is not an Ethereum V3 keystore: its \"version\" is not 3."));
    // geth once wrote "Crypto" with a capital C; both are in the wild.
    const QJsonObject crypto = file.contains(QLatin1String("crypto"))
                                   ? file.value(QLatin1String("crypto")).toObject()
                                   : file.value(QLatin1String("Crypto")).toObject();
    if (crypto.value(QLatin1String("cipher")).toString() != QLatin1String("aes-128-ctr"))
        return R::failure(
            tr("The keystore uses the cipher \"%1\"; Modreg reads aes-128-ctr, the one every Ethereum "
               "wallet writes.")
                .arg(crypto.value(QLatin1String("cipher")).toString().left(40)));
    Encrypted out;
    const auto hex = [](const QJsonValue& v) { return QByteArray::fromHex(v.toString().toLatin1()); };
    out.iv = hex(crypto.value(QLatin1String("cipherparams")).toObject().value(QLatin1String("iv")));
    out.ciphertext = hex(crypto.value(QLatin1String("ciphertext")));
    out.mac = hex(crypto.value(QLatin1String("mac")));
    if (out.iv.size() != 16 || out.ciphertext.size() != 32 || out.mac.size() != 32)
        return R::failure(tr("The keystore's iv, ciphertext or mac is missing or has the wrong length."));

    const QString kdf = crypto.value(QLatin1String("kdf")).toString();
    const QJsonObject params = crypto.value(QLatin1String("kdfparams")).toObject();
    out.salt = hex(params.value(QLatin1String("salt")));
    if (out.salt.size() > 1024)
        return R::failure(tr("The keystore's salt is %1 bytes long; a salt is at most 1024.").arg(out.salt.size()));
    if (params.value(QLatin1String("dklen")).toInt() != 32)
        return R::failure(tr("The keystore's derived key length (dklen) must be 32."));
    // Bounds keep a hostile file from asking for gigabytes or hours; the sentence says them.
    const auto whole = [&](const char* name) -> qint64 {
        const double d = params.value(QLatin1String(name)).toDouble(-1);
        return d >= 0 && d <= 4294967296.0 && std::floor(d) == d ? static_cast<qint64>(d) : -1;
    };
    if (kdf == QLatin1String("scrypt")) {
        const qint64 n = whole("n"), r = whole("r"), p = whole("p");
        if (n < 2 || (n & (n - 1)) != 0 || r < 1 || p < 1)
            return R::failure(tr("The keystore's scrypt settings (n=%1, r=%2, p=%3) are not valid.").arg(n).arg(r).arg(p));
        if (static_cast<double>(n) * static_cast<double>(r) * 128.0 > static_cast<double>(kMaxScryptBytes) ||
            p > kMaxScryptP)
            return R::failure(tr("The keystore's scrypt settings (n=%1, r=%2, p=%3) need %4 MiB of memory and "
                                 "%3 passes; Modreg allows at most %5 MiB and %6 passes.")
                                  .arg(n)
                                  .arg(r)
                                  .arg(p)
                                  .arg(QString::number(static_cast<double>(n) * static_cast<double>(r) / 8192.0, 'f', 0))
                                  .arg(kMaxScryptBytes >> 20)
                                  .arg(kMaxScryptP));
        out.params = ScryptParams{static_cast<quint64>(n), static_cast<quint32>(r), static_cast<quint32>(p)};
    } else if (kdf == QLatin1String("pbkdf2")) {
        const qint64 rounds = whole("c");
        if (params.value(QLatin1String("prf")).toString() != QLatin1String("hmac-sha256") || rounds < 1 ||
            rounds > kMaxPbkdf2Rounds)
            return R::failure(
                tr("The keystore's PBKDF2 settings are invalid: Modreg reads hmac-sha256 with up to 10 "
                   "million rounds."));
        out.scrypt = false;
        out.rounds = static_cast<quint32>(rounds);
    } else {
        return R::failure(
            tr("The keystore uses the key derivation \"%1\"; Modreg reads scrypt and pbkdf2.").arg(kdf.left(40)));
    }
    out.address = file.value(QLatin1String("address")).toString().remove(QStringLiteral("0x")).toLower();
    return out;
}

SecureBytes EthereumKeystoreJson::deriveKey(const Encrypted& file, const SecureBytes& password)
{
    if (file.scrypt)
        return scrypt(password, file.salt, file.params, 32);
    SecureBytes derived(32);
    PKCS5_PBKDF2_HMAC(reinterpret_cast<const char*>(password.data()), static_cast<int>(password.size()),
                      reinterpret_cast<const unsigned char*>(file.salt.constData()),
                      static_cast<int>(file.salt.size()), static_cast<int>(file.rounds), EVP_sha256(), 32,
                      derived.data());
    return derived;
}

Result<SecureBytes> EthereumKeystoreJson::open(const Encrypted& file, const SecureBytes& derived)
{
    using R = Result<SecureBytes>;
    if (derived.size() != 32 || macOf(derived, file.ciphertext) != file.mac)
        return R::failure(tr("The password is wrong (the keystore's MAC does not match)."));
    SecureBytes secret(32);
    if (!aes128Ctr(derived.data(), file.iv, reinterpret_cast<const std::uint8_t*>(file.ciphertext.constData()), 32,
                   secret.data()))
        return R::failure(tr("The keystore could not be decrypted."));
    if (!secp256k1::isValidSecretKey(secret))
        return R::failure(tr("The keystore decrypts to something that is not a secp256k1 private key."));
    if (!file.address.isEmpty() &&
        QString::fromLatin1(ethereum::addressOf(secp256k1::publicKeyOf(secret)).toHex()) != file.address)
        return R::failure(
            tr("The keystore's key does not belong to the address it names; the file is damaged."));
    return secret;
}

} // namespace modreg
