// modreg: the command-line face of the same core the desktop app uses. Wiring only.
#include "BuildInfo.h"
#include "cli/ChainCommand.h"
#include "cli/DevnetCommand.h"
#include "cli/IpfsCommand.h"
#include "cli/KeysCommand.h"
#include "cli/PublishCommand.h"
#include "cli/ReplicaCommand.h"
#include "i18n/Translations.h"
#include "platform/QuitOnSignals.h"
#include "settings/AppPaths.h"

#include <QCoreApplication>
#include <cstdio>

namespace {
void printUsage()
{
    std::fputs(
        qPrintable(QCoreApplication::translate(
            "modreg::cli",
            "Usage: modreg <command> [options]\n\n"
            "Commands:\n"
            "  devnet up [--detach] [--json]   start the local devnet (chain + IPFS node)\n"
            "  devnet down                     stop it\n"
            "  devnet status [--json]          show whether it runs and answers\n"
            "  keys new|import|list|export|sign|verify\n"
            "                                  manage the encrypted keystore ('modreg keys --help')\n"
            "  ipfs cid PATH [--cid-version 0|1]   the CID ipfs add would give, computed locally\n"
            "  ipfs add PATH                   add a file or folder to the IPFS node\n"
            "  ipfs get CID[/PATH] [-o OUT]    fetch it, every block checked against its CID\n"
            "  publish FOLDER --key NAME [--metadata FILE] [--account NAME] [--json]\n"
            "                                  publish a module: content and signed metadata to IPFS,\n"
            "                                  key → metadata on chain (again after a failure: finishes)\n"
            "  remove KEY --account NAME       take a module out of the registry (owner only)\n"
            "  transfer KEY NEW_OWNER --account NAME   hand a module to another account\n"
            "  chain info [--json]             the chain node, its head and the registry contract\n"
            "  registry get KEY                what the registry holds for a module key\n"
            "  registry register|update KEY CID --account NAME\n"
            "  registry remove KEY --account NAME\n"
            "  registry transfer KEY NEW_OWNER --account NAME\n"
            "                                  change the registry, signed by a keystore key\n"
            "  sync [--follow] [--json]        bring the local replica of the registry up to date\n"
            "  search WORDS [--author NAME] [--tag TAG] [--key-type TYPE] [--verified] [--json]\n"
            "                                  search the replica (offline), best matches first\n"
            "  list [--verified] [--json]      every module in the replica, by name\n"
            "  show KEY [--json]               a module's metadata, state and history, from the replica\n\n"
            "Options:\n"
            "  --version                       print the version\n"
            "  --help                          print this help; 'modreg <command> --help' for more\n")),
        stdout);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    modreg::AppPaths::initialize();
    QCoreApplication::setApplicationVersion(QLatin1String(modreg::build::version));
    modreg::installTranslations(app);
    modreg::quitOnTerminationSignals();

    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command == QLatin1String("--version")) {
        std::printf("modreg %s\n", modreg::build::version);
        return 0;
    }
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("help")) {
        printUsage();
        return command.isEmpty() ? 2 : 0;
    }
    if (command == QLatin1String("devnet"))
        return modreg::cli::runDevnetCommand(args);
    if (command == QLatin1String("keys"))
        return modreg::cli::runKeysCommand(args);
    if (command == QLatin1String("ipfs"))
        return modreg::cli::runIpfsCommand(args);
    if (command == QLatin1String("chain"))
        return modreg::cli::runChainCommand(args);
    if (command == QLatin1String("registry"))
        return modreg::cli::runRegistryCommand(args);
    if (command == QLatin1String("publish"))
        return modreg::cli::runPublishCommand(args);
    if (command == QLatin1String("remove"))
        return modreg::cli::runRemoveCommand(args);
    if (command == QLatin1String("transfer"))
        return modreg::cli::runTransferCommand(args);
    if (command == QLatin1String("sync"))
        return modreg::cli::runSyncCommand(args);
    if (command == QLatin1String("search"))
        return modreg::cli::runSearchCommand(args);
    if (command == QLatin1String("list"))
        return modreg::cli::runListCommand(args);
    if (command == QLatin1String("show"))
        return modreg::cli::runShowCommand(args);
    std::fputs(
        qPrintable(QCoreApplication::translate("modreg::cli", "Unknown command \"%1\".\n").arg(command)),
        stderr);
    printUsage();
    return 2;
}
