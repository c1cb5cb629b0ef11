#pragma once

#include "Result.h"

#include <QString>

struct sqlite3;

namespace modreg {

// A CID's 8-byte stand-in in the replica's indexes. A CID is ~59 characters of a hash, so an index
// on the text itself takes ~65 bytes an entry, in random order: a backfill's commit rewrote most
// pages of each such index, and that grew with the square of the registry. The indexes hold this
// number instead, and every lookup also compares the text, so two CIDs with the same number are
// still told apart. FNV-1a over the UTF-8 text: stable across versions and machines, as it must
// be in a file that outlives the program.
class CidHash
{
public:
    static qint64 of(const QString& cid);
    // Registers modreg_cid_hash(text) on this connection, for migrations that fill the numbers in.
    static Status install(sqlite3* db);
};

} // namespace modreg
