#include "chain/evm/EvmRegistry.h"

#include "chain/evm/EvmEventStream.h"
#include "crypto/Addresses.h"

#include <QPointer>

namespace modreg::evm {

namespace {
QString keyText(const QByteArray& key)
{
    return QStringLiteral("0x") + QString::fromLatin1(key.toHex());
}
} // namespace

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
        return tr("No module is registered under the key %1.").arg(keyText(error.values.value(0).bytes));
    if (error.name == QLatin1String("AlreadyExists"))
        return tr("The key %1 is already registered; update it instead.")
            .arg(keyText(error.values.value(0).bytes));
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

QString EvmRegistry::accountText(const QByteArray& account) const
{
    return ethereum::checksummed(account);
}

void EvmRegistry::registerModule(const QByteArray& key, const QString& cid, const QString& account,
                                 Callback<RegistryReceipt> done)
{
    if (Status k = checkKey(key); !k)
        return done(Result<RegistryReceipt>::failure(k.error()));
    if (Status c = checkCid(cid); !c)
        return done(Result<RegistryReceipt>::failure(c.error()));
    send(account, QStringLiteral("registerModule"),
         {abi::Value::dynamicBytes(key), abi::Value::dynamicBytes(cid.toUtf8())}, std::move(done));
}

void EvmRegistry::updateModule(const QByteArray& key, const QString& cid, const QString& account,
                               Callback<RegistryReceipt> done)
{
    if (Status k = checkKey(key); !k)
        return done(Result<RegistryReceipt>::failure(k.error()));
    if (Status c = checkCid(cid); !c)
        return done(Result<RegistryReceipt>::failure(c.error()));
    send(account, QStringLiteral("updateModule"),
         {abi::Value::dynamicBytes(key), abi::Value::dynamicBytes(cid.toUtf8())}, std::move(done));
}

void EvmRegistry::removeModule(const QByteArray& key, const QString& account, Callback<RegistryReceipt> done)
{
    if (Status k = checkKey(key); !k)
        return done(Result<RegistryReceipt>::failure(k.error()));
    send(account, QStringLiteral("removeModule"), {abi::Value::dynamicBytes(key)}, std::move(done));
}

void EvmRegistry::transferModule(const QByteArray& key, const QByteArray& newOwner, const QString& account,
                                 Callback<RegistryReceipt> done)
{
    if (Status k = checkKey(key); !k)
        return done(Result<RegistryReceipt>::failure(k.error()));
    if (newOwner.size() != 20)
        return done(Result<RegistryReceipt>::failure(
            tr("The new owner must be an Ethereum address (20 bytes), not %1 bytes.").arg(newOwner.size())));
    if (newOwner == QByteArray(20, '\0'))
        return done(
            Result<RegistryReceipt>::failure(tr("A module cannot be transferred to the zero address.")));
    send(account, QStringLiteral("transferModule"),
         {abi::Value::dynamicBytes(key), abi::Value::address(newOwner)}, std::move(done));
}

void EvmRegistry::send(const QString& account, const QString& function, const QList<abi::Value>& args,
                       Callback<RegistryReceipt> done)
{
    const Result<EvmSigner> signer = EvmSigner::fromKeystore(m_keystore, account);
    if (!signer)
        return done(Result<RegistryReceipt>::failure(signer.error()));
    const Result<QByteArray> data = ContractAbi::moduleRegistry().encodeCall(function, args);
    if (!data)
        return done(Result<RegistryReceipt>::failure(data.error()));
    m_sender.send(signer.value(), m_options.contract, data.value(),
                  [done = std::move(done)](Result<EvmReceipt> r) {
                      if (!r)
                          return done(Result<RegistryReceipt>::failure(r.error()));
                      done(RegistryReceipt{r->transactionHash, BlockRef{r->blockNumber, r->blockHash}});
                  });
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

std::unique_ptr<RegistryEventStream> EvmRegistry::eventStream()
{
    return std::make_unique<EvmEventStream>(m_client, m_options.contract, EvmEventStream::Options{});
}

} // namespace modreg::evm
