#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>
#include <memory>

class QFile;

namespace modreg {

// Where UnixfsExporter puts what it reassembles. Paths are relative to the exported root ("" is the
// root itself) and have been checked: no "..", no "/", no empty names.
class ExportTarget
{
public:
    virtual ~ExportTarget() = default;
    virtual Status makeDirectory(const QString& relativePath) = 0;
    virtual Status beginFile(const QString& relativePath) = 0;
    virtual Status write(const QByteArray& bytes) = 0;
    virtual Status endFile() = 0;
};

// Files and folders on disk, put where the caller asked only when everything arrived and checked
// out. Until then they grow in a hidden folder beside the destination (same file system, so the
// final move is a rename); a failed or abandoned export removes it and leaves nothing behind.
class DiskExport : public ExportTarget
{
    Q_DECLARE_TR_FUNCTIONS(modreg::DiskExport)

public:
    explicit DiskExport(QString destination);
    ~DiskExport() override;

    // Fails when the destination is an existing folder (a file is replaced) or its folder is missing.
    static Status checkDestination(const QString& destination);

    Status makeDirectory(const QString& relativePath) override;
    Status beginFile(const QString& relativePath) override;
    Status write(const QByteArray& bytes) override;
    Status endFile() override;
    // Moves the result to the destination. Without it, the destructor throws the staging away.
    Status commit();

private:
    Status ensureStaging();
    QString staged(const QString& relativePath) const;

    QString m_destination;
    std::unique_ptr<QTemporaryDir> m_staging;
    std::unique_ptr<QFile> m_file;
};

// One file's bytes in memory (a metadata document, for instance). A folder is refused.
class MemoryExport : public ExportTarget
{
    Q_DECLARE_TR_FUNCTIONS(modreg::MemoryExport)

public:
    Status makeDirectory(const QString& relativePath) override;
    Status beginFile(const QString& relativePath) override;
    Status write(const QByteArray& bytes) override;
    Status endFile() override { return success(); }
    const QByteArray& bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

} // namespace modreg
