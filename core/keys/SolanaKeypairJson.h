#pragma once

#include "Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>

namespace modreg {

// The file solana-keygen writes: a JSON array of 64 numbers, the ed25519 seed then the public key.
// It is not encrypted; Modreg writes it only when asked to, and says so.
class SolanaKeypairJson
{
    Q_DECLARE_TR_FUNCTIONS(SolanaKeypairJson)

public:
    static QByteArray write(const SecureBytes& seed32);
    static Result<SecureBytes>
    read(const QByteArray& json); // the 32-byte seed, checked against the public half
};

} // namespace modreg
