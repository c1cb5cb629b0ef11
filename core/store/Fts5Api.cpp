#include "store/Fts5Api.h"

#include <sqlite3.h>

namespace modreg {

fts5_api* fts5ApiOf(sqlite3* db)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* q = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &q, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(q, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(q);
    }
    sqlite3_finalize(q);
    return api && api->iVersion >= 2 ? api : nullptr;
}

} // namespace modreg
