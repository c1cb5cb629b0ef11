#pragma once
// How many segments a replica's full-text index is in: the stores compact it when a backfill ends,
// so that later small writes do not wait for FTS5 to merge large segments.
#include "store/SqliteDatabase.h"

#include <QString>

// FTS5's structure record (row 10 of the index's data table) starts with a 4-byte cookie (then,
// from SQLite 3.45, four 0xff bytes), then varints: the number of levels, then of segments. -1 when
// the file or the record cannot be read.
inline int searchIndexSegments(const QString& path, const QByteArray& index = "modules_fts")
{
    auto db = modreg::SqliteDatabase::open(path);
    if (!db)
        return -1;
    auto prepared = db.value()->prepare(("SELECT block FROM " + index + "_data WHERE id = 10").constData());
    if (!prepared)
        return -1;
    modreg::SqliteDatabase::Statement q = std::move(prepared).value();
    const modreg::Result<bool> row = q.step();
    if (!row || !row.value())
        return -1;
    const QByteArray b = q.blob(0);
    qsizetype at = b.mid(4, 4) == QByteArray(4, '\xff') ? 8 : 4;
    const auto varint = [&] {
        quint64 v = 0;
        for (quint8 c = 0x80; (c & 0x80) && at < b.size();) {
            c = static_cast<quint8>(b.at(at++));
            v = (v << 7) | (c & 0x7f);
        }
        return v;
    };
    (void)varint(); // levels
    return static_cast<int>(varint());
}
