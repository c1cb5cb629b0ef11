#pragma once

#include "chain/AccountScheme.h"

#include <QCoreApplication>

namespace modreg::evm {

// EVM accounts: 20-byte addresses, written as EIP-55 checksummed hex; a secp256k1 key acts as the
// address of its public key.
class EvmAccounts : public AccountScheme
{
    Q_DECLARE_TR_FUNCTIONS(modreg::evm::EvmAccounts)

public:
    static const EvmAccounts& instance();

    QString text(const QByteArray& account) const override;
    Result<QByteArray> parse(const QString& text) const override;
    std::optional<QByteArray> accountOf(const KeyInfo& key) const override;
    QString accountNoun() const override;
};

} // namespace modreg::evm
