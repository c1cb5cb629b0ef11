#include "ipfs/ExportTarget.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

namespace modreg {

DiskExport::DiskExport(QString destination)
    : m_destination(QFileInfo(destination).absoluteFilePath())
{}

DiskExport::~DiskExport() = default; // QTemporaryDir removes the staging folder unless committed

Status DiskExport::checkDestination(const QString& destination)
{
    const QFileInfo info(destination);
    if (info.isDir())
        return Status::failure(tr("%1 is an existing folder; choose a path that does not exist yet.")
                                   .arg(QDir::toNativeSeparators(destination)));
    if (!info.absoluteDir().exists())
        return Status::failure(
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
    return success();
}

Status DiskExport::ensureStaging()
{
    if (m_staging)
        return success();
    const QFileInfo info(m_destination);
    m_staging = std::make_unique<QTemporaryDir>(info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                                                QStringLiteral(".modreg-partial-XXXXXX"));
    if (!m_staging->isValid())
        return Status::failure(tr("Could not create a folder beside %1: %2")
                                   .arg(QDir::toNativeSeparators(m_destination), m_staging->errorString()));
    return success();
}

QString DiskExport::staged(const QString& relativePath) const
{
    const QString root = m_staging->path() + QStringLiteral("/content");
    return relativePath.isEmpty() ? root : root + QLatin1Char('/') + relativePath;
}

Status DiskExport::makeDirectory(const QString& relativePath)
{
    if (Status s = ensureStaging(); !s)
        return s;
    if (!QDir().mkpath(staged(relativePath)))
        return Status::failure(
            tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(staged(relativePath))));
    return success();
}

Status DiskExport::beginFile(const QString& relativePath)
{
    if (Status s = ensureStaging(); !s)
        return s;
    m_file = std::make_unique<QFile>(staged(relativePath));
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Status::failure(tr("Could not create %1: %2")
                                   .arg(QDir::toNativeSeparators(m_file->fileName()), m_file->errorString()));
    return success();
}

Status DiskExport::write(const QByteArray& bytes)
{
    if (m_file->write(bytes) != bytes.size())
        return Status::failure(tr("Could not write %1: %2")
                                   .arg(QDir::toNativeSeparators(m_file->fileName()), m_file->errorString()));
    return success();
}

Status DiskExport::endFile()
{
    const bool flushed = m_file->flush();
    m_file->close();
    if (!flushed)
        return Status::failure(tr("Could not write %1.").arg(QDir::toNativeSeparators(m_file->fileName())));
    return success();
}

Status DiskExport::commit()
{
    if (Status s = ensureStaging(); !s)
        return s;
    if (Status s = checkDestination(m_destination); !s)
        return s;
    // rename(2): atomic, and it replaces an existing file, so a reader never sees half a file.
    if (std::rename(QFile::encodeName(staged({})).constData(),
                    QFile::encodeName(m_destination).constData()) != 0)
        return Status::failure(
            tr("Could not move the download to %1.").arg(QDir::toNativeSeparators(m_destination)));
    return success();
}

Status MemoryExport::makeDirectory(const QString&)
{
    return Status::failure(tr("This CID names a folder, not a file."));
}

Status MemoryExport::beginFile(const QString& relativePath)
{
    if (!relativePath.isEmpty())
        return Status::failure(tr("This CID names a folder, not a file."));
    m_bytes.clear();
    return success();
}

Status MemoryExport::write(const QByteArray& bytes)
{
    m_bytes += bytes;
    return success();
}

} // namespace modreg
