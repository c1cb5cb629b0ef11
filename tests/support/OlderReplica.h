#pragma once
// Replica files as an older Modreg left them, for the tests of their upgrade.
#include "store/SqliteDatabase.h"

#include <QString>

namespace olderReplica {

// The modules table back to before schema 11, which found modules by the text of their CID.
inline const char* const kModulesBeforeSchema11 = "DROP INDEX modules_by_cid; "
                                                  "ALTER TABLE modules DROP COLUMN metadata_cid_hash; "
                                                  "CREATE INDEX modules_by_cid ON modules(metadata_cid);";

// The current replica at `path` taken back to schema 10; nothing may hold it open.
inline bool takeBackToSchema10(const QString& path)
{
    auto db = modreg::SqliteDatabase::open(path);
    const modreg::Status done =
        db ? db.value()->exec(kModulesBeforeSchema11) : modreg::Status::failure(db.error());
    if (!done)
        qWarning("%s", qPrintable(done.error()));
    return done && db.value()->exec("PRAGMA user_version = 10;");
}

} // namespace olderReplica
