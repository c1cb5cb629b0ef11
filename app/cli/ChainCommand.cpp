#include "chain/AccountScheme.h"
#include "cli/Commands.h"
#include "cli/Console.h"
#include "cli/Session.h"
#include "cli/WaitFor.h"
#include "crypto/HexText.h"
#include "keys/KeyIdentity.h"
#include "net/NetworkErrorText.h"

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

int chainInfo(const Invocation& call)
{
    Result<std::unique_ptr<Session>> opened = Session::open(false);
    if (!opened)
        return err(opened.error()), 1;
    Services& services = opened.value()->services();
    const bool devnet = opened.value()->usesDevnet();
    const Result<ChainInfo> info =
        waitFor<Result<ChainInfo>>([&](auto done) { services.describeChain(done); });
    if (!info)
        return err(info.error()), 1;
    const Endpoints endpoints = services.endpoints();
    const ChainInfo& c = info.value();
    if (call.json()) {
        QJsonObject o{{QStringLiteral("rpc"), endpoints.chainRpc.toString()},
                      {QStringLiteral("transport"), c.transport},
                      {QStringLiteral("chainId"), static_cast<qint64>(c.chainId)},
                      {QStringLiteral("headNumber"), static_cast<qint64>(c.head.number)},
                      {QStringLiteral("headHash"), hexText(c.head.hash)},
                      {QStringLiteral("devnet"), devnet},
                      {QStringLiteral("registry"), endpoints.registryAddress},
                      {QStringLiteral("registryDeployed"), c.registryFound}};
        if (c.moduleCount)
            o.insert(QStringLiteral("moduleCount"), static_cast<qint64>(*c.moduleCount));
        outJson(o);
        return 0;
    }
    out(Text::tr("Chain node:  %1 (%2)").arg(net::displayUrl(endpoints.chainRpc), c.transport));
    out(Text::tr("Chain id:    %1%2").arg(c.chainId).arg(devnet ? Text::tr(" (local devnet)") : QString()));
    out(Text::tr("Head:        block %1, %2").arg(c.head.number).arg(hexText(c.head.hash)));
    if (endpoints.registryAddress.isEmpty())
        out(Text::tr("Registry:    not configured"));
    else if (!c.registryFound)
        out(Text::tr("Registry:    %1 (no contract at this address on this chain)").arg(endpoints.registryAddress));
    else
        out(Text::tr("Registry:    %1, %n module(s)", nullptr, static_cast<int>(c.moduleCount.value_or(0)))
                .arg(c.registryText));
    return 0;
}

const QCommandLineOption& confirmationsOption()
{
    static const QCommandLineOption confirmations{
        QStringLiteral("confirmations"), Text::tr("Blocks to wait for after the transaction's own (default 1)."),
        QStringLiteral("n"), QStringLiteral("1")};
    return confirmations;
}

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

int getModule(Registry& registry, const QByteArray& key, const QString& keyText, bool json)
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
                            {QStringLiteral("owner"), registry.accounts().text(e.owner)}});
    else
        out(Text::tr("%1\n  metadata: %2\n  owner:    %3")
                .arg(keyText, e.cid, registry.accounts().text(e.owner)));
    return 0;
}

enum class Change
{
    Register,
    Update,
    Remove,
    Transfer
};

// `registry register|update|remove|transfer`: checked before the password is asked for, then
// signed by --account.
int change(const Invocation& call, Change what)
{
    const QStringList& args = call.args();
    const Result<QByteArray> key = parseKey(args[0]);
    if (!key)
        return err(key.error()), 2;
    if (call.account().isEmpty())
        return err(Text::tr("Name the key that signs with --account NAME (see modreg keys list).")), 2;
    if (Status k = Registry::checkKey(key.value()); !k)
        return err(k.error()), 2;
    if (what == Change::Register || what == Change::Update)
        if (Status c = Registry::checkCid(args[1]); !c)
            return err(c.error()), 2;
    bool ok = false;
    Services::Options options;
    options.confirmations = call.value(confirmationsOption()).toInt(&ok);
    if (!ok || options.confirmations < 1)
        return err(Text::tr("--confirmations takes a positive whole number.")), 2;
    Result<std::unique_ptr<Session>> opened = Session::open(true, options);
    if (!opened)
        return err(opened.error()), 1;
    Session& s = *opened.value();
    QByteArray newOwner;
    if (what == Change::Transfer) {
        const Result<QByteArray> owner = s.services().accounts().parse(args[1]);
        if (!owner)
            return err(owner.error()), 2;
        newOwner = owner.value();
    }
    if (Status unlocked = s.unlock(call.passwordFd()); !unlocked)
        return err(unlocked.error()), 1;
    const Result<KeyInfo> account = s.key(call.account());
    if (!account)
        return err(account.error()), 1;
    if (const Status funded = s.fundOnDevnet(account.value()); !funded)
        return err(funded.error()), 1;
    Registry& registry = s.registry();
    const bool json = call.json();
    QObject::connect(&registry, &Registry::transactionSent, [json](const QByteArray& hash) {
        if (!json)
            err(Text::tr("Sent %1; waiting for the chain…").arg(hexText(hash)));
    });
    using Callback = std::function<void(Result<RegistryReceipt>)>;
    const QString id = account->id;
    const QString& keyText = args[0];
    switch (what) {
    case Change::Register:
        return printReceipt(waitFor<Result<RegistryReceipt>>(
                                [&](Callback done) { registry.registerModule(key.value(), args[1], id, done); }),
                            Text::tr("Registered %1 → %2.").arg(keyText, args[1]), json);
    case Change::Update:
        return printReceipt(waitFor<Result<RegistryReceipt>>(
                                [&](Callback done) { registry.updateModule(key.value(), args[1], id, done); }),
                            Text::tr("Updated %1 → %2.").arg(keyText, args[1]), json);
    case Change::Remove:
        return printReceipt(waitFor<Result<RegistryReceipt>>(
                                [&](Callback done) { registry.removeModule(key.value(), id, done); }),
                            Text::tr("Removed %1.").arg(keyText), json);
    case Change::Transfer:
        break;
    }
    return printReceipt(waitFor<Result<RegistryReceipt>>(
                            [&](Callback done) { registry.transferModule(key.value(), newOwner, id, done); }),
                        Text::tr("Transferred %1 to %2.").arg(keyText, registry.accounts().text(newOwner)), json);
}

int get(const Invocation& call)
{
    const Result<QByteArray> key = parseKey(call.args()[0]);
    if (!key)
        return err(key.error()), 2;
    Result<std::unique_ptr<Session>> opened = Session::open(true);
    if (!opened)
        return err(opened.error()), 1;
    return getModule(opened.value()->registry(), key.value(), call.args()[0], call.json());
}
} // namespace

QList<Command> chainCommands()
{
    Command info;
    info.name = QStringLiteral("chain info");
    info.summary = Text::tr("The chain node, its head and the registry contract on it.");
    info.shared = Command::Json;
    info.run = chainInfo;

    const QString keyHelp = Text::tr("KEY is a module's registry key: an SS58 or Solana address, a 0x Ethereum "
                                     "address or a 0x secp256k1 public key (64 bytes).");
    Command get;
    get.name = QStringLiteral("registry get");
    get.arguments = QStringLiteral("KEY");
    get.summary = Text::tr("What the registry contract holds for a module key.");
    get.description = keyHelp;
    get.shared = Command::Json;
    get.minArgs = get.maxArgs = 1;
    get.run = cli::get;

    const auto changeCommand = [&](const char* name, const char* arguments, const QString& summary, Change what) {
        Command c;
        c.name = QLatin1String(name);
        c.arguments = QLatin1String(arguments);
        c.summary = summary;
        c.description = keyHelp + QLatin1Char(' ') + Text::tr("The change is signed and paid for by --account.");
        c.shared = Command::Json | Command::Account | Command::PasswordFd;
        c.options = {confirmationsOption()};
        c.minArgs = c.maxArgs = static_cast<int>(c.arguments.count(QLatin1Char(' '))) + 1;
        c.run = [what](const Invocation& call) { return change(call, what); };
        return c;
    };
    return {info,
            get,
            changeCommand("registry register", "KEY CID", Text::tr("Map a new key to a metadata CID."), Change::Register),
            changeCommand("registry update", "KEY CID", Text::tr("Map a key you own to another metadata CID."),
                          Change::Update),
            changeCommand("registry remove", "KEY", Text::tr("Take a key you own out of the registry."), Change::Remove),
            changeCommand("registry transfer", "KEY NEW_OWNER", Text::tr("Hand a key you own to another account."),
                          Change::Transfer)};
}

} // namespace modreg::cli
