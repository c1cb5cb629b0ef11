#include "crypto/Scrypt.h"

#include <sodium.h>

namespace modreg {

SecureBytes scrypt(const SecureBytes& password, const QByteArray& salt, const ScryptParams& params,
                   std::size_t length)
{
    SecureBytes out(length);
    if (crypto_pwhash_scryptsalsa208sha256_ll(
            password.data(), password.size(), reinterpret_cast<const uint8_t*>(salt.constData()),
            static_cast<size_t>(salt.size()), params.n, params.r, params.p, out.data(), out.size()) != 0)
        return {};
    return out;
}

} // namespace modreg
