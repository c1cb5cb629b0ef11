#include "cli/Commands.h"

#include "cli/Console.h"
#include "cli/ProgressLine.h"
#include "cli/WaitFor.h"
#include "ipfs/CarFormat.h"
#include "ipfs/IpfsPath.h"
#include "ipfs/IpfsRpcClient.h"
#include "ipfs/UnixfsImporter.h"
#include "ipfs/VerifiedFetcher.h"
#include "services/Services.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <cstdio>
#include <unistd.h>

namespace modreg::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(modreg::cli::IpfsCommand)
};

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

// With `carPath`, every block also goes into a CAR v1 file, ready for `ipfs dag import` or any
// pinning service. The root is known only at the end, so the header starts with a placeholder of the
// same length and is rewritten; a failed import leaves no file.
int cid(const QString& path, int version, const QString& carPath, bool json)
{
    QSaveFile carFile(carPath);
    std::optional<car::Writer> writer;
    Status written = success();
    if (!carPath.isEmpty()) {
        if (!carFile.open(QIODevice::WriteOnly))
            return err(Text::tr("Could not create %1: %2").arg(carPath, carFile.errorString())), 1;
        writer.emplace(carFile);
        const QByteArray zeros(32, '\0');
        written = writer->writeHeader(
            {version == 0 ? Cid::v0(zeros) : Cid::v1(Cid::Codec::DagPb, Cid::Hash::Sha2_256, zeros)});
    }
    UnixfsImporter importer(UnixfsImporter::Options::forVersion(version),
                            [&](const Cid& cid, const QByteArray& block) {
                                if (writer && written)
                                    written = writer->writeBlock(cid, block);
                            });
    const Result<UnixfsImporter::Node> node = importer.addPath(path);
    if (!node)
        return err(node.error()), 1;
    if (writer && written)
        written = writer->replaceRoots({node->cid});
    if (writer && (!written || !carFile.commit()))
        return err(written ? Text::tr("Could not write %1: %2").arg(carPath, carFile.errorString())
                           : written.error()),
               1;
    if (json)
        outJson(QJsonObject{{QStringLiteral("cid"), node->cid.toString()},
                            {QStringLiteral("size"), static_cast<qint64>(node->fileSize)},
                            {QStringLiteral("dagSize"), static_cast<qint64>(node->tsize)}});
    else
        out(node->cid.toString());
    return 0;
}

int add(const QString& path, const IpfsAddOptions& options, const QUrl& api, bool json)
{
    IpfsRpcClient client(api);
    client.setTimeout(std::chrono::seconds(60)); // an idle limit: large uploads keep it alive
    ProgressLine progress;
    const auto result = waitFor<Result<IpfsAdded>>([&](auto done) {
        client.add(
            path, options,
            [&](qint64 sent, qint64 total) {
                progress.show(Text::tr("Sent %1 of %2").arg(size(sent), size(total)));
            },
            done);
    });
    if (!result)
        return err(Text::tr("Could not add %1: %2").arg(QDir::toNativeSeparators(path), result.error())), 1;
    if (json)
        outJson(QJsonObject{{QStringLiteral("cid"), result->root.toString()},
                            {QStringLiteral("pinned"), options.pin},
                            {QStringLiteral("node"), api.toString()}});
    else
        out(result->root.toString());
    return 0;
}

int get(const IpfsPath& path, const QString& destination, VerifiedFetcher::Options options, bool json)
{
    VerifiedFetcher fetcher(std::move(options));
    ProgressLine progress;
    QObject::connect(&fetcher, &VerifiedFetcher::progress, [&](qint64 written, qint64 total) {
        progress.show(total >= 0 ? Text::tr("Received %1 of %2").arg(size(written), size(total))
                                 : Text::tr("Received %1").arg(size(written)));
    });
    QObject::connect(&fetcher, &VerifiedFetcher::sourceFailed, [](const QString& source, const QString& why) {
        err(Text::tr("%1 failed: %2 Trying the next source.").arg(source, why));
    });
    const auto result = waitFor<Result<VerifiedFetcher::Report>>(
        [&](auto done) { fetcher.fetchToDisk(path, destination, done); });
    if (!result)
        return err(Text::tr("Could not fetch %1: %2").arg(path.toString(), result.error())), 1;
    if (json)
        outJson(QJsonObject{{QStringLiteral("path"), QFileInfo(destination).absoluteFilePath()},
                            {QStringLiteral("source"), result->source},
                            {QStringLiteral("bytesFetched"), result->bytesFetched},
                            {QStringLiteral("failures"), QJsonArray::fromStringList(result->failures)}});
    else
        out(Text::tr("Saved %1 to %2 (every block checked, from %3).")
                .arg(path.toString(), QDir::toNativeSeparators(destination), result->source));
    return 0;
}

QUrl parseUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    return Endpoints::isHttpUrl(url) ? url : QUrl();
}

} // namespace

namespace {
struct Options
{
    QCommandLineOption version{QStringLiteral("cid-version"), Text::tr("0 (default, as ipfs add) or 1 (raw leaves)."),
                               QStringLiteral("n"), QStringLiteral("0")};
    QCommandLineOption noPin{QStringLiteral("no-pin"), Text::tr("Add without pinning.")};
    QCommandLineOption onlyHash{QStringLiteral("only-hash"),
                                Text::tr("Let the node compute the CID without storing anything.")};
    QCommandLineOption wrap{QStringLiteral("wrap"), Text::tr("Wrap the file in a folder (wrap-with-directory).")};
    QCommandLineOption api{QStringLiteral("api"), Text::tr("The IPFS node's RPC API to use instead of the current one."),
                           QStringLiteral("url")};
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
                              Text::tr("Where to save (default: the CID or the path's last name)."),
                              QStringLiteral("path")};
    QCommandLineOption gateway{QStringLiteral("gateway"), Text::tr("A trustless gateway to fetch from (repeatable)."),
                               QStringLiteral("url")};
    QCommandLineOption maxSize{QStringLiteral("max-size"), Text::tr("Stop after downloading this many bytes."),
                               QStringLiteral("bytes")};
    QCommandLineOption car{QStringLiteral("car"), Text::tr("Also write every block to this CAR file."),
                           QStringLiteral("file")};
};

const Options& options()
{
    static const Options o;
    return o;
}

// --api and --gateway, and the current nodes for what they leave out; nullopt after a complaint
// (`exitCode` says which).
struct Sources
{
    QUrl api;
    QList<QUrl> gateways;
};

std::optional<Sources> sourcesOf(const Invocation& call, bool needGateways, int& exitCode)
{
    const Options& o = options();
    Sources sources;
    exitCode = 2;
    if (call.isSet(o.api) && (sources.api = parseUrl(call.value(o.api))).isEmpty())
        return err(Text::tr("--api needs an http:// or https:// address.")), std::nullopt;
    for (const QString& g : call.values(o.gateway)) {
        const QUrl url = parseUrl(g);
        if (url.isEmpty())
            return err(Text::tr("The gateway \"%1\" is not an http:// or https:// address.").arg(g)), std::nullopt;
        sources.gateways << url;
    }
    // The current nodes are needed unless the command line names every source itself.
    if (sources.api.isEmpty() && (!needGateways || sources.gateways.isEmpty())) {
        const Result<Endpoints> endpoints = Services::configuredEndpoints();
        exitCode = 1;
        if (!endpoints)
            return err(endpoints.error()), std::nullopt;
        sources.api = endpoints->ipfsApi;
        if (needGateways)
            sources.gateways = endpoints->gateways;
    }
    return sources;
}

std::optional<int> cidVersionOf(const Invocation& call)
{
    const QString v = call.value(options().version);
    if (v != QLatin1String("0") && v != QLatin1String("1"))
        return err(Text::tr("--cid-version takes 0 or 1.")), std::nullopt;
    return v.toInt();
}
} // namespace

QList<Command> ipfsCommands()
{
    const Options& o = options();
    Command cidCommand;
    cidCommand.name = QStringLiteral("ipfs cid");
    cidCommand.arguments = QStringLiteral("PATH");
    cidCommand.summary = Text::tr("The CID ipfs add (default settings) gives a file or folder, computed locally.");
    cidCommand.description = Text::tr("With --car, its blocks are written to a CAR file as well.");
    cidCommand.shared = Command::Json;
    cidCommand.options = {o.version, o.car};
    cidCommand.minArgs = cidCommand.maxArgs = 1;
    cidCommand.run = [](const Invocation& call) {
        const std::optional<int> v = cidVersionOf(call);
        return v ? cid(call.args()[0], *v, call.value(options().car), call.json()) : 2;
    };

    Command addCommand;
    addCommand.name = QStringLiteral("ipfs add");
    addCommand.arguments = QStringLiteral("PATH");
    addCommand.summary = Text::tr("Add a file or folder to the IPFS node (the devnet's, or your own from Settings).");
    addCommand.shared = Command::Json;
    addCommand.options = {o.version, o.noPin, o.onlyHash, o.wrap, o.api};
    addCommand.minArgs = addCommand.maxArgs = 1;
    addCommand.run = [](const Invocation& call) {
        const Options& opt = options();
        const std::optional<int> v = cidVersionOf(call);
        if (!v)
            return 2;
        int failed = 0;
        const std::optional<Sources> sources = sourcesOf(call, false, failed);
        if (!sources)
            return failed;
        IpfsAddOptions add;
        add.cidVersion = *v;
        add.pin = !call.isSet(opt.noPin);
        add.wrapWithDirectory = call.isSet(opt.wrap);
        add.onlyHash = call.isSet(opt.onlyHash);
        return cli::add(call.args()[0], add, sources->api, call.json());
    };

    Command getCommand;
    getCommand.name = QStringLiteral("ipfs get");
    getCommand.arguments = QStringLiteral("CID[/PATH]");
    getCommand.summary = Text::tr("Fetch a file or folder, every block checked against its CID.");
    getCommand.description = Text::tr("From the IPFS node, then the gateways in Settings; with --gateway, from "
                                      "the gateways given only.");
    getCommand.shared = Command::Json;
    getCommand.options = {o.output, o.gateway, o.maxSize, o.api};
    getCommand.minArgs = getCommand.maxArgs = 1;
    getCommand.run = [](const Invocation& call) {
        const Options& opt = options();
        const Result<IpfsPath> path = IpfsPath::parse(call.args()[0]);
        if (!path)
            return err(path.error()), 2;
        VerifiedFetcher::Options fetch;
        if (call.isSet(opt.maxSize)) {
            bool ok = false;
            fetch.maxBytes = call.value(opt.maxSize).toLongLong(&ok);
            if (!ok || fetch.maxBytes < 0)
                return err(Text::tr("--max-size takes a number of bytes.")), 2;
        }
        int failed = 0;
        const std::optional<Sources> sources = sourcesOf(call, true, failed);
        if (!sources)
            return failed;
        fetch.rpcApi = sources->api;
        fetch.gateways = sources->gateways;
        const QString destination = call.isSet(opt.output) ? call.value(opt.output) : path->defaultFileName();
        return get(path.value(), destination, fetch, call.json());
    };
    return {cidCommand, addCommand, getCommand};
}

} // namespace modreg::cli
