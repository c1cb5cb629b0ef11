#include "crypto/Ed25519.h"

#include <sodium.h>
#include <stdexcept>

namespace modreg::ed25519 {

namespace {
SecureBytes expanded(const SecureBytes& seed32, QByteArray* publicKey)
{
    if (seed32.size() != crypto_sign_SEEDBYTES)
        throw std::invalid_argument("ed25519 seed must be 32 bytes");
    SecureBytes secret(crypto_sign_SECRETKEYBYTES);
    QByteArray pub(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(pub.data()), secret.data(), seed32.data());
    if (publicKey)
        *publicKey = pub;
    return secret;
}
} // namespace

QByteArray publicKeyOf(const SecureBytes& seed32)
{
    QByteArray pub;
    expanded(seed32, &pub);
    return pub;
}

QByteArray sign(const SecureBytes& seed32, const QByteArray& message)
{
    const SecureBytes secret = expanded(seed32, nullptr);
    QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         static_cast<unsigned long long>(message.size()), secret.data());
    return sig;
}

bool verify(const QByteArray& publicKey32, const QByteArray& message, const QByteArray& signature64)
{
    if (publicKey32.size() != crypto_sign_PUBLICKEYBYTES || signature64.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature64.constData()),
                                       reinterpret_cast<const unsigned char*>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char*>(publicKey32.constData())) == 0;
}

SecureBytes randomSeed()
{
    SecureBytes seed(crypto_sign_SEEDBYTES);
    randombytes_buf(seed.data(), seed.size());
    return seed;
}

} // namespace modreg::ed25519
