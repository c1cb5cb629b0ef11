#pragma once
// Keys for tests: a random key of `type` added to an unlocked keystore; its id, or an empty string.
#include "keys/KeyMaker.h"
#include "keys/Keystore.h"

inline QString addRandomKey(modreg::Keystore& keystore, modreg::KeyType type, const QString& label)
{
    modreg::NewKey key = modreg::KeyMaker::random(type, label);
    const modreg::Result<modreg::KeyInfo> added = keystore.add(key.info, std::move(key.secret));
    return added ? added->id : QString();
}
