#include "cli/IpfsCommand.h"

#include "cli/Console.h"
#include "cli/CurrentEndpoints.h"
#include "cli/ProgressLine.h"
#include "cli/WaitFor.h"
#include "ipfs/CarFormat.h"
#include "ipfs/IpfsPath.h"
#include "ipfs/IpfsRpcClient.h"
#include "ipfs/UnixfsImporter.h"
#include "ipfs/VerifiedFetcher.h"

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

std::optional<int> cidVersion(const QCommandLineParser& p, const QCommandLineOption& option)
{
    const QString v = p.value(option);
    if (v != QLatin1String("0") && v != QLatin1String("1"))
        return std::nullopt;
    return v.toInt();
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

int runIpfsCommand(const QStringList& arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(Text::tr(
        "IPFS tools.\n\n"
        "  modreg ipfs cid PATH [--cid-version 0|1] [--car FILE] [--json]\n"
        "      the CID that `ipfs add` (default settings) gives a file or folder, computed locally;\n"
        "      with --car, its blocks written to a CAR file as well\n"
        "  modreg ipfs add PATH [--cid-version 0|1] [--no-pin] [--only-hash] [--wrap] [--api URL] [--json]\n"
        "      add a file or folder to the IPFS node (the devnet's, or your own from Settings)\n"
        "  modreg ipfs get CID[/PATH] [-o OUT] [--gateway URL]... [--max-size BYTES] [--json]\n"
        "      fetch a file or folder, checking every block against its CID; from the node, then\n"
        "      the gateways in Settings; with --gateway, from the gateways given only"));
    const QCommandLineOption version(QStringLiteral("cid-version"),
                                     Text::tr("0 (default, as ipfs add) or 1 (raw leaves)."),
                                     QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption noPin(QStringLiteral("no-pin"), Text::tr("Add without pinning."));
    const QCommandLineOption onlyHash(QStringLiteral("only-hash"),
                                      Text::tr("Let the node compute the CID without storing anything."));
    const QCommandLineOption wrap(QStringLiteral("wrap"),
                                  Text::tr("Wrap the file in a folder (wrap-with-directory)."));
    const QCommandLineOption api(QStringLiteral("api"),
                                 Text::tr("The IPFS node's RPC API to use instead of the current one."),
                                 QStringLiteral("url"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Text::tr("Where to save (default: the CID or the path's last name)."),
                                    QStringLiteral("path"));
    const QCommandLineOption gateway(QStringLiteral("gateway"),
                                     Text::tr("A trustless gateway to fetch from (repeatable)."),
                                     QStringLiteral("url"));
    const QCommandLineOption maxSize(QStringLiteral("max-size"),
                                     Text::tr("Stop after downloading this many bytes."),
                                     QStringLiteral("bytes"));
    const QCommandLineOption carOption(
        QStringLiteral("car"), Text::tr("Also write every block to this CAR file."), QStringLiteral("file"));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON for scripts."));
    p.addOptions({carOption, version, noPin, onlyHash, wrap, api, output, gateway, maxSize, json});
    p.addHelpOption();
    if (!p.parse(arguments)) {
        err(p.errorText());
        return 2;
    }
    const QStringList rest = p.positionalArguments(); // "ipfs", action, argument
    if (p.isSet(QStringLiteral("help")) || rest.size() < 2) {
        out(p.helpText());
        return rest.size() < 2 && !p.isSet(QStringLiteral("help")) ? 2 : 0;
    }
    const QString action = rest[1];
    if (action != QLatin1String("cid") && action != QLatin1String("add") && action != QLatin1String("get"))
        return err(Text::tr("Unknown ipfs action \"%1\". Use: modreg ipfs cid|add|get").arg(action)), 2;
    if (rest.size() < 3)
        return err(action == QLatin1String("get")
                       ? Text::tr("Name the CID: modreg ipfs get CID[/PATH]")
                       : Text::tr("Name the file or folder: modreg ipfs %1 PATH").arg(action)),
               2;
    const std::optional<int> v = cidVersion(p, version);
    if (!v)
        return err(Text::tr("--cid-version takes 0 or 1.")), 2;
    if (action == QLatin1String("cid"))
        return cid(rest[2], *v, p.value(carOption), p.isSet(json));

    QUrl apiUrl;
    QList<QUrl> gateways;
    if (p.isSet(api) && (apiUrl = parseUrl(p.value(api))).isEmpty())
        return err(Text::tr("--api needs an http:// or https:// address.")), 2;
    for (const QString& g : p.values(gateway)) {
        const QUrl url = parseUrl(g);
        if (url.isEmpty())
            return err(Text::tr("The gateway \"%1\" is not an http:// or https:// address.").arg(g)), 2;
        gateways << url;
    }
    // The current nodes are needed unless the command line names every source itself.
    const bool needCurrent =
        action == QLatin1String("add") ? apiUrl.isEmpty() : gateways.isEmpty() && apiUrl.isEmpty();
    if (needCurrent) {
        const Result<Endpoints> endpoints = currentEndpoints();
        if (!endpoints)
            return err(endpoints.error()), 1;
        apiUrl = endpoints->ipfsApi;
        if (action == QLatin1String("get"))
            gateways = endpoints->gateways;
    }

    if (action == QLatin1String("add")) {
        IpfsAddOptions options;
        options.cidVersion = *v;
        options.pin = !p.isSet(noPin);
        options.wrapWithDirectory = p.isSet(wrap);
        options.onlyHash = p.isSet(onlyHash);
        return add(rest[2], options, apiUrl, p.isSet(json));
    }

    const Result<IpfsPath> path = IpfsPath::parse(rest[2]);
    if (!path)
        return err(path.error()), 2;
    VerifiedFetcher::Options options;
    options.rpcApi = apiUrl;
    options.gateways = gateways;
    if (p.isSet(maxSize)) {
        bool ok = false;
        options.maxBytes = p.value(maxSize).toLongLong(&ok);
        if (!ok || options.maxBytes < 0)
            return err(Text::tr("--max-size takes a number of bytes.")), 2;
    }
    const QString destination = p.isSet(output) ? p.value(output) : path->defaultFileName();
    return get(path.value(), destination, options, p.isSet(json));
}

} // namespace modreg::cli
