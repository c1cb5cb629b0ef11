#pragma once
// Replica files as an older Modreg left them, for the tests of their upgrade.
#include "store/SearchIndex.h"
#include "store/SqliteDatabase.h"

#include <QString>

namespace olderReplica {

// Undoes schemas 19 and 18: no runs (takeBack folds them first), each term's last block back among
// the others.
#define MODREG_TAILS_BACK_IN_BLOCKS                                                                          \
    "DROP TABLE IF EXISTS search_runs; "                                                                     \
    "INSERT INTO search_blocks(term, first_doc, last_doc, count, max_f, min_length, postings, impacts) "     \
    "SELECT term, first_doc, last_doc, count, max_f, min_length, postings, impacts FROM search_tails; "      \
    "DROP TABLE search_tails; "
inline const char* const kBeforeSchema18 = MODREG_TAILS_BACK_IN_BLOCKS;

// Undoes schemas 19 to 14: no search index (and no names index of 12, which 14 dropped).
inline const char* const kBeforeSchema14 =
    "DROP TABLE IF EXISTS search_runs; DROP TABLE search_pair_words; DROP TABLE search_blocks; "
    "DROP TABLE search_tails; DROP TABLE search_totals;";

// Undoes schemas 19 to 11: no search index, no names index, and a modules table that finds modules
// by the text of their CID.
inline const char* const kBeforeSchema11 =
    "DROP TABLE IF EXISTS search_runs; DROP TABLE search_pair_words; DROP TABLE search_blocks; "
    "DROP TABLE search_tails; "
    "DROP TABLE search_totals; "
    "DROP INDEX modules_by_cid; "
    "ALTER TABLE modules DROP COLUMN metadata_cid_hash; "
    "CREATE INDEX modules_by_cid ON modules(metadata_cid);";

// The current replica at `path` taken back to `version` (10 or 11) by `undo`; nothing may hold it
// open.
inline bool takeBack(const QString& path, const char* undo, int version)
{
    auto db = modreg::SqliteDatabase::open(path);
    // The runs' postings into the blocks first: older schemas have only those.
    modreg::Status done =
        db ? db.value()->transaction([&] { return modreg::search::Writer::foldRuns(*db.value()); })
           : modreg::Status::failure(db.error());
    if (done)
        done = db.value()->exec(undo);
    if (!done)
        qWarning("%s", qPrintable(done.error()));
    return done && db.value()->exec(
                       QByteArray("PRAGMA user_version = ").append(QByteArray::number(version)).constData());
}
inline bool takeBackToSchema10(const QString& path)
{
    return takeBack(path, kBeforeSchema11, 10);
}

} // namespace olderReplica
