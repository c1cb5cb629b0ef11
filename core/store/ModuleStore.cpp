#include "store/ModuleStore.h"

#include "settings/AppPaths.h"
#include "store/CidHash.h"
#include "store/ReplicaSchema.h"
#include "store/SqliteDatabase.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace modreg {

ModuleStore::ModuleStore(std::unique_ptr<SqliteDatabase> db)
    : ReplicaWriter(*db)
    , FetchQueue(*db)
    , ReplicaReader(*db)
    , ReplicaSearch(*db)
    , m_connection(std::move(db))
{}

ModuleStore::~ModuleStore() = default;

Result<std::unique_ptr<ModuleStore>> ModuleStore::open(const QString& path)
{
    using R = Result<std::unique_ptr<ModuleStore>>;
    Result<std::unique_ptr<SqliteDatabase>> db = SqliteDatabase::open(path);
    if (!db)
        return R::failure(db.error());
    if (Status hash = CidHash::install(db.value()->handle()); !hash)
        return R::failure(hash.error());
    if (Status migrated = ReplicaSchema::migrate(*db.value()); !migrated)
        return R::failure(migrated.error());
    // No memory-mapped reads: on a cold page cache every fault read ~128 KiB around the page, and a
    // search touches a few hundred scattered pages; after drop_caches at 1M modules p99 went from
    // 61 to 23 ms (rare word) and 112 to 13 ms (filtered).
    (void)db.value()->exec("PRAGMA mmap_size = 0;");
    // After a backfill's large WAL (setBulkWriting) is copied back, the file shrinks to this.
    (void)db.value()->exec("PRAGMA journal_size_limit = 16777216;");
    std::unique_ptr<ModuleStore> store(new ModuleStore(std::move(db).value()));
    if (Status search = store->install(); !search)
        return R::failure(search.error());
    store->setBulkWriting(false);
    return store;
}

bool ModuleStore::needsUpgrade(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return false;
    const Result<std::unique_ptr<SqliteDatabase>> db = SqliteDatabase::open(path);
    if (!db)
        return false;
    const Result<int> version = ReplicaSchema::version(*db.value());
    return version && version.value() > 0 && version.value() < ReplicaSchema::latestVersion();
}

QString ModuleStore::pathFor(const QString& location)
{
    QString name = location;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("-"));
    return AppPaths::dataDir() + QStringLiteral("/replica/") + name + QStringLiteral(".sqlite");
}

} // namespace modreg
