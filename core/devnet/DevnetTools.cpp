#include "devnet/DevnetTools.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace modreg {

namespace {

const QString kAnvil = QStringLiteral("node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil");
const QString kIpfsCli = QStringLiteral("node_modules/ipfs/src/cli.js");
} // namespace

QStringList DevnetTools::searchDirs(const QString& buildTreeDir)
{
    QStringList dirs;
    const QString fromEnv = qEnvironmentVariable("MODREG_DEVNET_TOOLS");
    if (!fromEnv.isEmpty())
        dirs << fromEnv;
    if (!buildTreeDir.isEmpty())
        dirs << buildTreeDir;
    // An installed package puts the devnet tools in <prefix>/lib/modreg/devnet.
    dirs << QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../lib/modreg/devnet"));
    dirs.removeDuplicates();
    return dirs;
}

Result<DevnetTools> DevnetTools::locate(const QString& buildTreeDir)
{
    const QStringList dirs = searchDirs(buildTreeDir);
    const QString fix =
        tr("Run scripts/setup in the Modreg source folder to install it, or switch Settings to your own IPFS "
           "node and chain.");
    DevnetTools tools;
    tools.node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (tools.node.isEmpty())
        return Result<DevnetTools>::failure(
            tr("The local devnet needs Node.js (the program \"node\"), and it is not on the PATH. %1")
                .arg(fix));
    for (const QString& dir : dirs) {
        const QFileInfo anvil(dir + QLatin1Char('/') + kAnvil);
        const QFileInfo ipfs(dir + QLatin1Char('/') + kIpfsCli);
        if (anvil.isExecutable() && ipfs.isFile()) {
            tools.anvil = anvil.absoluteFilePath();
            tools.ipfsCli = ipfs.absoluteFilePath();
            return tools;
        }
    }
    return Result<DevnetTools>::failure(
        tr("The local devnet needs anvil and js-ipfs, and they are not installed in any of: %1. %2")
            .arg(dirs.join(QStringLiteral(", ")), fix));
}

} // namespace modreg
