#include "cli/ReplicaCommand.h"

#include "cli/Console.h"
#include "cli/CurrentChain.h"
#include "cli/ProgressLine.h"
#include "crypto/Addresses.h"
#include "crypto/HexText.h"
#include "devnet/DevnetRegistry.h"
#include "keys/KeyIdentity.h"
#include "keys/Keystore.h"
#include "registry/Syncer.h"
#include "settings/AppPaths.h"
#include "settings/EndpointSettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTimer>
#include <unistd.h>

namespace modreg::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(modreg::cli::ReplicaCommand)
};

// How long sync keeps trying through a problem (node unreachable) before it gives up.
constexpr qint64 kGiveUpAfterMs = 20000;

// The registry the app is set to, from the settings and the devnet's state file alone: reading the
// replica must not need the network.
Result<QString> configuredLocation()
{
    const EndpointSettings settings = EndpointSettings::load(QSettings());
    QString address = settings.external.registryAddress;
    if (settings.useDevnet) {
        const std::optional<DevnetRegistry::Deployment> devnet =
            DevnetRegistry::recorded(AppPaths::devnetDir());
        address = devnet ? hexText(devnet->address) : QString();
    }
    const Result<QByteArray> contract = ethereum::decode(address);
    if (address.isEmpty() || !contract)
        return Result<QString>::failure(
            Text::tr("No registry is set up yet. Start the devnet (modreg devnet up --detach) or set a "
                     "registry contract in the app's Settings, then run \"modreg sync\"."));
    return evm::EvmRegistry::locationOf(contract.value());
}

// The replica at `path`, saying so first when a new Modreg upgrades the file: that is done once, and
// can take a minute at a million modules.
Result<std::unique_ptr<ModuleStore>> openStore(const QString& path)
{
    if (ModuleStore::needsUpgrade(path))
        err(Text::tr("Upgrading the local replica to this version's format (once; it can take a minute)…"));
    return ModuleStore::open(path);
}

// The replica, for reading: it must exist already (searching never creates one).
Result<std::unique_ptr<ModuleStore>> openReplica()
{
    using R = Result<std::unique_ptr<ModuleStore>>;
    const Result<QString> location = configuredLocation();
    if (!location)
        return R::failure(location.error());
    const QString path = ModuleStore::pathFor(location.value());
    if (!QFileInfo::exists(path))
        return R::failure(
            Text::tr("There is no local replica of the registry yet. Run \"modreg sync\" first."));
    return openStore(path);
}

QString stateText(StoredModule::State state)
{
    switch (state) {
    case StoredModule::State::Verified:
        return Text::tr("verified");
    case StoredModule::State::Invalid:
        return Text::tr("invalid");
    case StoredModule::State::Pending:
        return Text::tr("not fetched yet");
    }
    return {};
}

QString stateId(StoredModule::State state)
{
    switch (state) {
    case StoredModule::State::Verified:
        return QStringLiteral("verified");
    case StoredModule::State::Invalid:
        return QStringLiteral("invalid");
    case StoredModule::State::Pending:
        return QStringLiteral("pending");
    }
    return {};
}

QString eventText(RegistryEvent::Kind kind)
{
    switch (kind) {
    case RegistryEvent::Kind::Registered:
        return Text::tr("registered");
    case RegistryEvent::Kind::Updated:
        return Text::tr("updated");
    case RegistryEvent::Kind::Removed:
        return Text::tr("removed");
    case RegistryEvent::Kind::Transferred:
        return Text::tr("transferred");
    }
    return {};
}

// For --json: the same, the same in every language.
QString eventId(RegistryEvent::Kind kind)
{
    switch (kind) {
    case RegistryEvent::Kind::Registered:
        return QStringLiteral("registered");
    case RegistryEvent::Kind::Updated:
        return QStringLiteral("updated");
    case RegistryEvent::Kind::Removed:
        return QStringLiteral("removed");
    case RegistryEvent::Kind::Transferred:
        return QStringLiteral("transferred");
    }
    return {};
}

// Matches between the snippet's markers: bold on a terminal, [brackets] otherwise.
QString highlighted(QString snippet, bool plain)
{
    const bool tty = isatty(STDOUT_FILENO) != 0;
    snippet.replace(SearchHit::kMatchStart, plain ? QString()
                                            : tty ? QStringLiteral("\033[1m")
                                                  : QStringLiteral("["));
    snippet.replace(SearchHit::kMatchEnd, plain ? QString()
                                          : tty ? QStringLiteral("\033[0m")
                                                : QStringLiteral("]"));
    return snippet.simplified();
}

QJsonObject hitJson(const SearchHit& h)
{
    return {{QStringLiteral("key"), hexText(h.key)},
            {QStringLiteral("keyText"), KeyIdentity::registryKeyText(h.key)},
            {QStringLiteral("name"), h.name},
            {QStringLiteral("version"), h.version},
            {QStringLiteral("author"), h.author},
            {QStringLiteral("snippet"), highlighted(h.snippet, true)},
            {QStringLiteral("state"), stateId(h.state)}};
}

void printHits(const QList<SearchHit>& hits)
{
    for (const SearchHit& h : hits) {
        const QString name = h.name.isEmpty() ? Text::tr("(no name)") : h.name;
        out(Text::tr("%1 %2  by %3  [%4]")
                .arg(name, h.version, h.author.isEmpty() ? Text::tr("unknown") : h.author,
                     stateText(h.state)));
        out(QStringLiteral("    ") + KeyIdentity::registryKeyText(h.key));
        if (!h.snippet.isEmpty())
            out(QStringLiteral("    ") + highlighted(h.snippet, false));
    }
}

int listOrSearch(const QStringList& arguments, bool search)
{
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption json{QStringLiteral("json"), Text::tr("Print JSON for scripts.")};
    const QCommandLineOption author{QStringLiteral("author"), Text::tr("Only modules by this author."),
                                    QStringLiteral("name")};
    const QCommandLineOption tag{QStringLiteral("tag"), Text::tr("Only modules with this tag."),
                                 QStringLiteral("tag")};
    const QCommandLineOption keyType{
        QStringLiteral("key-type"),
        Text::tr("Only modules under this kind of key: ed25519, ethereum-address or "
                 "secp256k1."),
        QStringLiteral("type")};
    const QCommandLineOption verified{QStringLiteral("verified"),
                                      Text::tr("Only modules whose metadata is fetched and verified.")};
    const QCommandLineOption since{QStringLiteral("since-block"),
                                   Text::tr("Only modules changed in or after this block."),
                                   QStringLiteral("n")};
    const QCommandLineOption limit{
        QStringLiteral("limit"), Text::tr("At most this many results (default %1).").arg(search ? 20 : 1000),
        QStringLiteral("n")};
    p.addOptions({json, author, tag, keyType, verified, since, limit});
    if (search)
        p.addPositionalArgument(
            QStringLiteral("words"),
            Text::tr("Words to find; the last may be the start of a word; \"quote\" a phrase."));
    if (!p.parse(arguments.mid(1)))
        return err(p.errorText()), 2;
    if (p.isSet(QStringLiteral("help")))
        return out(p.helpText()), 0;
    SearchQuery query;
    query.text = p.positionalArguments().join(QLatin1Char(' '));
    if (search && query.text.trimmed().isEmpty())
        return err(Text::tr(
                   "Usage: modreg search WORDS [--author NAME] [--tag TAG] [--key-type TYPE] [--verified] "
                   "[--since-block N] [--json]")),
               2;
    if (!search && !query.text.isEmpty())
        return err(Text::tr("modreg list takes no words; to find modules use modreg search WORDS.")), 2;
    query.author = p.value(author);
    query.tag = p.value(tag);
    if (p.isSet(keyType)) {
        query.keyType = ModuleKey::typeNamed(p.value(keyType));
        if (!query.keyType)
            return err(Text::tr("--key-type is ed25519, ethereum-address or secp256k1, not \"%1\".")
                           .arg(p.value(keyType))),
                   2;
    }
    query.verifiedOnly = p.isSet(verified);
    bool ok = true;
    if (p.isSet(since))
        query.updatedSinceBlock = p.value(since).toULongLong(&ok);
    query.limit = search ? 20 : 1000;
    if (ok && p.isSet(limit))
        query.limit = p.value(limit).toInt(&ok);
    if (!ok || query.limit <= 0)
        return err(Text::tr("--since-block and --limit take a positive whole number.")), 2;

    Result<std::unique_ptr<ModuleStore>> store = openReplica();
    if (!store)
        return err(store.error()), 1;
    const Result<QList<SearchHit>> hits = store.value()->search(query);
    if (!hits)
        return err(hits.error()), 1;
    if (p.isSet(json)) {
        QJsonArray array;
        for (const SearchHit& h : hits.value())
            array.append(hitJson(h));
        outJson(array);
        return 0;
    }
    if (hits->isEmpty()) {
        out(search ? Text::tr("No module matches \"%1\".").arg(query.text)
                   : Text::tr(
                         "The replica holds no modules (yet). Run \"modreg sync\" to bring it up to date."));
        return 0;
    }
    printHits(hits.value());
    return 0;
}

// The replica as it is now (the syncer's own counts may be half a second old).
QJsonObject progressJson(const Syncer::Progress& p, const ModuleStore& store)
{
    const ModuleStore::Counts c = store.counts();
    return {{QStringLiteral("block"), static_cast<qint64>(p.syncedBlock)},
            {QStringLiteral("head"), static_cast<qint64>(p.headBlock)},
            {QStringLiteral("modules"), c.verified + c.invalid + c.pending},
            {QStringLiteral("verified"), c.verified},
            {QStringLiteral("invalid"), c.invalid},
            {QStringLiteral("pending"), c.pending},
            {QStringLiteral("pendingFetches"), store.pendingFetchCount()}};
}

} // namespace

int runSyncCommand(const QStringList& arguments)
{
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption json{QStringLiteral("json"), Text::tr("Print JSON for scripts.")};
    const QCommandLineOption follow{QStringLiteral("follow"),
                                    Text::tr("Keep following new blocks until interrupted (Ctrl+C).")};
    const QCommandLineOption pageBlocks{
        QStringLiteral("page-blocks"),
        Text::tr("Blocks per event request (default 2000); lower it for a node "
                 "that limits log queries."),
        QStringLiteral("n"), QStringLiteral("2000")};
    p.addOptions({json, follow, pageBlocks});
    if (!p.parse(arguments.mid(1)))
        return err(p.errorText()), 2;
    if (p.isSet(QStringLiteral("help")))
        return out(p.helpText()), 0;

    bool ok = false;
    const quint64 page = p.value(pageBlocks).toULongLong(&ok);
    if (!ok || page == 0)
        return err(Text::tr("--page-blocks takes a positive whole number.")), 2;
    Result<Chain> chain = currentChain(true);
    if (!chain)
        return err(chain.error()), 1;
    Keystore noKeys{QString()}; // reading needs no keys
    const std::unique_ptr<evm::EvmRegistry> registry = chain->registry(noKeys, 1, page);
    Result<std::unique_ptr<ModuleStore>> opened = openStore(ModuleStore::pathFor(registry->location()));
    if (!opened)
        return err(opened.error()), 1;
    ModuleStore& store = *opened.value();
    VerifiedFetcher::Options sources;
    sources.rpcApi = chain->endpoints.ipfsApi;
    sources.gateways = chain->endpoints.gateways;
    Syncer::Options options;
    options.fromBlock = chain->endpoints.registryFromBlock;
    Syncer syncer(store, *registry, sources, options);

    ProgressLine line;
    QEventLoop loop;
    QElapsedTimer stuck;
    QString failure;
    const bool following = p.isSet(follow);
    const auto check = [&] {
        const Syncer::Progress s = syncer.progress();
        line.show(Text::tr("Block %1 of %2 · %3 modules · %4 metadata to fetch")
                      .arg(s.syncedBlock)
                      .arg(std::max(s.headBlock, s.syncedBlock))
                      .arg(s.modules)
                      .arg(s.pendingFetches));
        if (s.problem.isEmpty()) {
            stuck.invalidate();
        } else if (!stuck.isValid()) {
            stuck.start();
        } else if (stuck.elapsed() > kGiveUpAfterMs && !following) {
            failure = s.problem;
            loop.quit();
        }
        if (!following && syncer.isIdle())
            loop.quit();
    };
    QObject::connect(&syncer, &Syncer::progressed, &loop, check);
    if (following) // what changed, as it happens (the progress line alone is lost in a log file)
        QObject::connect(&syncer, &Syncer::replicaChanged, &loop, [&] {
            const Syncer::Progress s = syncer.progress();
            err(Text::tr("Block %1: %n module(s)", nullptr, static_cast<int>(s.modules)).arg(s.syncedBlock));
        });
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &loop, check);
    tick.start(250);
    QObject::connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, &loop, &QEventLoop::quit);
    syncer.start();
    loop.exec();
    syncer.stop();
    line.show(QString());

    const Syncer::Progress s = syncer.progress();
    const ModuleStore::Counts c = store.counts();
    if (!failure.isEmpty()) {
        err(failure);
        err(Text::tr("The replica keeps what it has (through block %1); run \"modreg sync\" again to go on.")
                .arg(s.syncedBlock));
        return 1;
    }
    if (p.isSet(json)) {
        outJson(progressJson(s, store));
        return 0;
    }
    out(Text::tr("Synced through block %1: %n module(s)", nullptr,
                 static_cast<int>(c.verified + c.invalid + c.pending))
            .arg(s.syncedBlock));
    out(Text::tr("  %1 verified, %2 invalid, %3 not fetched yet")
            .arg(c.verified)
            .arg(c.invalid)
            .arg(c.pending));
    if (const qint64 waiting = store.pendingFetchCount(); waiting > 0)
        out(Text::tr("  %n metadata document(s) could not be fetched yet; \"modreg sync\" tries them again.",
                     nullptr, static_cast<int>(waiting)));
    return 0;
}

int runSearchCommand(const QStringList& arguments)
{
    return listOrSearch(arguments, true);
}

int runListCommand(const QStringList& arguments)
{
    return listOrSearch(arguments, false);
}

int runShowCommand(const QStringList& arguments)
{
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption json{QStringLiteral("json"), Text::tr("Print JSON for scripts.")};
    p.addOption(json);
    p.addPositionalArgument(QStringLiteral("key"),
                            Text::tr("The registry key: SS58, Solana, 0x address or public key."));
    if (!p.parse(arguments.mid(1)))
        return err(p.errorText()), 2;
    if (p.isSet(QStringLiteral("help")))
        return out(p.helpText()), 0;
    if (p.positionalArguments().size() != 1)
        return err(Text::tr("Usage: modreg show KEY [--json]")), 2;
    const Result<KeyIdentity::Parsed> key = KeyIdentity::parse(p.positionalArguments().first());
    if (!key)
        return err(key.error()), 2;
    Result<std::unique_ptr<ModuleStore>> store = openReplica();
    if (!store)
        return err(store.error()), 1;
    const std::optional<StoredModule> m = store.value()->module(key->registryKey);
    if (!m)
        return err(Text::tr("The replica has no module under %1. (Run \"modreg sync\" if it is new.)")
                       .arg(p.positionalArguments().first())),
               1;
    const QList<RegistryEvent> history = store.value()->history(m->key);
    const std::optional<ModuleKey::Type> type = ModuleKey::typeForLength(m->key.size());
    const QString typeName = type ? ModuleKey::typeName(*type) : QString();

    if (p.isSet(json)) {
        QJsonArray events;
        for (const RegistryEvent& e : history) {
            QJsonObject o{{QStringLiteral("event"), eventId(e.kind)},
                          {QStringLiteral("block"), static_cast<qint64>(e.block.number)},
                          {QStringLiteral("transaction"), hexText(e.transactionHash)},
                          {QStringLiteral("account"), ethereum::checksummed(e.account)}};
            if (!e.cid.isEmpty())
                o.insert(QStringLiteral("cid"), e.cid);
            events.append(o);
        }
        QJsonObject o{{QStringLiteral("key"), hexText(m->key)},
                      {QStringLiteral("keyText"), KeyIdentity::registryKeyText(m->key)},
                      {QStringLiteral("keyType"), typeName},
                      {QStringLiteral("owner"), ethereum::checksummed(m->owner)},
                      {QStringLiteral("metadataCid"), m->metadataCid},
                      {QStringLiteral("block"), static_cast<qint64>(m->block)},
                      {QStringLiteral("state"), stateId(m->state)},
                      {QStringLiteral("history"), events}};
        if (!m->reason.isEmpty())
            o.insert(QStringLiteral("reason"), m->reason);
        if (m->metadata)
            o.insert(QStringLiteral("metadata"),
                     QJsonDocument::fromJson(m->metadata->documentBytes()).object());
        outJson(o);
        return 0;
    }
    const auto row = [](const QString& label, const QString& value) {
        if (!value.isEmpty())
            out(QStringLiteral("%1 %2").arg(label + QLatin1Char(':'), -13).arg(value));
    };
    row(Text::tr("Key"), QStringLiteral("%1 (%2)").arg(KeyIdentity::registryKeyText(m->key), typeName));
    row(Text::tr("Owner"), ethereum::checksummed(m->owner));
    row(Text::tr("Metadata"), m->metadataCid);
    row(Text::tr("State"),
        m->reason.isEmpty() ? stateText(m->state) : Text::tr("%1: %2").arg(stateText(m->state), m->reason));
    row(Text::tr("Changed in"), Text::tr("block %1").arg(m->block));
    if (const std::optional<ModuleMetadata>& d = m->metadata) {
        row(Text::tr("Name"), d->name);
        row(Text::tr("Version"), d->version);
        row(Text::tr("Author"), d->author);
        row(Text::tr("Description"), d->description);
        row(Text::tr("Content"), d->cid);
        row(Text::tr("Entrypoint"), d->entrypoint);
        if (!d->args.empty())
            row(Text::tr("Args"), QString::fromStdString(d->args.dump()));
        if (!d->custom.empty())
            row(Text::tr("Custom"), QString::fromStdString(d->custom.dump()));
        row(Text::tr("Tags"), d->tags.join(QStringLiteral(", ")));
        row(Text::tr("License"), d->license);
        row(Text::tr("Repository"), d->repository);
        row(Text::tr("Created"), d->created);
    }
    out(Text::tr("History:"));
    for (const RegistryEvent& e : history)
        out(Text::tr("  block %1  %2 %3 by %4")
                .arg(e.block.number)
                .arg(eventText(e.kind), e.cid, ethereum::checksummed(e.account)));
    return 0;
}

} // namespace modreg::cli
