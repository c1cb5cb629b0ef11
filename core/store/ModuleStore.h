#pragma once

#include "Result.h"
#include "store/FetchQueue.h"
#include "store/ReplicaReader.h"
#include "store/ReplicaSearch.h"
#include "store/ReplicaWriter.h"

#include <QCoreApplication>
#include <memory>

namespace modreg {

class SqliteDatabase;

// The local replica of one registry, one SQLite file (docs/architecture.md, "The replica"): every
// event (history), every current entry (modules), the metadata documents fetched, the fetches still
// to do, and the checkpoint. It is one connection with four parts, each a class of its own: the
// syncer writes through ReplicaWriter and FetchQueue; views and commands read through ReplicaReader
// and search through ReplicaSearch, and are handed only those.
class ModuleStore : public ReplicaWriter, public FetchQueue, public ReplicaReader, public ReplicaSearch
{
    Q_DECLARE_TR_FUNCTIONS(modreg::ModuleStore)

public:
    static Result<std::unique_ptr<ModuleStore>> open(const QString& path);
    // Whether open() would first upgrade the file at `path`, written by an older Modreg. An upgrade
    // rebuilds tables and indexes (up to a minute at a million modules), so the app does it off its
    // window's thread and says so. False for a file that is missing, new, current, or unreadable
    // (open() then says what is wrong).
    static bool needsUpgrade(const QString& path);
    // Where the replica of the registry at `location` ("evm:0x5fbd…") lives: one file per registry,
    // under the app's data directory.
    static QString pathFor(const QString& location);
    ~ModuleStore();

    ModuleStore(const ModuleStore&) = delete;
    ModuleStore& operator=(const ModuleStore&) = delete;

    // Both the writer and the reader have these names in mind; the replica has one of each.
    using ReplicaReader::Counts;
    using ReplicaReader::Order;
    using ReplicaReader::Row;

private:
    explicit ModuleStore(std::unique_ptr<SqliteDatabase> db);

    // The connection every part uses; it outlives them (the parts only hold its address, and no
    // part's destructor touches it).
    std::unique_ptr<SqliteDatabase> m_connection;
};

} // namespace modreg
