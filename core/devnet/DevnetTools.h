#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace modreg {

// The programs the devnet runs, installed by scripts/setup from the pinned package.json:
// anvil's native binary, Node.js, and the js-ipfs command-line entry point.
struct DevnetTools
{
    Q_DECLARE_TR_FUNCTIONS(DevnetTools)

public:
    QString anvil;
    QString node;
    QString ipfsCli;

    // Looks in $MODREG_DEVNET_TOOLS, then `buildTreeDir` (the source tree of a development
    // build), then next to an installed binary. The failure names what is missing, where it
    // looked and the command that installs it.
    static Result<DevnetTools> locate(const QString& buildTreeDir);
    static QStringList searchDirs(const QString& buildTreeDir);
};

} // namespace modreg
