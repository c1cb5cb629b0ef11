#pragma once

#include <QObject>

namespace modreg {

class Devnet;
class Keystore;

// On the devnet, the user's Ethereum keys always have gas: whenever the devnet is up and the
// keystore is unlocked (or gains a key), every secp256k1 key is funded from anvil's dev account
// (Devnet::fundAccounts tops up only those that run low). A failure is reported, never fatal.
class DevnetKeyFunding : public QObject
{
    Q_OBJECT
public:
    DevnetKeyFunding(Devnet& devnet, const Keystore& keystore, QObject* parent = nullptr);

signals:
    void fundingFailed(const QString& why);
    void funded();

private:
    void fundAll();

    Devnet& m_devnet;
    const Keystore& m_keystore;
    bool m_running = false;
    bool m_again = false;
};

} // namespace modreg
