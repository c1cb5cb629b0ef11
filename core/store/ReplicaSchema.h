#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace modreg {

class SqliteDatabase;

// The replica's tables, as numbered migrations (PRAGMA user_version says which have run). A new
// Modreg adds a migration at the end and never edits one that shipped; a file made by a newer
// Modreg than this one is refused rather than guessed at.
class ReplicaSchema
{
    Q_DECLARE_TR_FUNCTIONS(ReplicaSchema)

public:
    static int latestVersion();
    // The version of the file (0: new and empty).
    static Result<int> version(const SqliteDatabase& db);
    static Status migrate(const SqliteDatabase& db);
};

} // namespace modreg
