#include "devnet/DevnetKeyFunding.h"

#include "crypto/Addresses.h"
#include "devnet/Devnet.h"
#include "keys/Keystore.h"

#include <QPointer>

namespace modreg {

DevnetKeyFunding::DevnetKeyFunding(Devnet& devnet, const Keystore& keystore, QObject* parent)
    : QObject(parent)
    , m_devnet(devnet)
    , m_keystore(keystore)
{
    connect(&devnet, &Devnet::stateChanged, this, &DevnetKeyFunding::fundAll);
    connect(&keystore, &Keystore::keysChanged, this, &DevnetKeyFunding::fundAll);
    connect(&keystore, &Keystore::lockedChanged, this, &DevnetKeyFunding::fundAll);
    fundAll();
}

void DevnetKeyFunding::fundAll()
{
    if (!m_devnet.isUsable() || !m_keystore.isUnlocked())
        return;
    if (m_running) { // one round at a time; a change during it asks for one more
        m_again = true;
        return;
    }
    QList<QByteArray> addresses;
    for (const KeyInfo& key : m_keystore.keys())
        if (key.type == KeyType::Secp256k1)
            addresses << ethereum::addressOf(key.publicKey);
    if (addresses.isEmpty())
        return;
    m_running = true;
    QPointer<DevnetKeyFunding> self(this);
    m_devnet.fundAccounts(addresses, [self](Status done) {
        if (!self)
            return;
        self->m_running = false;
        if (done)
            emit self->funded();
        else
            emit self->fundingFailed(done.error());
        if (std::exchange(self->m_again, false))
            self->fundAll();
    });
}

} // namespace modreg
