#pragma once

#include "Result.h"
#include "chain/evm/ContractAbi.h"
#include "chain/evm/EvmLog.h"
#include "chain/evm/JsonRpcClient.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <chrono>
#include <functional>

namespace modreg {
class Keystore;
}

namespace modreg::evm {

// Who signs: an address and a way to sign a 32-byte hash (recoverable, v 0/1). Built from a
// keystore key, so no secret leaves the keystore.
struct EvmSigner
{
    QByteArray address; // 20 bytes
    std::function<Result<QByteArray>(const QByteArray& hash32)> sign;

    static Result<EvmSigner> fromKeystore(const Keystore& keystore, const QString& keyId);
};

struct EvmReceipt
{
    QByteArray transactionHash;
    quint64 blockNumber = 0;
    QByteArray blockHash;
    quint64 gasUsed = 0;
    QByteArray contractAddress; // for a deployment
    QList<EvmLog> logs;
};

// A transaction signed and not yet handed to a node. Kept (in a journal) before it is sent, it is
// what a resumed run sends again: the same bytes, so the same nonce and hash, never a new one.
struct SignedTransaction
{
    QByteArray raw;  // the signed transaction, as eth_sendRawTransaction takes it
    QByteArray hash; // keccak256(raw)
    QByteArray from; // the signer's address
    quint64 nonce = 0;
};

// What a call would cost: the gas limit a send would set and the most it could pay. The figures
// come from a node and are checked against these bounds before any arithmetic, so the cost never
// overflows and the balance check compares true figures.
struct FeeQuote
{
    static constexpr quint64 kMaxGas = 100'000'000;                   // more than any block holds
    static constexpr quint64 kMaxFeePerGas = 100'000'000'000'000ULL; // 100,000 gwei: no chain asks this

    quint64 gasLimit = 0;
    quint64 maxFeePerGas = 0; // wei
    quint64 maxCostWei = 0;   // gasLimit × maxFeePerGas, which fits: see TransactionSender::fees
};

// Sends contract calls as signed EIP-1559 transactions and waits for them: the nonce (tracked here,
// so back-to-back sends don't collide), the gas (estimated, +20%; a call that would revert is
// stopped here with the contract's error, before anything is sent), the fees (eth_feeHistory), a
// balance check, and the receipt with the wanted confirmations. A raw transaction is signed once
// (prepare) and sent as those bytes (broadcast); if the node goes away after it was sent, or the
// process is killed, the same bytes (same nonce, same hash) are what any retry sends, so it can
// never be mined twice.
class TransactionSender : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        quint64 expectedChainId = 0; // 0: whatever the node says
        int confirmations = 1;
        std::chrono::milliseconds pollInterval{250};
        std::chrono::milliseconds receiptTimeout{120000};
        // Words for the contract's custom errors; unset: "Name(param: value)".
        std::function<QString(const ContractAbi::Decoded&)> explainError;
    };

    TransactionSender(JsonRpcClient& client, const ContractAbi& abi, Options options,
                      QObject* parent = nullptr);

    // `to` empty: a contract creation with `data` as init code. prepare(), then broadcast().
    void send(const EvmSigner& signer, const QByteArray& to, const QByteArray& data,
              std::function<void(Result<EvmReceipt>)> done);
    // Everything up to the signature (nonce, gas, fees, the balance check) and the signature; nothing
    // is sent. The nonce is this sender's from here on: release() it if the transaction is dropped.
    void prepare(const EvmSigner& signer, const QByteArray& to, const QByteArray& data,
                 std::function<void(Result<SignedTransaction>)> done);
    // Hands these bytes to the node (again, if an earlier run did) and waits for the receipt.
    // nullopt: the transaction can never be mined, because another one of the account took its
    // nonce; only then is it safe to make a new one.
    void broadcast(const SignedTransaction& transaction,
                   std::function<void(Result<std::optional<EvmReceipt>>)> done);
    // A prepared transaction that will never be sent: its nonce is free for the next one.
    void release(const SignedTransaction& transaction);
    // The gas and fees send() would use, without signing or sending; a call that would revert fails
    // here with the contract's error.
    void quote(const QByteArray& from, const QByteArray& to, const QByteArray& data,
               std::function<void(Result<FeeQuote>)> done);
    // A transaction sent earlier (by this process or one before it): its receipt once mined, with the
    // wanted confirmations; nullopt if the node does not know the hash (it was never received, or dropped).
    void awaitReceipt(const QByteArray& transactionHash,
                      std::function<void(Result<std::optional<EvmReceipt>>)> done);
    // eth_call; a revert comes back as the contract's error, in words.
    void call(const QByteArray& to, const QByteArray& data, std::function<void(Result<QByteArray>)> done);

    // The chain id, asked once and remembered; checked against Options::expectedChainId.
    void chainId(std::function<void(Result<quint64>)> done);

    // "0x…" quantities and data as JSON-RPC writes them.
    static QString hexQuantity(quint64 v);
    static QString hexData(const QByteArray& bytes);

signals:
    // The transaction is out; its hash is known (for the UI: "sent, waiting for the chain").
    void sent(const QByteArray& transactionHash);

private:
    struct Job;
    void estimate(std::shared_ptr<Job> job);
    void fees(std::shared_ptr<Job> job);
    void sign(std::shared_ptr<Job> job);
    void sendRaw(std::shared_ptr<Job> job);
    void checkIfKnown(std::shared_ptr<Job> job, const QString& refusal);
    void waitForReceipt(std::shared_ptr<Job> job);
    QString revertText(const JsonRpcClient::RpcError& error) const;

    JsonRpcClient& m_client;
    const ContractAbi& m_abi;
    Options m_options;
    quint64 m_chainId = 0;
    QHash<QByteArray, quint64> m_nextNonce; // by address
};

} // namespace modreg::evm
