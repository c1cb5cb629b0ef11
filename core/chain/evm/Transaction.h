#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <optional>

namespace modreg::evm {

// An Ethereum transaction Modreg signs itself: EIP-1559 (type 2) by default, or legacy with EIP-155
// replay protection for chains without 1559. Amounts are 32-byte big-endian or quint64.
struct Transaction
{
    enum class Type
    {
        Eip1559,
        Legacy
    };
    Type type = Type::Eip1559;
    quint64 chainId = 0;
    quint64 nonce = 0;
    quint64 gasLimit = 0;
    QByteArray maxPriorityFeePerGas; // EIP-1559, big-endian wei
    QByteArray maxFeePerGas;         // EIP-1559
    QByteArray gasPrice;             // legacy
    QByteArray to;                   // 20 bytes; empty for a contract creation
    QByteArray value;                // big-endian wei
    QByteArray data;

    // The hash the sender signs.
    QByteArray signingHash() const;
    // The signed transaction as eth_sendRawTransaction takes it, from a recoverable signature
    // (r || s || v with v 0 or 1) over signingHash(): the keystore signs without handing out keys.
    QByteArray encodeSigned(const QByteArray& signature65) const;
    QByteArray sign(const SecureBytes& secret32) const;
    // keccak256 of the raw transaction: the transaction's hash.
    static QByteArray hashOf(const QByteArray& raw);
};

// A wei amount from a quint64, big-endian without leading zeros.
QByteArray weiFrom(quint64 amount);

} // namespace modreg::evm
