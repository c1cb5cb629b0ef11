#pragma once

#include "Result.h"
#include "keys/KeyEntry.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace modreg {

class Keystore;

// How a chain writes its accounts, reads them as a person types them, and which keystore keys act
// as them: what views and commands need of a chain without talking to it (Browse works offline).
// A backend has one (EVM: EvmAccounts); Services hands out the one of the chain in use.
class AccountScheme
{
public:
    virtual ~AccountScheme() = default;

    virtual QString text(const QByteArray& account) const = 0;           // EVM: EIP-55 hex
    virtual Result<QByteArray> parse(const QString& text) const = 0;     // the reason if it is not one
    virtual std::optional<QByteArray> accountOf(const KeyInfo& key) const = 0; // nullopt: cannot act here
    virtual QString accountNoun() const = 0;                              // "Ethereum address", in a sentence

    // The unlocked keystore's key that acts as `account`; empty if none does.
    QString keyActingAs(const Keystore& keystore, const QByteArray& account) const;
};

} // namespace modreg
