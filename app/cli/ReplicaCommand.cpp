#include "chain/AccountScheme.h"
#include "cli/Commands.h"
#include "cli/Console.h"
#include "cli/ProgressLine.h"
#include "cli/Session.h"
#include "crypto/HexText.h"
#include "keys/KeyIdentity.h"
#include "keys/Keystore.h"
#include "registry/Syncer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    const Result<QString> location = Services::configuredReplicaLocation();
    if (!location)
        return R::failure(location.error());
    const QString path = ModuleStore::pathFor(location.value());
    if (!QFileInfo::exists(path))
        return R::failure(
            Text::tr("There is no local replica of the registry yet. Run \"modreg sync\" first."));
    return openStore(path);
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
            {QStringLiteral("state"), StoredModule::stateId(h.state)}};
}

void printHits(const QList<SearchHit>& hits)
{
    for (const SearchHit& h : hits) {
        const QString name = h.name.isEmpty() ? Text::tr("(no name)") : h.name;
        out(Text::tr("%1 %2  by %3  [%4]")
                .arg(name, h.version, h.author.isEmpty() ? Text::tr("unknown") : h.author,
                     StoredModule::stateText(h.state)));
        out(QStringLiteral("    ") + KeyIdentity::registryKeyText(h.key));
        if (!h.snippet.isEmpty())
            out(QStringLiteral("    ") + highlighted(h.snippet, false));
    }
}

struct FilterOptions
{
    QCommandLineOption author{QStringLiteral("author"), Text::tr("Only modules by this author."),
                              QStringLiteral("name")};
    QCommandLineOption tag{QStringLiteral("tag"), Text::tr("Only modules with this tag."),
                           QStringLiteral("tag")};
    QCommandLineOption keyType{QStringLiteral("key-type"),
                               Text::tr("Only modules under this kind of key: ed25519, ethereum-address or "
                                        "secp256k1."),
                               QStringLiteral("type")};
    QCommandLineOption verified{QStringLiteral("verified"),
                                Text::tr("Only modules whose metadata is fetched and verified.")};
    QCommandLineOption since{QStringLiteral("since-block"),
                             Text::tr("Only modules changed in or after this block."), QStringLiteral("n")};
    QCommandLineOption limit{QStringLiteral("limit"),
                             Text::tr("At most this many results (search: 20, list: 1000)."),
                             QStringLiteral("n")};
};

const FilterOptions& filterOptions()
{
    static const FilterOptions o;
    return o;
}

int listOrSearch(const Invocation& p, bool search)
{
    const FilterOptions& o = filterOptions();
    SearchQuery query;
    query.text = p.args().join(QLatin1Char(' '));
    if (search && query.text.trimmed().isEmpty())
        return p.usage();
    if (!search && !query.text.isEmpty())
        return err(Text::tr("modreg list takes no words; to find modules use modreg search WORDS.")), 2;
    query.author = p.value(o.author);
    query.tag = p.value(o.tag);
    if (p.isSet(o.keyType)) {
        query.keyType = ModuleKey::typeNamed(p.value(o.keyType));
        if (!query.keyType)
            return err(Text::tr("--key-type is ed25519, ethereum-address or secp256k1, not \"%1\".")
                           .arg(p.value(o.keyType))),
                   2;
    }
    query.verifiedOnly = p.isSet(o.verified);
    bool ok = true;
    if (p.isSet(o.since))
        query.updatedSinceBlock = p.value(o.since).toULongLong(&ok);
    query.limit = search ? 20 : 1000;
    if (ok && p.isSet(o.limit))
        query.limit = p.value(o.limit).toInt(&ok);
    if (!ok || query.limit <= 0)
        return err(Text::tr("--since-block and --limit take a positive whole number.")), 2;

    Result<std::unique_ptr<ModuleStore>> store = openReplica();
    if (!store)
        return err(store.error()), 1;
    const Result<SearchResults> results = store.value()->search(query);
    if (!results)
        return err(results.error()), 1;
    const QList<SearchHit>& hits = results.value().hits;
    if (p.json()) {
        QJsonArray array;
        for (const SearchHit& h : hits)
            array.append(hitJson(h));
        if (!search) { // list: the modules, by name
            outJson(array);
            return 0;
        }
        outJson(QJsonObject{{QStringLiteral("matches"), results.value().matches},
                            {QStringLiteral("matchesExact"), results.value().matchesExact},
                            {QStringLiteral("hits"), array}});
        return 0;
    }
    if (hits.isEmpty()) {
        out(search ? Text::tr("No module matches \"%1\".").arg(query.text)
                   : Text::tr(
                         "The replica holds no modules (yet). Run \"modreg sync\" to bring it up to date."));
        return 0;
    }
    if (search)
        out(results.value().matchesExact
                ? Text::tr("%Ln module(s) match; the best first:", nullptr, int(results.value().matches))
                : Text::tr("About %1 modules match; the best first:")
                      .arg(QLocale().toString(results.value().matches)));
    printHits(hits);
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

const QCommandLineOption& followOption()
{
    static const QCommandLineOption follow{QStringLiteral("follow"),
                                           Text::tr("Keep following new blocks until interrupted (Ctrl+C).")};
    return follow;
}

const QCommandLineOption& pageBlocksOption()
{
    static const QCommandLineOption pageBlocks{
        QStringLiteral("page-blocks"),
        Text::tr("Blocks per event request (default 2000); lower it for a node that limits log queries."),
        QStringLiteral("n"), QStringLiteral("2000")};
    return pageBlocks;
}

int sync(const Invocation& p)
{
    bool ok = false;
    Services::Options options;
    options.eventPageBlocks = p.value(pageBlocksOption()).toULongLong(&ok);
    if (!ok || options.eventPageBlocks == 0)
        return err(Text::tr("--page-blocks takes a positive whole number.")), 2;
    Result<std::unique_ptr<Session>> session = Session::open(true, options);
    if (!session)
        return err(session.error()), 1;
    Services& services = session.value()->services();
    Result<std::unique_ptr<ModuleStore>> opened =
        openStore(ModuleStore::pathFor(services.registry()->location()));
    if (!opened)
        return err(opened.error()), 1;
    ModuleStore& store = *opened.value();
    const std::unique_ptr<Syncer> syncing = services.syncerFor(store);
    Syncer& syncer = *syncing;

    ProgressLine line;
    QEventLoop loop;
    QElapsedTimer stuck;
    QString failure;
    const bool following = p.isSet(followOption());
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
    if (p.json()) {
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

int show(const Invocation& p)
{
    const Result<KeyIdentity::Parsed> key = KeyIdentity::parse(p.args().first());
    if (!key)
        return err(key.error()), 2;
    Result<std::unique_ptr<ModuleStore>> store = openReplica();
    if (!store)
        return err(store.error()), 1;
    const std::optional<StoredModule> m = store.value()->module(key->registryKey);
    if (!m)
        return err(Text::tr("The replica has no module under %1. (Run \"modreg sync\" if it is new.)")
                       .arg(p.args().first())),
               1;
    const QList<RegistryEvent> history = store.value()->history(m->key);
    const std::optional<ModuleKey::Type> type = ModuleKey::typeForLength(m->key.size());
    const QString typeName = type ? ModuleKey::typeName(*type) : QString();

    const AccountScheme& accounts = Services::accountsOf(Endpoints{});
    if (p.json()) {
        QJsonArray events;
        for (const RegistryEvent& e : history) {
            QJsonObject o{{QStringLiteral("event"), RegistryEvent::kindId(e.kind)},
                          {QStringLiteral("block"), static_cast<qint64>(e.block.number)},
                          {QStringLiteral("transaction"), hexText(e.transactionHash)},
                          {QStringLiteral("account"), accounts.text(e.account)}};
            if (!e.cid.isEmpty())
                o.insert(QStringLiteral("cid"), e.cid);
            events.append(o);
        }
        QJsonObject o{{QStringLiteral("key"), hexText(m->key)},
                      {QStringLiteral("keyText"), KeyIdentity::registryKeyText(m->key)},
                      {QStringLiteral("keyType"), typeName},
                      {QStringLiteral("owner"), accounts.text(m->owner)},
                      {QStringLiteral("metadataCid"), m->metadataCid},
                      {QStringLiteral("block"), static_cast<qint64>(m->block)},
                      {QStringLiteral("state"), StoredModule::stateId(m->state)},
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
    row(Text::tr("Owner"), accounts.text(m->owner));
    row(Text::tr("Metadata"), m->metadataCid);
    row(Text::tr("State"), m->reason.isEmpty()
                               ? StoredModule::stateText(m->state)
                               : Text::tr("%1: %2").arg(StoredModule::stateText(m->state), m->reason));
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
                .arg(RegistryEvent::kindText(e.kind), e.cid, accounts.text(e.account)));
    return 0;
}

} // namespace

QList<Command> replicaCommands()
{
    const FilterOptions& o = filterOptions();
    Command syncing;
    syncing.name = QStringLiteral("sync");
    syncing.summary = Text::tr("Bring the local replica of the registry up to date.");
    syncing.description =
        Text::tr("Reads the registry's events from the chain node and fetches each metadata "
                 "document, every block checked against its CID; a document that is wrong "
                 "is kept as invalid with the reason.");
    syncing.shared = Command::Json;
    syncing.options = {followOption(), pageBlocksOption()};
    syncing.run = sync;

    Command searching;
    searching.name = QStringLiteral("search");
    searching.arguments = QStringLiteral("WORDS…");
    searching.summary = Text::tr("Search the replica (offline), best matches first.");
    searching.description = Text::tr("The last word may be the start of a word; \"quote\" a phrase.");
    searching.shared = Command::Json;
    searching.options = {o.author, o.tag, o.keyType, o.verified, o.since, o.limit};
    searching.minArgs = 1;
    searching.maxArgs = -1;
    searching.run = [](const Invocation& call) { return listOrSearch(call, true); };

    Command listing = searching;
    listing.name = QStringLiteral("list");
    listing.arguments.clear();
    listing.summary = Text::tr("Every module in the replica, by name.");
    listing.description.clear();
    listing.minArgs = 0;
    listing.run = [](const Invocation& call) { return listOrSearch(call, false); };

    Command showing;
    showing.name = QStringLiteral("show");
    showing.arguments = QStringLiteral("KEY");
    showing.summary = Text::tr("A module's metadata, state and history, from the replica.");
    showing.description = Text::tr("KEY is the registry key: SS58, Solana, 0x address or public key.");
    showing.shared = Command::Json;
    showing.minArgs = showing.maxArgs = 1;
    showing.run = show;
    return {syncing, searching, listing, showing};
}

} // namespace modreg::cli
