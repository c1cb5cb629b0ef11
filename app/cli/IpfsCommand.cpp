#include "cli/IpfsCommand.h"

#include "cli/Console.h"
#include "ipfs/UnixfsImporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

namespace modreg::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(modreg::cli::IpfsCommand)
};
} // namespace

int runIpfsCommand(const QStringList& arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Text::tr("IPFS tools.\n\n  modreg ipfs cid PATH [--cid-version 0|1] [--json]\n"
                 "      the CID that `ipfs add` (default settings) gives a file or folder, "
                 "computed locally"));
    const QCommandLineOption version(QStringLiteral("cid-version"),
                                     Text::tr("0 (default, as ipfs add) or 1 (raw leaves)."),
                                     QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON for scripts."));
    p.addOptions({version, json});
    p.addHelpOption();
    if (!p.parse(arguments)) {
        err(p.errorText());
        return 2;
    }
    const QStringList rest = p.positionalArguments(); // "ipfs", action, path
    if (p.isSet(QStringLiteral("help")) || rest.size() < 2) {
        out(p.helpText());
        return rest.size() < 2 && !p.isSet(QStringLiteral("help")) ? 2 : 0;
    }
    if (rest[1] != QLatin1String("cid")) {
        err(Text::tr("Unknown ipfs action \"%1\". Use: modreg ipfs cid PATH").arg(rest[1]));
        return 2;
    }
    if (rest.size() < 3)
        return err(Text::tr("Name the file or folder: modreg ipfs cid PATH")), 2;
    const QString v = p.value(version);
    if (v != QLatin1String("0") && v != QLatin1String("1"))
        return err(Text::tr("--cid-version takes 0 or 1.")), 2;
    UnixfsImporter importer(UnixfsImporter::Options::forVersion(v.toInt()));
    const Result<UnixfsImporter::Node> node = importer.addPath(rest[2]);
    if (!node)
        return err(node.error()), 1;
    if (p.isSet(json))
        outJson(QJsonObject{{QStringLiteral("cid"), node->cid.toString()},
                            {QStringLiteral("size"), static_cast<qint64>(node->fileSize)},
                            {QStringLiteral("dagSize"), static_cast<qint64>(node->tsize)}});
    else
        out(node->cid.toString());
    return 0;
}

} // namespace modreg::cli
