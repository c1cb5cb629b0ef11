#pragma once
// Keys for tests: an unlocked keystore, and random keys in it.
#include "keys/KeyMaker.h"
#include "keys/Keystore.h"

#include <memory>

// A random key of `type` added to an unlocked keystore; its id, or an empty string.
inline QString addRandomKey(modreg::Keystore& keystore, modreg::KeyType type, const QString& label)
{
    modreg::NewKey key = modreg::KeyMaker::random(type, label);
    const modreg::Result<modreg::KeyInfo> added = keystore.add(key.info, std::move(key.secret));
    return added ? added->id : QString();
}

// A new keystore in the test's data folder, created with a quick KDF and unlocked; nullptr if that
// failed.
inline std::unique_ptr<modreg::Keystore> newUnlockedKeystore(const QString& dataDir)
{
    auto keystore = std::make_unique<modreg::Keystore>(dataDir + QStringLiteral("/keystore.mrks"));
    if (!keystore->create(modreg::SecureBytes::fromQByteArray("pw"), modreg::KdfLimits::forTestsOnly()))
        return nullptr;
    return keystore;
}
