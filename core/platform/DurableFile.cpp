#include "platform/DurableFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace modreg::DurableFile {

Status write(const QString& path, const QByteArray& bytes, QFileDevice::Permissions permissions)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return Status::failure(QStringLiteral("cannot create %1").arg(folder));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(file.errorString());
    file.setPermissions(permissions);
    // QSaveFile::commit() renames without syncing the new file's data first: do it here, so the
    // name never points at a file whose bytes are not on disk yet.
    if (file.write(bytes) != bytes.size() || !file.flush() || ::fsync(file.handle()) != 0) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Status::failure(why);
    }
    if (!file.commit())
        return Status::failure(file.errorString());
    return syncFolder(folder);
}

Status syncFolder(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return Status::failure(QString::fromLocal8Bit(std::strerror(errno)));
    const bool synced = ::fsync(fd) == 0;
    const int error = errno;
    ::close(fd);
    if (!synced)
        return Status::failure(QString::fromLocal8Bit(std::strerror(error)));
    return success();
}

} // namespace modreg::DurableFile
