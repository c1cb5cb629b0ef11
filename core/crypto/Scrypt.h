#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>

namespace modreg {

struct ScryptParams
{
    quint64 n = 1 << 17;
    quint32 r = 8;
    quint32 p = 1;
};

// scrypt (libsodium's low-level call), as Ethereum V3 keystores and polkadot.js JSON use it.
// Returns empty on invalid parameters or when memory runs out.
SecureBytes scrypt(const SecureBytes& password, const QByteArray& salt, const ScryptParams& params,
                   std::size_t length);

} // namespace modreg
