#include "chain/evm/EvmAccounts.h"

#include "crypto/Addresses.h"

namespace modreg::evm {

const EvmAccounts& EvmAccounts::instance()
{
    static const EvmAccounts accounts;
    return accounts;
}

QString EvmAccounts::text(const QByteArray& account) const
{
    return ethereum::checksummed(account);
}

Result<QByteArray> EvmAccounts::parse(const QString& text) const
{
    return ethereum::decode(text.trimmed());
}

std::optional<QByteArray> EvmAccounts::accountOf(const KeyInfo& key) const
{
    if (key.type != KeyType::Secp256k1)
        return std::nullopt;
    return ethereum::addressOf(key.publicKey);
}

QString EvmAccounts::accountNoun() const
{
    return tr("Ethereum address");
}

} // namespace modreg::evm
