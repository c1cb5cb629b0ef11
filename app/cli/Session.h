#pragma once

#include "Result.h"
#include "keys/KeyEntry.h"
#include "keys/Keystore.h"
#include "services/Services.h"

#include <memory>

namespace modreg::cli {

// What a command that talks to the network works with: the keystore and the Services (the same
// wiring as the app's, docs/architecture.md) for the nodes Settings choose: the running devnet or
// the user's own.
class Session
{
public:
    // Fails with a sentence when the devnet is chosen and not running, or, with `needRegistry`,
    // when no registry contract is configured.
    static Result<std::unique_ptr<Session>> open(bool needRegistry, Services::Options options = {});

    Keystore& keystore() { return m_keystore; }
    Services& services() { return m_services; }
    Registry& registry() { return *m_services.registry(); }
    Publisher& publisher() { return *m_services.publisher(); }
    bool usesDevnet() const { return m_devnet; } // Settings chose the local devnet

    // Unlocks the keystore with the password from `passwordFd` (-1: the terminal).
    Status unlock(int passwordFd);
    // The unlocked keystore's key called `name` (its label or id).
    Result<KeyInfo> key(const QString& name) const;
    // On the devnet, tops up the account `key` acts as so it can pay (the devnet pays for its
    // users); elsewhere, and for keys that act as no account, nothing.
    Status fundOnDevnet(const KeyInfo& key);

private:
    explicit Session(Services::Options options);

    Keystore m_keystore;
    Services m_services;
    bool m_devnet = false;
};

} // namespace modreg::cli
