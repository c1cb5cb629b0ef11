#pragma once

#include "Result.h"
#include "ipfs/Cid.h"

#include <QCoreApplication>
#include <QStringList>

namespace modreg {

// "bafy…", "bafy…/docs/readme.md" or "/ipfs/bafy…/docs/readme.md": a CID and a path inside it.
struct IpfsPath
{
    Q_DECLARE_TR_FUNCTIONS(modreg::IpfsPath)

public:
    Cid root;
    QStringList segments;

    static Result<IpfsPath> parse(const QString& text);
    QString toString() const;
    // The name a download of it gets by default: the last segment, or the CID.
    QString defaultFileName() const;
};

} // namespace modreg
