#pragma once

#include "Result.h"
#include "metadata/ModuleMetadata.h"
#include "store/SqliteDatabase.h"

#include <functional>
#include <optional>

// The few ways the replica's parts (ReplicaWriter, FetchQueue, ReplicaReader, ReplicaSearch) run
// SQL, so each says what it asks and not how a statement is stepped.
namespace modreg::replica {

using Statement = SqliteDatabase::Statement;
using Binder = std::function<void(Statement&)>;

// Binds a CID as every statement that finds rows by it takes it: ?1 its text, ?2 its CidHash. The
// indexes hold the hash (ReplicaSchema 11); the text tells apart two CIDs that share one.
Binder byCid(const QString& cid);
// `sql` prepared, with `bind` applied to it.
Result<Statement> prepared(const SqliteDatabase& db, const char* sql, const Binder& bind);
// Runs `sql` with `bind` applied; for statements without rows.
Status run(const SqliteDatabase& db, const char* sql, const Binder& bind = {});
// The statement standing on the first row, nullopt when there is none; a failure carries SQLite's
// words.
Result<std::optional<Statement>> firstRow(const SqliteDatabase& db, const char* sql, const Binder& bind = {});
// Calls `onRow` on each row; a failure on the way stops it and carries SQLite's words.
Status forEachRow(const SqliteDatabase& db, const char* sql, const Binder& bind,
                  const std::function<void(const Statement&)>& onRow);
// The first column of the first row, for count and lookup queries; 0 when there is none.
qint64 scalar(const SqliteDatabase& db, const char* sql, const Binder& bind = {});
// A document as the replica stored it, read back; nullopt if it does not parse (it was stored
// invalid).
std::optional<ModuleMetadata> parseStored(const QByteArray& bytes);

} // namespace modreg::replica
