#include "chain/AccountScheme.h"
#include "cli/Commands.h"
#include "cli/Console.h"
#include "cli/Session.h"
#include "cli/ProgressLine.h"
#include "crypto/HexText.h"
#include "ipfs/IpfsRpcClient.h"
#include "keys/KeyIdentity.h"
#include "keys/Keystore.h"
#include "metadata/MetadataFile.h"
#include "registry/Publisher.h"

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

// The session a change needs: the keystore unlocked and `accountName`'s key able to pay; the
// key in `account`.
Result<std::unique_ptr<Session>> openSession(const Invocation& call, const QString& accountName, KeyInfo& account)
{
    using R = Result<std::unique_ptr<Session>>;
    Result<std::unique_ptr<Session>> opened = Session::open(true);
    if (!opened)
        return opened;
    Session& s = *opened.value();
    if (Status unlocked = s.unlock(call.passwordFd()); !unlocked)
        return R::failure(unlocked.error());
    const Result<KeyInfo> key = s.key(accountName);
    if (!key)
        return R::failure(key.error());
    account = key.value();
    if (const Status funded = s.fundOnDevnet(account); !funded)
        return R::failure(funded.error());
    return opened;
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

const QCommandLineOption& keyOption()
{
    static const QCommandLineOption key{QStringLiteral("key"), Text::tr("The keystore key that is the module's identity."),
                                        QStringLiteral("name")};
    return key;
}
const QCommandLineOption& metadataOption()
{
    static const QCommandLineOption metadata{QStringLiteral("metadata"), Text::tr("The metadata draft (JSON)."),
                                             QStringLiteral("file")};
    return metadata;
}
const QCommandLineOption& keyFormOption()
{
    static const QCommandLineOption form{
        QStringLiteral("key-form"),
        Text::tr("The registry key: ed25519 (an Ed25519 key's public key), ethereum (a "
                 "secp256k1 key's address, its default) or secp256k1 (its public key)."),
        QStringLiteral("form")};
    return form;
}

int publish(const Invocation& p)
{
    if (!p.isSet(keyOption()))
        return p.usage();
    // Everything that can be wrong with the input is said before the password is asked for.
    const QString folder = p.args().first();
    if (!QFileInfo::exists(folder))
        return err(Text::tr("%1 does not exist.").arg(folder)), 2;
    const QString metadataPath = p.isSet(metadataOption()) ? p.value(metadataOption()) : MetadataFile::inFolder(folder);
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
    if (p.isSet(keyFormOption()) && !(keyType = keyFormNamed(p.value(keyFormOption()))))
        return err(Text::tr("--key-form is ed25519, ethereum or secp256k1.")), 2;

    Result<std::unique_ptr<Session>> opened = Session::open(true);
    if (!opened)
        return err(opened.error()), 1;
    Session& s = *opened.value();
    if (Status unlocked = s.unlock(p.passwordFd()); !unlocked)
        return err(unlocked.error()), 1;
    const Result<KeyInfo> moduleKey = s.key(p.value(keyOption()));
    if (!moduleKey)
        return err(moduleKey.error()), 1;
    if (!keyType)
        keyType =
            moduleKey->type == KeyType::Ed25519 ? ModuleKey::Type::Ed25519 : ModuleKey::Type::EthereumAddress;
    QString accountName = p.account();
    if (accountName.isEmpty() && moduleKey->type == KeyType::Secp256k1)
        accountName = moduleKey->id; // a secp256k1 module key can pay for itself
    if (accountName.isEmpty())
        return err(Text::tr(
                       "\"%1\" is an Ed25519 key and cannot pay on this chain; name a secp256k1 key that "
                       "pays with --account NAME.")
                       .arg(moduleKey->label)),
               2;
    const Result<KeyInfo> account = s.key(accountName);
    if (!account)
        return err(account.error()), 1;
    if (const Status funded = s.fundOnDevnet(account.value()); !funded)
        return err(funded.error()), 1;

    Publisher::Request request;
    request.contentPath = folder;
    request.draft = draft.draft;
    request.moduleKeyId = moduleKey->id;
    request.keyType = *keyType;
    request.accountKeyId = account->id;
    std::optional<Publisher::Outcome> outcome;
    if (int failed = runToEnd(
            s.publisher(), [&] { s.publisher().publish(request); }, outcome))
        return failed;
    const QByteArray registryKey = Publisher::moduleKeyOf(s.keystore(), moduleKey->id, *keyType).value().bytes;
    if (p.json())
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
int change(const Invocation& p, bool transfer)
{
    const QStringList& args = p.args();
    if (p.account().isEmpty())
        return p.usage();
    const Result<KeyIdentity::Parsed> key = KeyIdentity::parse(args[0]);
    if (!key)
        return err(key.error()), 2;
    QByteArray newOwner;
    if (transfer) {
        const Result<QByteArray> owner = Services::accountsOf(Endpoints{}).parse(args[1]);
        if (!owner)
            return err(owner.error()), 2;
        newOwner = owner.value();
    }
    KeyInfo account;
    Result<std::unique_ptr<Session>> opened = openSession(p, p.account(), account);
    if (!opened)
        return err(opened.error()), 1;
    Session& s = *opened.value();
    std::optional<Publisher::Outcome> outcome;
    const auto start = [&] {
        if (transfer)
            s.publisher().transfer(key->registryKey, newOwner, account.id);
        else
            s.publisher().remove(key->registryKey, account.id);
    };
    if (int failed = runToEnd(s.publisher(), start, outcome))
        return failed;
    if (p.json())
        return outJson(outcomeJson(*outcome, key->registryKey)), 0;
    out(transfer ? Text::tr("%1 now belongs to %2.").arg(args[0], s.services().accounts().text(newOwner))
                 : Text::tr("%1 is no longer in the registry.").arg(args[0]));
    printReceipt(*outcome);
    return 0;
}
} // namespace

QList<Command> publishCommands()
{
    Command publishing;
    publishing.name = QStringLiteral("publish");
    publishing.arguments = QStringLiteral("FOLDER --key NAME");
    publishing.summary = Text::tr("Publish a module: its content and signed metadata to IPFS, its key → metadata on chain.");
    publishing.description = Text::tr(
        "FOLDER (or a single file) is the module's content. The metadata is FOLDER/metadata.json unless "
        "--metadata names another file; it is signed by the module key. If the key is registered by you "
        "already, this publishes a new version. Run it again after a failure to finish the job: what is "
        "done already is not done twice.");
    publishing.shared = Command::Json | Command::Account | Command::PasswordFd;
    publishing.options = {keyOption(), metadataOption(), keyFormOption()};
    publishing.minArgs = publishing.maxArgs = 1;
    publishing.run = publish;

    Command removing;
    removing.name = QStringLiteral("remove");
    removing.arguments = QStringLiteral("KEY --account NAME");
    removing.summary = Text::tr("Take a module out of the registry (its owner only).");
    removing.description = Text::tr("KEY is the module's registry key (SS58, Solana, 0x…). Its metadata and "
                                    "content stay in IPFS.");
    removing.shared = Command::Json | Command::Account | Command::PasswordFd;
    removing.minArgs = removing.maxArgs = 1;
    removing.run = [](const Invocation& call) { return change(call, false); };

    Command transferring = removing;
    transferring.name = QStringLiteral("transfer");
    transferring.arguments = QStringLiteral("KEY NEW_OWNER --account NAME");
    transferring.summary = Text::tr("Hand a module to another account (its owner only).");
    transferring.description = Text::tr("KEY is the module's registry key (SS58, Solana, 0x…); NEW_OWNER the "
                                        "account that will own it.");
    transferring.minArgs = transferring.maxArgs = 2;
    transferring.run = [](const Invocation& call) { return change(call, true); };
    return {publishing, removing, transferring};
}

} // namespace modreg::cli
