#include "ipfs/IpfsPath.h"

namespace modreg {

Result<IpfsPath> IpfsPath::parse(const QString& text)
{
    QString rest = text.trimmed();
    if (rest.startsWith(QLatin1String("/ipfs/")))
        rest = rest.mid(6);
    else if (rest.startsWith(QLatin1String("ipfs://")))
        rest = rest.mid(7);
    QStringList parts = rest.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return Result<IpfsPath>::failure(tr("No CID given."));
    Result<Cid> cid = Cid::parse(parts.takeFirst());
    if (!cid)
        return Result<IpfsPath>::failure(cid.error());
    for (const QString& part : parts)
        if (part == QLatin1String(".") || part == QLatin1String(".."))
            return Result<IpfsPath>::failure(tr("A path inside a CID cannot contain \".\" or \"..\"."));
    return IpfsPath{cid.value(), parts};
}

QString IpfsPath::toString() const
{
    QStringList all{root.toString()};
    all += segments;
    return all.join(QLatin1Char('/'));
}

QString IpfsPath::defaultFileName() const
{
    return segments.isEmpty() ? root.toString() : segments.last();
}

} // namespace modreg
