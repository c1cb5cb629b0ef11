#pragma once

#include "Result.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace modreg {

// Files that must survive the process being killed, or the machine losing power, at any moment:
// the keystore, a publish's journal. write() puts the bytes in a temporary file beside `path`,
// flushes it to disk, renames it over `path` (atomic: a reader sees the old content or the new,
// never a mix) and flushes the folder, so the rename itself is on disk before it returns.
namespace DurableFile {

// The failure's text is the system's reason only ("No space left on device"): callers say which file
// and what it means for the user.
Status write(const QString& path, const QByteArray& bytes,
             QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner);
// fsync(2) on a folder: what was renamed or created in it is on disk once this returns.
Status syncFolder(const QString& folder);

} // namespace DurableFile
} // namespace modreg
