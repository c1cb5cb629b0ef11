#pragma once

#include "chain/Registry.h"
#include "chain/evm/ContractAbi.h"
#include "chain/evm/JsonRpcClient.h"
#include "chain/evm/TransactionSender.h"

namespace modreg {
class Keystore;
}

namespace modreg::evm {

// The registry on an EVM chain: the ModuleRegistry contract (resources/contracts) at `contract`,
// reached through `client`; transactions signed by keystore keys (secp256k1).
class EvmRegistry : public Registry
{
    Q_OBJECT
public:
    struct Options
    {
        QByteArray contract;         // 20 bytes
        quint64 expectedChainId = 0; // 0: whatever the node says
        int confirmations = 1;
        std::chrono::milliseconds pollInterval{250};
        // Blocks per eth_getLogs request of the event stream: many public nodes refuse wide ranges.
        quint64 eventPageBlocks = 2000;
    };

    EvmRegistry(JsonRpcClient& client, const Keystore& keystore, Options options, QObject* parent = nullptr);

    void registerModule(const QByteArray& key, const QString& cid, const QString& account,
                        Callback<RegistryReceipt> done) override;
    void updateModule(const QByteArray& key, const QString& cid, const QString& account,
                      Callback<RegistryReceipt> done) override;
    void removeModule(const QByteArray& key, const QString& account, Callback<RegistryReceipt> done) override;
    void transferModule(const QByteArray& key, const QByteArray& newOwner, const QString& account,
                        Callback<RegistryReceipt> done) override;
    void prepare(const RegistryCall& call, const QString& account, Callback<SignedCall> done) override;
    void broadcast(const SignedCall& call, Callback<std::optional<RegistryReceipt>> done) override;
    void discard(const SignedCall& call) override;
    void quote(const RegistryCall& call, const QString& account, Callback<RegistryFee> done) override;
    void awaitTransaction(const QByteArray& transactionHash,
                          Callback<std::optional<RegistryReceipt>> done) override;
    Result<QByteArray> accountOf(const QString& accountKeyId) const override;
    QString location() const override;
    // location() of the registry at `contract`, without one at hand (to find its replica offline).
    static QString locationOf(const QByteArray& contract);
    QString describe(const RegistryCall& call) const override;
    void getModule(const QByteArray& key, Callback<std::optional<ModuleEntry>> done) override;
    void moduleCount(Callback<quint64> done) override;
    void blockAt(quint64 number, Callback<std::optional<BlockRef>> done) override;
    std::unique_ptr<RegistryEventStream> eventStream() override;
    const AccountScheme& accounts() const override;

    // The contract's custom errors as sentences ("Only 0x… may change this module.").
    static QString explain(const ContractAbi::Decoded& error);

private:
    struct Encoded
    {
        QString function;
        QList<abi::Value> args;
    };
    // The contract call for `call`, after the checks every backend makes (Registry::checkKey, …).
    static Result<Encoded> encode(const RegistryCall& call);
    // Who signs it and the call data, for a send.
    struct Transaction
    {
        EvmSigner signer;
        QByteArray data;
    };
    Result<Transaction> transactionFor(const RegistryCall& call, const QString& account) const;
    void send(const QString& account, const RegistryCall& call, Callback<RegistryReceipt> done);

    JsonRpcClient& m_client;
    const Keystore& m_keystore;
    Options m_options;
    TransactionSender m_sender;
};

} // namespace modreg::evm
