#include "chain/AccountScheme.h"

#include "keys/Keystore.h"

namespace modreg {

QString AccountScheme::keyActingAs(const Keystore& keystore, const QByteArray& account) const
{
    for (const KeyInfo& key : keystore.keys())
        if (accountOf(key) == account)
            return key.id;
    return {};
}

} // namespace modreg
