#include "store/ReplicaSql.h"

#include "metadata/MetadataValidator.h"
#include "store/CidHash.h"

namespace modreg::replica {

// Binds a CID as every statement that finds rows by it takes it: ?1 its text, ?2 its CidHash. The
// indexes hold the hash (ReplicaSchema 11); the text tells apart two CIDs that share one.
Binder byCid(const QString& cid)
{
    return [cid, hash = CidHash::of(cid)](Statement& s) { s.bind(1, cid).bind(2, hash); };
}

// `sql` prepared, with `bind` applied to it; the start of each helper below.
Result<Statement> prepared(const SqliteDatabase& db, const char* sql, const Binder& bind)
{
    Result<Statement> s = db.prepare(sql);
    if (!s || !bind)
        return s;
    Statement q = std::move(s).value();
    bind(q);
    return q;
}

// Runs `sql` with `bind` applied; for statements without rows.
Status run(const SqliteDatabase& db, const char* sql, const Binder& bind)
{
    Result<Statement> s = prepared(db, sql, bind);
    return s ? std::move(s).value().run() : Status::failure(s.error());
}

// Runs `sql` with `bind` applied for its first row: the statement standing on that row, nullopt when
// there is none; a failure carries SQLite's words.
Result<std::optional<Statement>> firstRow(const SqliteDatabase& db, const char* sql, const Binder& bind)
{
    using R = Result<std::optional<Statement>>;
    Result<Statement> s = prepared(db, sql, bind);
    if (!s)
        return R::failure(s.error());
    Statement q = std::move(s).value();
    const Result<bool> row = q.step();
    if (!row)
        return R::failure(row.error());
    if (!row.value())
        return std::optional<Statement>();
    return std::optional<Statement>(std::move(q));
}

// Runs `sql` with `bind` applied, calling `onRow` on each of its rows; a failure on the way stops it
// and carries SQLite's words.
Status forEachRow(const SqliteDatabase& db, const char* sql, const Binder& bind,
                  const std::function<void(const Statement&)>& onRow)
{
    Result<Statement> s = prepared(db, sql, bind);
    return s ? std::move(s).value().eachRow(onRow) : Status::failure(s.error());
}

// The first column of the first row, for count and lookup queries; 0 when there is none.
qint64 scalar(const SqliteDatabase& db, const char* sql, const Binder& bind)
{
    const Result<std::optional<Statement>> row = firstRow(db, sql, bind);
    return row && row.value() ? row.value()->integer(0) : 0;
}

std::optional<ModuleMetadata> parseStored(const QByteArray& bytes)
{
    const Result<nlohmann::json> json = MetadataValidator::parse(bytes);
    if (!json)
        return std::nullopt;
    return ModuleMetadata::fromJson(json.value());
}

} // namespace modreg::replica
