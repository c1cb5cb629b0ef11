#pragma once

#include "Result.h"
#include "keys/KeyEntry.h"
#include "keys/KeystoreFormat.h"


namespace modreg {
class Keystore;
}

namespace modreg::cli {

// Opens the keystore for a command: creates it (asking for a new password) when `createIfMissing`,
// else unlocks it. The password comes from the terminal, or from `passwordFd` when it is >= 0.
Status openKeystore(Keystore& keystore, int passwordFd, bool createIfMissing, const KdfLimits& limits);

// The key named by label or id among the unlocked keys.
Result<KeyInfo> findKey(const Keystore& keystore, const QString& name);

} // namespace modreg::cli
