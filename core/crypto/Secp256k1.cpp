#include "crypto/Secp256k1.h"

#include "crypto/Addresses.h"
#include "crypto/Hashes.h"

#include <QCoreApplication>
#include <secp256k1.h>
#include <secp256k1_recovery.h>
#include <sodium.h>
#include <stdexcept>

namespace modreg::secp256k1 {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(modreg::secp256k1)
};

// One context for the process, randomised once against side channels; libsecp256k1 contexts
// are safe to share for signing and verification.
const secp256k1_context* context()
{
    static secp256k1_context* ctx = [] {
        secp256k1_context* c = secp256k1_context_create(SECP256K1_CONTEXT_SIGN | SECP256K1_CONTEXT_VERIFY);
        unsigned char seed[32];
        randombytes_buf(seed, sizeof seed);
        if (!secp256k1_context_randomize(c, seed))
            throw std::runtime_error("secp256k1_context_randomize failed");
        sodium_memzero(seed, sizeof seed);
        return c;
    }();
    return ctx;
}

const unsigned char* u(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

QByteArray serializeUncompressed(const secp256k1_pubkey& key)
{
    unsigned char out[65];
    size_t len = sizeof out;
    secp256k1_ec_pubkey_serialize(context(), out, &len, &key, SECP256K1_EC_UNCOMPRESSED);
    return QByteArray(reinterpret_cast<const char*>(out + 1), 64);
}

void requireSecret(const SecureBytes& secret32)
{
    if (!isValidSecretKey(secret32))
        throw std::invalid_argument("not a valid secp256k1 secret key");
}
} // namespace

bool isValidSecretKey(const SecureBytes& secret32)
{
    return secret32.size() == 32 && secp256k1_ec_seckey_verify(context(), secret32.data()) == 1;
}

SecureBytes randomSecretKey()
{
    SecureBytes secret(32);
    do {
        randombytes_buf(secret.data(), secret.size());
    } while (!isValidSecretKey(secret));
    return secret;
}

QByteArray publicKeyOf(const SecureBytes& secret32)
{
    requireSecret(secret32);
    secp256k1_pubkey key;
    if (!secp256k1_ec_pubkey_create(context(), &key, secret32.data()))
        throw std::invalid_argument("secp256k1_ec_pubkey_create failed");
    return serializeUncompressed(key);
}

QByteArray compressedPublicKeyOf(const SecureBytes& secret32)
{
    requireSecret(secret32);
    secp256k1_pubkey key;
    if (!secp256k1_ec_pubkey_create(context(), &key, secret32.data()))
        throw std::invalid_argument("secp256k1_ec_pubkey_create failed");
    unsigned char out[33];
    size_t len = sizeof out;
    secp256k1_ec_pubkey_serialize(context(), out, &len, &key, SECP256K1_EC_COMPRESSED);
    return QByteArray(reinterpret_cast<const char*>(out), 33);
}

QByteArray signRecoverable(const SecureBytes& secret32, const QByteArray& hash32)
{
    requireSecret(secret32);
    if (hash32.size() != 32)
        throw std::invalid_argument("secp256k1 signs 32-byte hashes");
    secp256k1_ecdsa_recoverable_signature sig;
    // nullptr nonce function: RFC 6979, as ethers and every Ethereum wallet use.
    if (!secp256k1_ecdsa_sign_recoverable(context(), &sig, u(hash32), secret32.data(), nullptr, nullptr))
        throw std::runtime_error("secp256k1_ecdsa_sign_recoverable failed");
    unsigned char compact[64];
    int recid = 0;
    secp256k1_ecdsa_recoverable_signature_serialize_compact(context(), compact, &recid, &sig);
    QByteArray out(reinterpret_cast<const char*>(compact), 64);
    out += static_cast<char>(recid); // libsecp256k1 signs low-S already
    return out;
}

Result<QByteArray> recoverPublicKey(const QByteArray& hash32, const QByteArray& signature65)
{
    if (hash32.size() != 32 || signature65.size() != 65)
        return Result<QByteArray>::failure(
            Text::tr("A recoverable signature is 65 bytes over a 32-byte hash."));
    int recid = static_cast<unsigned char>(signature65[64]);
    if (recid >= 27)
        recid -= 27;
    secp256k1_ecdsa_recoverable_signature sig;
    secp256k1_pubkey key;
    if (recid < 0 || recid > 3 ||
        !secp256k1_ecdsa_recoverable_signature_parse_compact(context(), &sig, u(signature65), recid) ||
        !secp256k1_ecdsa_recover(context(), &key, &sig, u(hash32)))
        return Result<QByteArray>::failure(
            Text::tr("The signature is malformed; no public key can be recovered from it."));
    return serializeUncompressed(key);
}

bool verify(const QByteArray& publicKey64, const QByteArray& hash32, const QByteArray& signature65)
{
    if (publicKey64.size() != 64 || signature65.size() != 65)
        return false;
    // Reject high-S signatures, as Ethereum does since Homestead.
    secp256k1_ecdsa_signature plain;
    if (!secp256k1_ecdsa_signature_parse_compact(context(), &plain, u(signature65)))
        return false;
    secp256k1_ecdsa_signature normalized;
    if (secp256k1_ecdsa_signature_normalize(context(), &normalized, &plain))
        return false;
    const Result<QByteArray> recovered = recoverPublicKey(hash32, signature65);
    return recovered && recovered.value() == publicKey64;
}

Result<SecureBytes> addTweak(const SecureBytes& secret32, const SecureBytes& tweak32)
{
    SecureBytes out = secret32.clone();
    if (tweak32.size() != 32 || !secp256k1_ec_seckey_tweak_add(context(), out.data(), tweak32.data()))
        return Result<SecureBytes>::failure(
            Text::tr("This derivation step gives an invalid key; use the next index."));
    return out;
}

QByteArray personalMessageHash(const QByteArray& message)
{
    return hash::keccak256("\x19"
                           "Ethereum Signed Message:\n" +
                           QByteArray::number(message.size()) + message);
}

QByteArray personalSign(const SecureBytes& secret32, const QByteArray& message)
{
    QByteArray sig = signRecoverable(secret32, personalMessageHash(message));
    sig[64] = static_cast<char>(static_cast<unsigned char>(sig[64]) + 27);
    return sig;
}

Result<QByteArray> recoverPersonalSigner(const QByteArray& message, const QByteArray& signature65)
{
    Result<QByteArray> key = recoverPublicKey(personalMessageHash(message), signature65);
    if (!key)
        return key;
    return ethereum::addressOf(key.value());
}

} // namespace modreg::secp256k1
