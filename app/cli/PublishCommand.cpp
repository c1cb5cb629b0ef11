#include "cli/PublishCommand.h"

#include "cli/Console.h"
#include "cli/CurrentChain.h"
#include "cli/KeystoreAccess.h"
#include "cli/ProgressLine.h"
#include "crypto/Addresses.h"
#include "crypto/HexText.h"
#include "ipfs/IpfsRpcClient.h"
#include "keys/KeyIdentity.h"
#include "keys/Keystore.h"
#include "registry/MetadataFile.h"
#include "registry/Publisher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <csignal>

namespace modreg::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(modreg::cli::PublishCommand)
};

struct CommonOptions
{
    QCommandLineOption json{QStringLiteral("json"), Text::tr("Print JSON for scripts.")};
    QCommandLineOption account{QStringLiteral("account"),
                               Text::tr("The keystore key (secp256k1) that sends and pays for the "
                                        "transaction; it owns what it registers."),
                               QStringLiteral("name")};
    QCommandLineOption passwordFd = passwordFdOption();
};

// For the tests that kill a publish at each step (TestPublishExactlyOnce): with MODREG_TEST_STOP_AT
// naming a point, the process stops itself there (SIGSTOP), for the test to kill it with SIGKILL.
// The points: content-added, metadata-added, journaled (signed and kept, not sent), sent (the node
// has it, no block yet). Nothing else reads this variable.
void stopHereForTests(const char* point)
{
    if (qEnvironmentVariable("MODREG_TEST_STOP_AT") != QLatin1String(point))
        return;
    err(QStringLiteral("test: stopped at %1").arg(QLatin1String(point)));
    ::raise(SIGSTOP);
}

// The pipeline run to its end, with each step on stderr; 0 when it finished, 1 when it failed.
int runToEnd(Publisher& publisher, const std::function<void()>& start,
             std::optional<Publisher::Outcome>& outcome)
{
    ProgressLine progress;
    QEventLoop loop;
    QString failure;
    int index = 0;

    QObject::connect(&publisher, &Publisher::stepStarted, [&](Publisher::Step step) {
        ++index;
        progress.show(QString());
        err(Text::tr("[%1] %2…").arg(index).arg(Publisher::title(step)));
        if (step == Publisher::Step::Confirm)
            stopHereForTests("sent");
    });
    QObject::connect(&publisher, &Publisher::stepProgress, [&](Publisher::Step, qint64 done, qint64 total) {
        if (total > 0)
            progress.show(Text::tr("    %1 of %2 (%3%)")
                              .arg(QLocale().formattedDataSize(done), QLocale().formattedDataSize(total))
                              .arg(done * 100 / total));
    });
    QObject::connect(&publisher, &Publisher::stepFinished, [&](Publisher::Step, const QString& detail) {
        progress.show(QString());
        if (!detail.isEmpty())
            err(QStringLiteral("    ") + detail);
    });
    QObject::connect(&publisher, &Publisher::failed, [&](Publisher::Step, const QString& why) {
        failure = why;
        loop.quit();
    });
    QObject::connect(&publisher, &Publisher::finished, [&](const Publisher::Outcome& o) {
        outcome = o;
        loop.quit();
    });
    // Last, so each step's line is printed before the process stops.
    QObject::connect(&publisher, &Publisher::stepFinished, [](Publisher::Step step, const QString&) {
        if (step == Publisher::Step::AddContent)
            stopHereForTests("content-added");
        else if (step == Publisher::Step::AddMetadata)
            stopHereForTests("metadata-added");
    });
    QObject::connect(&publisher, &Publisher::transactionJournaled, [] { stopHereForTests("journaled"); });
    start();
    if (!outcome && failure.isEmpty())
        loop.exec();
    if (!outcome) {
        err(failure);
        err(Text::tr("Run the same command again to finish: what is done already is not done twice."));
        return 1;
    }
    return 0;
}

QJsonObject outcomeJson(const Publisher::Outcome& o, const QByteArray& key)
{
    static const QHash<RegistryCall::Kind, QString> names{
        {RegistryCall::Kind::Register, QStringLiteral("register")},
        {RegistryCall::Kind::Update, QStringLiteral("update")},
        {RegistryCall::Kind::Remove, QStringLiteral("remove")},
        {RegistryCall::Kind::Transfer, QStringLiteral("transfer")}};
    QJsonObject out{{QStringLiteral("operation"), names.value(o.kind)},
                    {QStringLiteral("key"), hexText(key)},
                    {QStringLiteral("keyText"), KeyIdentity::registryKeyText(key)},
                    {QStringLiteral("sent"), o.receipt.has_value()},
                    {QStringLiteral("account"), o.accountText}};
    if (!o.contentCid.isEmpty() && o.kind != RegistryCall::Kind::Remove &&
        o.kind != RegistryCall::Kind::Transfer) {
        out.insert(QStringLiteral("contentCid"), o.contentCid);
        out.insert(QStringLiteral("metadataCid"), o.metadataCid);
    }
    if (o.receipt) {
        out.insert(QStringLiteral("transaction"), hexText(o.receipt->transactionHash));
        out.insert(QStringLiteral("blockNumber"), static_cast<qint64>(o.receipt->block.number));
        out.insert(QStringLiteral("blockHash"), hexText(o.receipt->block.hash));
    }
    return out;
}

void printReceipt(const Publisher::Outcome& o)
{
    if (o.receipt)
        out(Text::tr("  transaction: %1 (block %2)")
                .arg(hexText(o.receipt->transactionHash))
                .arg(o.receipt->block.number));
    else
        out(Text::tr("  transaction: none needed; the registry already held this"));
}

// The keystore, unlocked, and the chain with its registry: what every command here needs.
struct Session
{
    Keystore keystore{Keystore::defaultPath()};
    Chain chain;
    std::unique_ptr<evm::EvmRegistry> registry;
    std::unique_ptr<IpfsRpcClient> ipfs;
    std::unique_ptr<Publisher> publisher;
};

Result<std::unique_ptr<Session>> openSession(const QCommandLineParser& p, const CommonOptions& o)
{
    auto session = std::make_unique<Session>();
    Result<Chain> chain = currentChain(true);
    if (!chain)
        return Result<std::unique_ptr<Session>>::failure(chain.error());
    session->chain = std::move(chain).value();
    if (Status opened =
            openKeystore(session->keystore, p.isSet(o.passwordFd) ? p.value(o.passwordFd).toInt() : -1, false,
                         KdfLimits::moderate());
        !opened)
        return Result<std::unique_ptr<Session>>::failure(opened.error());
    session->registry = session->chain.registry(session->keystore);
    session->ipfs = std::make_unique<IpfsRpcClient>(session->chain.endpoints.ipfsApi);
    session->ipfs->setTimeout(std::chrono::minutes(10)); // a large folder streams for a while
    session->publisher = std::make_unique<Publisher>(session->keystore, *session->ipfs, *session->registry,
                                                     PublishJournal::defaultDirectory());
    return session;
}

std::optional<ModuleKey::Type> keyFormNamed(const QString& name)
{
    if (name == QLatin1String("ed25519") || name == QLatin1String("ss58") || name == QLatin1String("solana"))
        return ModuleKey::Type::Ed25519;
    if (name == QLatin1String("ethereum"))
        return ModuleKey::Type::EthereumAddress;
    if (name == QLatin1String("secp256k1"))
        return ModuleKey::Type::Secp256k1;
    return std::nullopt;
}

} // namespace

int runPublishCommand(const QStringList& arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(Text::tr(
        "modreg publish FOLDER --key NAME [--metadata FILE] [--key-form FORM] [--account NAME] [--json]\n\n"
        "Publishes FOLDER (or a single file) as a module: its content and metadata go to IPFS, the metadata "
        "is signed by the module key, and the registry maps the key to the metadata. The metadata is "
        "FOLDER/metadata.json unless --metadata names another file. If the key is registered by you "
        "already, this publishes a new version. Run it again after a failure to finish the job."));
    p.addHelpOption();
    const CommonOptions o;
    const QCommandLineOption key{QStringLiteral("key"),
                                 Text::tr("The keystore key that is the module's identity."),
                                 QStringLiteral("name")};
    const QCommandLineOption metadata{QStringLiteral("metadata"), Text::tr("The metadata draft (JSON)."),
                                      QStringLiteral("file")};
    const QCommandLineOption form{
        QStringLiteral("key-form"),
        Text::tr("The registry key: ed25519 (an Ed25519 key's public key), ethereum (a "
                 "secp256k1 key's address, its default) or secp256k1 (its public key)."),
        QStringLiteral("form")};
    p.addOptions({key, metadata, form, o.account, o.passwordFd, o.json});
    p.addPositionalArgument(QStringLiteral("folder"), Text::tr("The module's content: a folder or a file."));
    if (!p.parse(arguments.mid(1)))
        return err(p.errorText()), 2;
    if (p.isSet(QStringLiteral("help")))
        return out(p.helpText()), 0;
    if (p.positionalArguments().size() != 1 || !p.isSet(key))
        return err(Text::tr("Usage: modreg publish FOLDER --key NAME [--metadata FILE] [--account NAME]")), 2;

    // Everything that can be wrong with the input is said before the password is asked for.
    const QString folder = p.positionalArguments().first();
    if (!QFileInfo::exists(folder))
        return err(Text::tr("%1 does not exist.").arg(folder)), 2;
    const QString metadataPath = p.isSet(metadata) ? p.value(metadata) : MetadataFile::inFolder(folder);
    if (metadataPath.isEmpty())
        return err(Text::tr(
                       "%1 has no metadata.json; write one (see the README, \"The metadata document\") or "
                       "name one with --metadata FILE.")
                       .arg(folder)),
               2;
    const MetadataFile::Read draft = MetadataFile::read(metadataPath);
    if (!draft.problems.isEmpty()) {
        err(Text::tr("%1 needs fixing:").arg(metadataPath));
        for (const MetadataProblem& problem : draft.problems)
            err(QStringLiteral("  ") +
                (problem.field.isEmpty() ? QString() : problem.field + QStringLiteral(": ")) +
                problem.message);
        return 2;
    }
    std::optional<ModuleKey::Type> keyType;
    if (p.isSet(form) && !(keyType = keyFormNamed(p.value(form))))
        return err(Text::tr("--key-form is ed25519, ethereum or secp256k1.")), 2;

    Result<std::unique_ptr<Session>> opened = openSession(p, o);
    if (!opened)
        return err(opened.error()), 1;
    Session& s = *opened.value();
    const Result<KeyInfo> moduleKey = findKey(s.keystore, p.value(key));
    if (!moduleKey)
        return err(moduleKey.error()), 1;
    if (!keyType)
        keyType =
            moduleKey->type == KeyType::Ed25519 ? ModuleKey::Type::Ed25519 : ModuleKey::Type::EthereumAddress;
    QString accountName = p.value(o.account);
    if (accountName.isEmpty() && moduleKey->type == KeyType::Secp256k1)
        accountName = moduleKey->id; // a secp256k1 module key can pay for itself
    if (accountName.isEmpty())
        return err(Text::tr(
                       "\"%1\" is an Ed25519 key and cannot pay on this chain; name a secp256k1 key that "
                       "pays with --account NAME.")
                       .arg(moduleKey->label)),
               2;
    const Result<KeyInfo> account = findKey(s.keystore, accountName);
    if (!account)
        return err(account.error()), 1;
    if (const Status funded = fundOnDevnet(s.chain, account.value()); !funded)
        return err(funded.error()), 1;

    Publisher::Request request;
    request.contentPath = folder;
    request.draft = draft.draft;
    request.moduleKeyId = moduleKey->id;
    request.keyType = *keyType;
    request.accountKeyId = account->id;
    std::optional<Publisher::Outcome> outcome;
    if (int failed = runToEnd(
            *s.publisher, [&] { s.publisher->publish(request); }, outcome))
        return failed;
    const QByteArray registryKey = Publisher::moduleKeyOf(s.keystore, moduleKey->id, *keyType).value().bytes;
    if (p.isSet(o.json))
        return outJson(outcomeJson(*outcome, registryKey)), 0;
    out(Text::tr("Published %1 %2 under %3 (%4).")
            .arg(draft.draft.name, draft.draft.version, KeyIdentity::registryKeyText(registryKey),
                 outcome->kind == RegistryCall::Kind::Update ? Text::tr("a new version")
                                                             : Text::tr("registered")));
    out(Text::tr("  content:     %1").arg(outcome->contentCid));
    out(Text::tr("  metadata:    %1").arg(outcome->metadataCid));
    printReceipt(*outcome);
    return 0;
}

namespace {
int runChange(const QStringList& arguments, bool transfer)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        transfer
            ? Text::tr(
                  "modreg transfer KEY NEW_OWNER --account NAME [--json]\n\nHands the module under KEY to "
                  "the account NEW_OWNER (a 0x address); only its owner may.")
            : Text::tr("modreg remove KEY --account NAME [--json]\n\nRemoves the module under KEY from the "
                       "registry; only its owner may. Its metadata and content stay in IPFS."));
    p.addHelpOption();
    const CommonOptions o;
    p.addOptions({o.account, o.passwordFd, o.json});
    p.addPositionalArgument(QStringLiteral("key"),
                            Text::tr("The module's registry key (SS58, Solana, 0x…)."));
    if (transfer)
        p.addPositionalArgument(QStringLiteral("new-owner"), Text::tr("The account that will own it."));
    if (!p.parse(arguments.mid(1)))
        return err(p.errorText()), 2;
    if (p.isSet(QStringLiteral("help")))
        return out(p.helpText()), 0;
    const QStringList args = p.positionalArguments();
    if (args.size() != (transfer ? 2 : 1) || !p.isSet(o.account))
        return err(transfer ? Text::tr("Usage: modreg transfer KEY NEW_OWNER --account NAME")
                            : Text::tr("Usage: modreg remove KEY --account NAME")),
               2;
    const Result<KeyIdentity::Parsed> key = KeyIdentity::parse(args[0]);
    if (!key)
        return err(key.error()), 2;
    QByteArray newOwner;
    if (transfer) {
        const Result<QByteArray> owner = ethereum::decode(args[1]);
        if (!owner)
            return err(owner.error()), 2;
        newOwner = owner.value();
    }
    Result<std::unique_ptr<Session>> opened = openSession(p, o);
    if (!opened)
        return err(opened.error()), 1;
    Session& s = *opened.value();
    const Result<KeyInfo> account = findKey(s.keystore, p.value(o.account));
    if (!account)
        return err(account.error()), 1;
    if (const Status funded = fundOnDevnet(s.chain, account.value()); !funded)
        return err(funded.error()), 1;
    std::optional<Publisher::Outcome> outcome;
    const auto start = [&] {
        if (transfer)
            s.publisher->transfer(key->registryKey, newOwner, account->id);
        else
            s.publisher->remove(key->registryKey, account->id);
    };
    if (int failed = runToEnd(*s.publisher, start, outcome))
        return failed;
    if (p.isSet(o.json))
        return outJson(outcomeJson(*outcome, key->registryKey)), 0;
    out(transfer ? Text::tr("%1 now belongs to %2.").arg(args[0], ethereum::checksummed(newOwner))
                 : Text::tr("%1 is no longer in the registry.").arg(args[0]));
    printReceipt(*outcome);
    return 0;
}
} // namespace

int runRemoveCommand(const QStringList& arguments)
{
    return runChange(arguments, false);
}

int runTransferCommand(const QStringList& arguments)
{
    return runChange(arguments, true);
}

} // namespace modreg::cli
