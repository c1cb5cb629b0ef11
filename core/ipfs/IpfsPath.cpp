#include "ipfs/IpfsPath.h"

#include <algorithm>

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
    for (const QString& part : parts) {
        if (part == QLatin1String(".") || part == QLatin1String(".."))
            return Result<IpfsPath>::failure(tr("A path inside a CID cannot contain \".\" or \"..\"."));
        // A name with a line break or another control character is no file name anyone typed.
        if (std::any_of(part.cbegin(), part.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
            return Result<IpfsPath>::failure(tr("A path inside a CID cannot contain control characters."));
    }
    return IpfsPath{cid.value(), parts};
}

QString IpfsPath::toString() const
{
    QStringList all{root.toString()};
    all += segments;
    QString text = all.join(QLatin1Char('/'));
    // parse() trims what it reads: a last name ending in a space keeps it behind a final '/'.
    if (!segments.isEmpty() && !segments.last().isEmpty() && segments.last().back().isSpace())
        text += QLatin1Char('/');
    return text;
}

QString IpfsPath::defaultFileName() const
{
    return segments.isEmpty() ? root.toString() : segments.last();
}

} // namespace modreg
