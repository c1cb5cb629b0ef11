#include "store/CidHash.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace modreg {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(modreg::CidHash)
};

qint64 fnv1a(const unsigned char* bytes, qsizetype length)
{
    quint64 h = 14695981039346656037ULL;
    for (qsizetype i = 0; i < length; ++i) {
        h ^= bytes[i];
        h *= 1099511628211ULL;
    }
    return static_cast<qint64>(h);
}

void sqlFunction(sqlite3_context* context, int, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL)
        return sqlite3_result_null(context);
    const unsigned char* text = sqlite3_value_text(argv[0]);
    sqlite3_result_int64(context, fnv1a(text, sqlite3_value_bytes(argv[0])));
}
} // namespace

qint64 CidHash::of(const QString& cid)
{
    const QByteArray utf8 = cid.toUtf8();
    return fnv1a(reinterpret_cast<const unsigned char*>(utf8.constData()), utf8.size());
}

Status CidHash::install(sqlite3* db)
{
    if (sqlite3_create_function_v2(db, "modreg_cid_hash", 1,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                   sqlFunction, nullptr, nullptr, nullptr) != SQLITE_OK)
        return Status::failure(Text::tr("Could not set up the replica's CID index: %1")
                                   .arg(QString::fromUtf8(sqlite3_errmsg(db))));
    return success();
}

} // namespace modreg
