#include "cli/ChainCommand.h"

#include "chain/evm/EvmLog.h"
#include "chain/evm/EvmRegistry.h"
#include "cli/Console.h"
#include "cli/CurrentChain.h"
#include "cli/CurrentEndpoints.h"
#include "cli/KeystoreAccess.h"
#include "cli/WaitFor.h"
#include "crypto/Addresses.h"
#include "crypto/HexText.h"
#include "devnet/DevnetRegistry.h"
#include "keys/KeyIdentity.h"
#include "keys/Keystore.h"
#include "net/NetworkErrorText.h"
#include "settings/AppPaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace modreg::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(modreg::cli::ChainCommand)
};

Result<QByteArray> parseKey(const QString& text)
{
    const Result<KeyIdentity::Parsed> parsed = KeyIdentity::parse(text);
    if (!parsed)
        return Result<QByteArray>::failure(parsed.error());
    return parsed->registryKey;
}

int chainInfo(const QCommandLineParser& p, const QCommandLineOption& json)
{
    Result<Chain> chain = currentChain(false);
    if (!chain)
        return err(chain.error()), 1;
    evm::JsonRpcClient& client = *chain.value().client;
    const auto answers = waitFor<Result<QList<evm::JsonRpcClient::Response>>>([&](auto done) {
        client.batch(
            {{QStringLiteral("eth_chainId"), {}},
             {QStringLiteral("eth_getBlockByNumber"), {QStringLiteral("latest"), false}},
             {QStringLiteral("eth_getCode"), {chain->endpoints.registryAddress, QStringLiteral("latest")}}},
            done);
    });
    if (!answers)
        return err(answers.error()), 1;
    const QList<evm::JsonRpcClient::Response>& a = answers.value();
    const quint64 chainId = evm::hexQuantityOf(a[0].result);
    const evm::EvmBlockHeader head = evm::EvmBlockHeader::fromJson(a[1].result.toObject());
    const bool hasCode =
        !chain->endpoints.registryAddress.isEmpty() && !a[2].error && !evm::hexDataOf(a[2].result).isEmpty();
    std::optional<quint64> count;
    if (hasCode) {
        Keystore none(QString{});
        evm::EvmRegistry registry(client, none, {ethereum::decode(chain->endpoints.registryAddress).value()});
        const auto n = waitFor<Result<quint64>>([&](auto done) { registry.moduleCount(done); });
        if (n)
            count = n.value();
    }
    const QString transport = client.isWebSocketOpen() ? QStringLiteral("websocket") : QStringLiteral("http");
    if (p.isSet(json)) {
        QJsonObject o{{QStringLiteral("rpc"), chain->endpoints.chainRpc.toString()},
                      {QStringLiteral("transport"), transport},
                      {QStringLiteral("chainId"), static_cast<qint64>(chainId)},
                      {QStringLiteral("headNumber"), static_cast<qint64>(head.number)},
                      {QStringLiteral("headHash"), hexText(head.hash)},
                      {QStringLiteral("devnet"), chain->devnet},
                      {QStringLiteral("registry"), chain->endpoints.registryAddress},
                      {QStringLiteral("registryDeployed"), hasCode}};
        if (count)
            o.insert(QStringLiteral("moduleCount"), static_cast<qint64>(*count));
        outJson(o);
        return 0;
    }
    out(Text::tr("Chain node:  %1 (%2)").arg(net::displayUrl(chain->endpoints.chainRpc), transport));
    out(Text::tr("Chain id:    %1%2")
            .arg(chainId)
            .arg(chain->devnet ? Text::tr(" (local devnet)") : QString()));
    out(Text::tr("Head:        block %1, %2").arg(head.number).arg(hexText(head.hash)));
    if (chain->endpoints.registryAddress.isEmpty())
        out(Text::tr("Registry:    not configured"));
    else if (!hasCode)
        out(Text::tr("Registry:    %1 (no contract at this address on this chain)")
                .arg(chain->endpoints.registryAddress));
    else
        out(Text::tr("Registry:    %1, %n module(s)", nullptr, static_cast<int>(count.value_or(0)))
                .arg(chain->endpoints.registryAddress));
    return 0;
}

struct RegistryOptions
{
    QCommandLineOption json{QStringLiteral("json"), Text::tr("Print JSON for scripts.")};
    QCommandLineOption account{QStringLiteral("account"),
                               Text::tr("The keystore key (secp256k1) that signs and pays; it owns what it "
                                        "registers."),
                               QStringLiteral("name")};
    QCommandLineOption passwordFd = passwordFdOption();
    QCommandLineOption confirmations{QStringLiteral("confirmations"),
                                     Text::tr("Blocks to wait for after the transaction's own (default 1)."),
                                     QStringLiteral("n"), QStringLiteral("1")};
};

int printReceipt(const Result<RegistryReceipt>& receipt, const QString& what, bool json)
{
    if (!receipt)
        return err(receipt.error()), 1;
    if (json) {
        outJson(QJsonObject{{QStringLiteral("transaction"), hexText(receipt->transactionHash)},
                            {QStringLiteral("blockNumber"), static_cast<qint64>(receipt->block.number)},
                            {QStringLiteral("blockHash"), hexText(receipt->block.hash)}});
    } else {
        out(what);
        out(Text::tr("Transaction %1, block %2 (%3).")
                .arg(hexText(receipt->transactionHash))
                .arg(receipt->block.number)
                .arg(hexText(receipt->block.hash)));
    }
    return 0;
}

int getModule(evm::EvmRegistry& registry, const QByteArray& key, const QString& keyText, bool json)
{
    const auto entry =
        waitFor<Result<std::optional<ModuleEntry>>>([&](auto done) { registry.getModule(key, done); });
    if (!entry)
        return err(entry.error()), 1;
    if (!entry->has_value()) {
        if (json)
            outJson(QJsonValue::Null);
        else
            err(Text::tr("No module is registered under %1.").arg(keyText));
        return 3;
    }
    const ModuleEntry& e = *entry.value();
    if (json)
        outJson(QJsonObject{{QStringLiteral("key"), hexText(key)},
                            {QStringLiteral("cid"), e.cid},
                            {QStringLiteral("owner"), registry.accountText(e.owner)}});
    else
        out(Text::tr("%1\n  metadata: %2\n  owner:    %3")
                .arg(keyText, e.cid, registry.accountText(e.owner)));
    return 0;
}
} // namespace

int runChainCommand(const QStringList& arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Text::tr("modreg chain info [--json]: the chain node and the registry on it."));
    p.addHelpOption();
    const QCommandLineOption json{QStringLiteral("json"), Text::tr("Print JSON for scripts.")};
    p.addOption(json);
    p.addPositionalArgument(QStringLiteral("info"), Text::tr("Show the chain node and the registry."));
    if (!p.parse(arguments.mid(1)))
        return err(p.errorText()), 2;
    if (p.isSet(QStringLiteral("help")))
        return out(p.helpText()), 0;
    if (p.positionalArguments().value(0) != QLatin1String("info"))
        return err(Text::tr("Usage: modreg chain info [--json]")), 2;
    return chainInfo(p, json);
}

int runRegistryCommand(const QStringList& arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Text::tr("modreg registry get KEY | register KEY CID | update KEY CID | remove KEY | transfer KEY "
                 "NEW_OWNER\n\nKEY is a module's registry key: an SS58 or Solana address, a 0x Ethereum "
                 "address or a 0x secp256k1 public key (64 bytes). Changes are signed by --account."));
    p.addHelpOption();
    const RegistryOptions o;
    p.addOptions({o.json, o.account, o.passwordFd, o.confirmations});
    p.addPositionalArgument(QStringLiteral("command"), Text::tr("get, register, update, remove or transfer"));
    if (!p.parse(arguments.mid(1)))
        return err(p.errorText()), 2;
    if (p.isSet(QStringLiteral("help")))
        return out(p.helpText()), 0;
    const QStringList args = p.positionalArguments();
    const QString command = args.value(0);
    const QHash<QString, int> arity{{QStringLiteral("get"), 2},
                                    {QStringLiteral("register"), 3},
                                    {QStringLiteral("update"), 3},
                                    {QStringLiteral("remove"), 2},
                                    {QStringLiteral("transfer"), 3}};
    if (!arity.contains(command) || args.size() != arity.value(command))
        return err(Text::tr("Usage: modreg registry get KEY | register KEY CID | update KEY CID | remove KEY "
                            "| transfer KEY NEW_OWNER [--account NAME]")),
               2;
    const Result<QByteArray> key = parseKey(args[1]);
    if (!key)
        return err(key.error()), 2;
    const bool json = p.isSet(o.json);
    if (command != QLatin1String("get")) { // checked before the password is asked for
        if (!p.isSet(o.account))
            return err(Text::tr("Name the key that signs with --account NAME (see modreg keys list).")), 2;
        if (Status k = Registry::checkKey(key.value()); !k)
            return err(k.error()), 2;
        if (command == QLatin1String("register") || command == QLatin1String("update"))
            if (Status c = Registry::checkCid(args[2]); !c)
                return err(c.error()), 2;
    }
    QByteArray newOwner;
    if (command == QLatin1String("transfer")) {
        const Result<QByteArray> owner = ethereum::decode(args[2]);
        if (!owner)
            return err(owner.error()), 2;
        newOwner = owner.value();
    }

    Result<Chain> chain = currentChain(true);
    if (!chain)
        return err(chain.error()), 1;
    Keystore keystore(Keystore::defaultPath());
    const std::unique_ptr<evm::EvmRegistry> registryPtr =
        chain->registry(keystore, p.value(o.confirmations).toInt());
    evm::EvmRegistry& registry = *registryPtr;
    if (command == QLatin1String("get"))
        return getModule(registry, key.value(), args[1], json);

    if (Status opened = openKeystore(keystore, p.isSet(o.passwordFd) ? p.value(o.passwordFd).toInt() : -1,
                                     false, KdfLimits::moderate());
        !opened)
        return err(opened.error()), 1;
    const Result<KeyInfo> account = findKey(keystore, p.value(o.account));
    if (!account)
        return err(account.error()), 1;
    if (const Status funded = fundOnDevnet(chain.value(), account.value()); !funded)
        return err(funded.error()), 1;
    QObject::connect(&registry, &Registry::transactionSent, [json](const QByteArray& hash) {
        if (!json)
            err(Text::tr("Sent %1; waiting for the chain…").arg(hexText(hash)));
    });
    using Callback = std::function<void(Result<RegistryReceipt>)>;
    const QString id = account->id;
    const QString keyText = args[1];
    if (command == QLatin1String("register"))
        return printReceipt(waitFor<Result<RegistryReceipt>>([&](Callback done) {
                                registry.registerModule(key.value(), args[2], id, done);
                            }),
                            Text::tr("Registered %1 → %2.").arg(keyText, args[2]), json);
    if (command == QLatin1String("update"))
        return printReceipt(waitFor<Result<RegistryReceipt>>([&](Callback done) {
                                registry.updateModule(key.value(), args[2], id, done);
                            }),
                            Text::tr("Updated %1 → %2.").arg(keyText, args[2]), json);
    if (command == QLatin1String("remove"))
        return printReceipt(waitFor<Result<RegistryReceipt>>(
                                [&](Callback done) { registry.removeModule(key.value(), id, done); }),
                            Text::tr("Removed %1.").arg(keyText), json);
    return printReceipt(waitFor<Result<RegistryReceipt>>(
                            [&](Callback done) { registry.transferModule(key.value(), newOwner, id, done); }),
                        Text::tr("Transferred %1 to %2.").arg(keyText, ethereum::checksummed(newOwner)),
                        json);
}

} // namespace modreg::cli
