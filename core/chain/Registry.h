#pragma once

#include "Result.h"
#include "chain/AccountScheme.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace modreg {

// A block as the registry's events and receipts name it: a syncer's checkpoint is one of these.
struct BlockRef
{
    quint64 number = 0;
    QByteArray hash;
    bool operator==(const BlockRef&) const = default;
};

// What the chain holds for a key.
struct ModuleEntry
{
    QString cid;      // the metadata document
    QByteArray owner; // the account that may change it (EVM: 20-byte address)
};

// A registry transaction that made it into a block.
struct RegistryReceipt
{
    QByteArray transactionHash;
    BlockRef block;
};

// One change to the registry, as the publisher plans it and the review page shows it.
struct RegistryCall
{
    enum class Kind
    {
        Register,
        Update,
        Remove,
        Transfer
    };
    Kind kind = Kind::Register;
    QByteArray key;
    QString cid;         // Register, Update
    QByteArray newOwner; // Transfer
};

// A registry call signed and not yet sent: what a journal keeps before anything reaches a node, so
// that a run that stopped anywhere sends these bytes again and never a second transaction.
struct SignedCall
{
    QByteArray transactionHash;
    QByteArray raw;     // the signed transaction, as the chain takes it
    QByteArray account; // who signed it
    quint64 nonce = 0;  // its place among the account's transactions
};

// The chain a registry is on, as `modreg chain info` shows it.
struct ChainInfo
{
    quint64 chainId = 0;
    BlockRef head;
    QString transport;     // "websocket" or "http": how the node is reached now
    QString registryText;  // the registry's address as the chain writes it; empty: none configured
    bool registryFound = false; // a contract is there
    std::optional<quint64> moduleCount;
};

// What a call would cost at most, in the chain's own words ("0.00021 ETH").
struct RegistryFee
{
    quint64 gas = 0;
    QString maxCost;
};

struct RegistryEvent
{
    enum class Kind
    {
        Registered,
        Updated,
        Removed,
        Transferred
    };
    Kind kind = Kind::Registered;
    QByteArray key;
    QString cid;              // Registered, Updated
    QByteArray account;       // the owner after the event (Transferred: the new owner)
    QByteArray previousOwner; // Transferred only
    BlockRef block;
    quint64 logIndex = 0; // order within the block
    QByteArray transactionHash;

    // The kind's texts, here and nowhere else: "Registered" for people, "registered" for --json.
    static QString kindText(Kind kind);
    static QString kindId(Kind kind);
};

// Registry events from a block on, in chain order, each exactly once, and the chain's
// reorganisations: after reorganized(ancestor, …), every event above `ancestor` that was delivered
// is void, and the events of the new blocks follow.
class RegistryEventStream : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // From `fromBlock` (inclusive) on: old events first, then live ones.
    virtual void start(quint64 fromBlock) = 0;
    virtual void stop() = 0;

signals:
    void eventArrived(const modreg::RegistryEvent& event);
    void reorganized(const modreg::BlockRef& commonAncestor, const QList<modreg::BlockRef>& newBlocks);
    // Every event up to `through` has been delivered (a safe checkpoint); the chain is at `head`.
    // During a long catch-up this comes after each page, so progress can be shown and kept.
    void covered(const modreg::BlockRef& through, quint64 head);
    // Every event up to the chain's head has been delivered (after its covered(), if there was
    // anything to cover: a stream started past the head says only this).
    void caughtUp(const modreg::BlockRef& head);
    // Live: pushed by the node. Not live: polling, or reconnecting after a drop (`why`).
    void liveChanged(bool live, const QString& why);
    // The stream stopped and will not go on by itself.
    void failed(const QString& why);
};

// The chain-agnostic registry the publisher and the syncer use (docs/architecture.md, "Layers"). `account`
// names a keystore key that signs and pays; keys and CIDs are checked before anything is built.
class Registry : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    template <typename T> using Callback = std::function<void(Result<T>)>;

    virtual void registerModule(const QByteArray& key, const QString& cid, const QString& account,
                                Callback<RegistryReceipt> done) = 0;
    virtual void updateModule(const QByteArray& key, const QString& cid, const QString& account,
                              Callback<RegistryReceipt> done) = 0;
    virtual void removeModule(const QByteArray& key, const QString& account,
                              Callback<RegistryReceipt> done) = 0;
    virtual void transferModule(const QByteArray& key, const QByteArray& newOwner, const QString& account,
                                Callback<RegistryReceipt> done) = 0;
    // One of the four above, by kind.
    void submit(const RegistryCall& call, const QString& account, Callback<RegistryReceipt> done);
    // The same in two steps, for work that must survive being killed between them: sign the call
    // (nothing is sent; the fee and the balance are checked), keep it, then send what was signed.
    virtual void prepare(const RegistryCall& call, const QString& account, Callback<SignedCall> done) = 0;
    // Sends (or sends again) a signed call and waits for it. nullopt: it can never be mined, since
    // another transaction of the account took its place; only then may a new one be made.
    virtual void broadcast(const SignedCall& call, Callback<std::optional<RegistryReceipt>> done) = 0;
    // A signed call that will never be sent: its place goes to the next one.
    virtual void discard(const SignedCall& call) = 0;
    // The fee `call` would take from `account`; a call the registry would refuse fails here, with why.
    virtual void quote(const RegistryCall& call, const QString& account, Callback<RegistryFee> done) = 0;
    // A transaction sent before (maybe by a run of the app that ended): its receipt once it is in a
    // block; nullopt if the chain node does not know it (never received, or dropped).
    virtual void awaitTransaction(const QByteArray& transactionHash,
                                  Callback<std::optional<RegistryReceipt>> done) = 0;
    // The account a keystore key acts as here (EVM: its address), or why it cannot act.
    virtual Result<QByteArray> accountOf(const QString& accountKeyId) const = 0;
    // Where this registry lives ("evm:0x5fbd…"): what a journal of unfinished work is kept under.
    virtual QString location() const = 0;
    // The call as a person reads it on a review page: "registerModule(0x…, \"bafy…\") on 0x5FbD…".
    virtual QString describe(const RegistryCall& call) const = 0;

    // nullopt: no module under this key.
    virtual void getModule(const QByteArray& key, Callback<std::optional<ModuleEntry>> done) = 0;
    virtual void moduleCount(Callback<quint64> done) = 0;
    // The chain's block at `number` (nullopt: the chain is not that long): a syncer checks its
    // checkpoint against it after a restart, since the chain may have moved on without it.
    virtual void blockAt(quint64 number, Callback<std::optional<BlockRef>> done) = 0;
    virtual std::unique_ptr<RegistryEventStream> eventStream() = 0;
    // This chain's accounts: how they are written, read, and which keys act as them.
    virtual const AccountScheme& accounts() const = 0;

    // The registry spec's limits (docs/architecture.md, "Registry keys"), for every backend.
    static Status checkKey(const QByteArray& key);
    static Status checkCid(const QString& cid);

signals:
    // A transaction is out and its hash known: "sent, waiting for the chain".
    void transactionSent(const QByteArray& transactionHash);
};

} // namespace modreg
