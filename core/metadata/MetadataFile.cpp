#include "metadata/MetadataFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace modreg {

QString MetadataFile::inFolder(const QString& folder)
{
    const QString path = QDir(folder).filePath(QLatin1String(kFileName));
    return QFileInfo(folder).isDir() && QFileInfo::exists(path) ? path : QString();
}

MetadataFile::Read MetadataFile::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, {{QString(), tr("Could not read %1: %2").arg(path, file.errorString())}}};
    // One byte more than allowed is enough to know it is too big.
    return fromText(file.read(MetadataValidator::kMaxDocumentBytes + 1));
}

MetadataFile::Read MetadataFile::fromText(const QByteArray& text)
{
    const Result<nlohmann::json> doc = MetadataValidator::parse(text);
    if (!doc)
        return {{}, {{QString(), doc.error()}}};
    return {ModuleMetadata::fromJson(doc.value()),
            MetadataValidator::check(doc.value(), MetadataValidator::Stage::Draft)};
}

} // namespace modreg
