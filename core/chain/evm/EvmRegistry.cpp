#include "chain/evm/EvmRegistry.h"

#include "chain/evm/EvmAccounts.h"
#include "chain/evm/EvmEventStream.h"
#include "crypto/Addresses.h"
#include "crypto/HexText.h"

#include <QPointer>

namespace modreg::evm {

EvmRegistry::EvmRegistry(JsonRpcClient& client, const Keystore& keystore, Options options, QObject* parent)
    : Registry(parent)
    , m_client(client)
    , m_keystore(keystore)
    , m_options(std::move(options))
    , m_sender(client, ContractAbi::moduleRegistry(),
               TransactionSender::Options{m_options.expectedChainId, m_options.confirmations,
                                          m_options.pollInterval, std::chrono::milliseconds(120000),
                                          &explain})
{
    connect(&m_sender, &TransactionSender::sent, this, &Registry::transactionSent);
}

QString EvmRegistry::explain(const ContractAbi::Decoded& error)
{
    const auto number = [&](int i) {
        const std::optional<quint64> n = error.values.value(i).toUint64();
        return n ? QString::number(*n) : QStringLiteral("?");
    };
    if (error.name == QLatin1String("NotOwner"))
        return tr("Only %1 may change this module.").arg(ethereum::checksummed(error.values.value(1).bytes));
    if (error.name == QLatin1String("NotFound"))
        return tr("No module is registered under the key %1.").arg(hexText(error.values.value(0).bytes));
    if (error.name == QLatin1String("AlreadyExists"))
        return tr("The key %1 is already registered; update it instead.")
            .arg(hexText(error.values.value(0).bytes));
    if (error.name == QLatin1String("KeyLength"))
        return tr("The key is %1 bytes; the registry accepts 20, 32 or 64.").arg(number(0));
    if (error.name == QLatin1String("CidLength"))
        return tr("The CID is %1 bytes; the registry accepts 1 to 128.").arg(number(0));
    if (error.name == QLatin1String("CidCharacter"))
        return tr("The CID has a character the registry does not accept at position %1.").arg(number(0));
    if (error.name == QLatin1String("ZeroAddress"))
        return tr("A module cannot be transferred to the zero address.");
    return error.toString();
}

const AccountScheme& EvmRegistry::accounts() const
{
    return EvmAccounts::instance();
}

Result<EvmRegistry::Encoded> EvmRegistry::encode(const RegistryCall& call)
{
    if (Status k = checkKey(call.key); !k)
        return Result<Encoded>::failure(k.error());
    const abi::Value key = abi::Value::dynamicBytes(call.key);
    switch (call.kind) {
    case RegistryCall::Kind::Register:
    case RegistryCall::Kind::Update:
        if (Status c = checkCid(call.cid); !c)
            return Result<Encoded>::failure(c.error());
        return Encoded{call.kind == RegistryCall::Kind::Register ? QStringLiteral("registerModule")
                                                                 : QStringLiteral("updateModule"),
                       {key, abi::Value::dynamicBytes(call.cid.toUtf8())}};
    case RegistryCall::Kind::Remove:
        return Encoded{QStringLiteral("removeModule"), {key}};
    case RegistryCall::Kind::Transfer:
        if (call.newOwner.size() != 20)
            return Result<Encoded>::failure(
                tr("The new owner must be an Ethereum address (20 bytes), not %1 bytes.")
                    .arg(call.newOwner.size()));
        if (call.newOwner == QByteArray(20, '\0'))
            return Result<Encoded>::failure(tr("A module cannot be transferred to the zero address."));
        return Encoded{QStringLiteral("transferModule"), {key, abi::Value::address(call.newOwner)}};
    }
    return Result<Encoded>::failure(QString());
}

void EvmRegistry::registerModule(const QByteArray& key, const QString& cid, const QString& account,
                                 Callback<RegistryReceipt> done)
{
    send(account, {RegistryCall::Kind::Register, key, cid, {}}, std::move(done));
}

void EvmRegistry::updateModule(const QByteArray& key, const QString& cid, const QString& account,
                               Callback<RegistryReceipt> done)
{
    send(account, {RegistryCall::Kind::Update, key, cid, {}}, std::move(done));
}

void EvmRegistry::removeModule(const QByteArray& key, const QString& account, Callback<RegistryReceipt> done)
{
    send(account, {RegistryCall::Kind::Remove, key, {}, {}}, std::move(done));
}

void EvmRegistry::transferModule(const QByteArray& key, const QByteArray& newOwner, const QString& account,
                                 Callback<RegistryReceipt> done)
{
    send(account, {RegistryCall::Kind::Transfer, key, {}, newOwner}, std::move(done));
}

Result<EvmRegistry::Transaction> EvmRegistry::transactionFor(const RegistryCall& call, const QString& account) const
{
    const Result<Encoded> encoded = encode(call);
    if (!encoded)
        return Result<Transaction>::failure(encoded.error());
    Result<EvmSigner> signer = EvmSigner::fromKeystore(m_keystore, account);
    if (!signer)
        return Result<Transaction>::failure(signer.error());
    const Result<QByteArray> data = ContractAbi::moduleRegistry().encodeCall(encoded->function, encoded->args);
    if (!data)
        return Result<Transaction>::failure(data.error());
    return Transaction{std::move(signer).value(), data.value()};
}

void EvmRegistry::send(const QString& account, const RegistryCall& call, Callback<RegistryReceipt> done)
{
    const Result<Transaction> tx = transactionFor(call, account);
    if (!tx)
        return done(Result<RegistryReceipt>::failure(tx.error()));
    m_sender.send(tx->signer, m_options.contract, tx->data, [done = std::move(done)](Result<EvmReceipt> r) {
        if (!r)
            return done(Result<RegistryReceipt>::failure(r.error()));
        done(RegistryReceipt{r->transactionHash, BlockRef{r->blockNumber, r->blockHash}});
    });
}

void EvmRegistry::prepare(const RegistryCall& call, const QString& account, Callback<SignedCall> done)
{
    const Result<Transaction> tx = transactionFor(call, account);
    if (!tx)
        return done(Result<SignedCall>::failure(tx.error()));
    m_sender.prepare(tx->signer, m_options.contract, tx->data, [done = std::move(done)](Result<SignedTransaction> signedTx) {
        if (!signedTx)
            return done(Result<SignedCall>::failure(signedTx.error()));
        done(SignedCall{signedTx->hash, signedTx->raw, signedTx->from, signedTx->nonce});
    });
}

void EvmRegistry::broadcast(const SignedCall& call, Callback<std::optional<RegistryReceipt>> done)
{
    using Answer = Result<std::optional<RegistryReceipt>>;
    m_sender.broadcast(SignedTransaction{call.raw, call.transactionHash, call.account, call.nonce},
                       [done = std::move(done)](Result<std::optional<EvmReceipt>> r) {
                           if (!r)
                               return done(Answer::failure(r.error()));
                           if (!r.value())
                               return done(std::optional<RegistryReceipt>());
                           const EvmReceipt& e = *r.value();
                           done(std::optional<RegistryReceipt>(
                               RegistryReceipt{e.transactionHash, BlockRef{e.blockNumber, e.blockHash}}));
                       });
}

void EvmRegistry::discard(const SignedCall& call)
{
    m_sender.release(SignedTransaction{call.raw, call.transactionHash, call.account, call.nonce});
}

void EvmRegistry::quote(const RegistryCall& call, const QString& account, Callback<RegistryFee> done)
{
    const Result<Encoded> encoded = encode(call);
    if (!encoded)
        return done(Result<RegistryFee>::failure(encoded.error()));
    const Result<QByteArray> from = accountOf(account);
    if (!from)
        return done(Result<RegistryFee>::failure(from.error()));
    const Result<QByteArray> data =
        ContractAbi::moduleRegistry().encodeCall(encoded->function, encoded->args);
    if (!data)
        return done(Result<RegistryFee>::failure(data.error()));
    m_sender.quote(
        from.value(), m_options.contract, data.value(), [done = std::move(done)](Result<FeeQuote> q) {
            if (!q)
                return done(Result<RegistryFee>::failure(q.error()));
            const double ether = static_cast<double>(q->maxCostWei) / 1e18;
            done(RegistryFee{q->gasLimit, tr("at most %1 ETH").arg(QString::number(ether, 'g', 4))});
        });
}

void EvmRegistry::awaitTransaction(const QByteArray& transactionHash,
                                   Callback<std::optional<RegistryReceipt>> done)
{
    using Answer = Result<std::optional<RegistryReceipt>>;
    m_sender.awaitReceipt(transactionHash, [done = std::move(done)](Result<std::optional<EvmReceipt>> r) {
        if (!r)
            return done(Answer::failure(r.error()));
        if (!r.value())
            return done(std::optional<RegistryReceipt>());
        const EvmReceipt& e = *r.value();
        done(std::optional<RegistryReceipt>(
            RegistryReceipt{e.transactionHash, BlockRef{e.blockNumber, e.blockHash}}));
    });
}

Result<QByteArray> EvmRegistry::accountOf(const QString& accountKeyId) const
{
    const Result<EvmSigner> signer = EvmSigner::fromKeystore(m_keystore, accountKeyId);
    if (!signer)
        return Result<QByteArray>::failure(signer.error());
    return signer->address;
}

QString EvmRegistry::location() const
{
    return locationOf(m_options.contract);
}

QString EvmRegistry::locationOf(const QByteArray& contract)
{
    return QStringLiteral("evm:") + QString::fromLatin1(contract.toHex());
}

QString EvmRegistry::describe(const RegistryCall& call) const
{
    const Result<Encoded> encoded = encode(call);
    if (!encoded)
        return encoded.error();
    QStringList args{hexText(call.key)};
    if (call.kind == RegistryCall::Kind::Register || call.kind == RegistryCall::Kind::Update)
        args << QLatin1Char('"') + call.cid + QLatin1Char('"');
    if (call.kind == RegistryCall::Kind::Transfer)
        args << ethereum::checksummed(call.newOwner);
    return tr("%1(%2) on the registry contract %3")
        .arg(encoded->function, args.join(QStringLiteral(", ")), ethereum::checksummed(m_options.contract));
}

void EvmRegistry::getModule(const QByteArray& key, Callback<std::optional<ModuleEntry>> done)
{
    using Answer = Result<std::optional<ModuleEntry>>;
    if (Status k = checkKey(key); !k)
        return done(Answer::failure(k.error()));
    const ContractAbi& abi = ContractAbi::moduleRegistry();
    const Result<QByteArray> data =
        abi.encodeCall(QStringLiteral("getModule"), {abi::Value::dynamicBytes(key)});
    if (!data)
        return done(Answer::failure(data.error()));
    // Not through TransactionSender::call: NotFound is an answer here, not an error.
    m_client.request(QStringLiteral("eth_call"),
                     {QJsonObject{{QStringLiteral("to"), TransactionSender::hexData(m_options.contract)},
                                  {QStringLiteral("data"), TransactionSender::hexData(data.value())}},
                      QStringLiteral("latest")},
                     [&abi, done = std::move(done)](Result<JsonRpcClient::Response> r) {
                         if (!r)
                             return done(Answer::failure(r.error()));
                         if (r->error) {
                             const Result<ContractAbi::Decoded> why = abi.decodeError(r->error->data);
                             if (why && why->name == QLatin1String("NotFound"))
                                 return done(std::optional<ModuleEntry>());
                             return done(Answer::failure(why ? explain(why.value()) : r->error->message));
                         }
                         const Result<QList<abi::Value>> values =
                             abi.decodeResult(QStringLiteral("getModule"), hexDataOf(r->result));
                         if (!values)
                             return done(Answer::failure(
                                 tr("The registry contract's answer does not decode (%1). Is the registry "
                                    "address right?")
                                     .arg(values.error())));
                         done(std::optional<ModuleEntry>(
                             ModuleEntry{QString::fromUtf8(values->value(0).bytes), values->value(1).bytes}));
                     });
}

void EvmRegistry::moduleCount(Callback<quint64> done)
{
    const ContractAbi& abi = ContractAbi::moduleRegistry();
    m_sender.call(
        m_options.contract, abi.encodeCall(QStringLiteral("moduleCount"), {}).value(),
        [&abi, done = std::move(done)](Result<QByteArray> r) {
            if (!r)
                return done(Result<quint64>::failure(r.error()));
            const Result<QList<abi::Value>> values =
                abi.decodeResult(QStringLiteral("moduleCount"), r.value());
            const std::optional<quint64> n = values ? values->value(0).toUint64() : std::nullopt;
            if (!n)
                return done(Result<quint64>::failure(
                    tr("The registry contract's answer does not decode. Is the registry address right?")));
            done(*n);
        });
}

void EvmRegistry::blockAt(quint64 number, Callback<std::optional<BlockRef>> done)
{
    m_client.call(QStringLiteral("eth_getBlockByNumber"), {TransactionSender::hexQuantity(number), false},
                  [done = std::move(done)](Result<QJsonValue> block) {
                      if (!block)
                          return done(Result<std::optional<BlockRef>>::failure(block.error()));
                      if (block->isNull())
                          return done(std::optional<BlockRef>());
                      const EvmBlockHeader header = EvmBlockHeader::fromJson(block->toObject());
                      if (!header.isValid())
                          return done(Result<std::optional<BlockRef>>::failure(
                              tr("The chain node's answer for a block does not read as one.")));
                      done(std::optional<BlockRef>(BlockRef{header.number, header.hash}));
                  });
}

std::unique_ptr<RegistryEventStream> EvmRegistry::eventStream()
{
    EvmEventStream::Options options;
    options.pageBlocks = std::max<quint64>(1, m_options.eventPageBlocks);
    return std::make_unique<EvmEventStream>(m_client, m_options.contract, options);
}

} // namespace modreg::evm
