#include "store/SqliteDatabase.h"

#include <QDir>
#include <QFileInfo>
#include <sqlite3.h>

namespace modreg {

SqliteDatabase::SqliteDatabase(QString path, sqlite3* db)
    : m_path(std::move(path))
    , m_db(db)
{}

SqliteDatabase::~SqliteDatabase()
{
    const QList<sqlite3_stmt*> idle = m_idle.values();
    m_idle.clear(); // its keys borrow the statements' SQL
    for (sqlite3_stmt* statement : idle)
        sqlite3_finalize(statement);
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::open(const QString& path)
{
    using R = Result<std::unique_ptr<SqliteDatabase>>;
    QDir().mkpath(QFileInfo(path).absolutePath());
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString why =
            db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return R::failure(withAdvice(tr("The database %1 could not be opened: %2").arg(path, why), rc, path));
    }
    sqlite3_busy_timeout(db, 5000);
    std::unique_ptr<SqliteDatabase> out(new SqliteDatabase(path, db));
    // WAL: readers never wait for the syncer's writes; NORMAL sync is durable at each checkpoint of
    // the WAL and never corrupts (a crash may lose only the last transactions, which sync again).
    if (Status s = out->exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
        !s)
        return R::failure(s.error());
    return out;
}

QString SqliteDatabase::withAdvice(const QString& failure, int code, const QString& path)
{
    QString todo;
    switch (code & 0xff) { // the primary code of an extended one
    case SQLITE_FULL:
        todo = tr("The disk is full: free some space, then try again.");
        break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        todo = tr("Check that %1 and its folder exist and that you may write to them.").arg(path);
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        todo = tr("The file is damaged or is not a Modreg replica. It holds nothing that cannot be synced "
                  "again: delete %1 and sync.")
                   .arg(path);
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        todo = tr("Another program (perhaps another Modreg) is writing to it: let it finish or close it, "
                  "then try again.");
        break;
    case SQLITE_IOERR:
        todo = tr("The disk could not be read or written: check the disk, then try again.");
        break;
    default:
        return failure;
    }
    return failure + QStringLiteral(". ") + todo;
}

QString SqliteDatabase::errorText() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

Result<SqliteDatabase::Statement> SqliteDatabase::prepare(const char* sql) const
{
    // Compiling a statement costs more than running a small one: reuse an idle one with this text
    // (looked up without a copy of it: the index writes thousands of statements a transaction).
    if (sqlite3_stmt* idle = m_idle.take(QByteArray::fromRawData(sql, qstrlen(sql))))
        return Statement(*this, idle);
    sqlite3_stmt* statement = nullptr;
    if (const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
        rc != SQLITE_OK)
        return Result<Statement>::failure(
            withAdvice(tr("The database %1 refused a query: %2").arg(m_path, errorText()), rc, m_path));
    return Statement(*this, statement);
}

Status SqliteDatabase::exec(const char* sql) const
{
    char* message = nullptr;
    if (const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message); rc != SQLITE_OK) {
        const QString why = QString::fromUtf8(message ? message : "");
        sqlite3_free(message);
        return Status::failure(withAdvice(tr("The database %1 failed: %2").arg(m_path, why), rc, m_path));
    }
    return success();
}

Status SqliteDatabase::transaction(const std::function<Status()>& work) const
{
    if (Status begun = exec("BEGIN IMMEDIATE"); !begun)
        return begun;
    const Status done = work();
    if (!done) {
        exec("ROLLBACK");
        return done;
    }
    if (Status committed = exec("COMMIT"); !committed) {
        exec("ROLLBACK");
        return committed;
    }
    return success();
}

qint64 SqliteDatabase::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

// ---- Statement ----

SqliteDatabase::Statement::Statement(const SqliteDatabase& db, sqlite3_stmt* statement)
    : m_db(&db)
    , m_statement(statement)
{}

SqliteDatabase::Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_kept(std::move(other.m_kept))
{}

SqliteDatabase::Statement::~Statement()
{
    if (!m_statement)
        return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_kept.clear();
    m_db->keepIdle(m_statement);
}

void SqliteDatabase::keepIdle(sqlite3_stmt* statement) const
{
    // The key borrows the statement's own copy of its SQL, which lives as long as the statement: it
    // leaves m_idle (take()) before the statement is finalized.
    const char* sql = sqlite3_sql(statement);
    const QByteArray text = QByteArray::fromRawData(sql, qstrlen(sql));
    if (m_idle.contains(text) || m_idle.size() >= kIdleStatements)
        sqlite3_finalize(statement);
    else
        m_idle.insert(text, statement);
}

SqliteDatabase::Statement& SqliteDatabase::Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

SqliteDatabase::Statement& SqliteDatabase::Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
    return *this;
}

SqliteDatabase::Statement& SqliteDatabase::Statement::bind(int index, const QString& text)
{
    if (text.isNull())
        return bindNull(index);
    bindKept(index, text.toUtf8(), true);
    return *this;
}

SqliteDatabase::Statement& SqliteDatabase::Statement::bind(int index, const QByteArray& blob)
{
    if (blob.isNull())
        return bindNull(index);
    bindKept(index, blob, false);
    return *this;
}

void SqliteDatabase::Statement::bindKept(int index, QByteArray bytes, bool text)
{
    // Bytes the array does not own (QByteArray::fromRawData) may be gone before the statement
    // steps: SQLite copies those. The others are kept here, shared, not copied (a copy per parameter
    // was ~4 % of a backfill's time, the search index writing thousands of blocks a transaction).
    const bool owned = bytes.data_ptr().d_ptr() != nullptr;
    const auto keep = owned ? SQLITE_STATIC : SQLITE_TRANSIENT;
    const char* data = bytes.constData();
    const auto size = static_cast<int>(bytes.size());
    if (owned)
        m_kept.push_back(std::move(bytes));
    if (text)
        sqlite3_bind_text(m_statement, index, data, size, keep);
    else
        sqlite3_bind_blob(m_statement, index, data, size, keep);
}

SqliteDatabase::Statement& SqliteDatabase::Statement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

Result<bool> SqliteDatabase::Statement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return Result<bool>::failure(
        withAdvice(tr("The database %1 failed: %2").arg(m_db->path(), m_db->errorText()), rc, m_db->path()));
}

Status SqliteDatabase::Statement::eachRow(const std::function<void(const Statement&)>& onRow)
{
    for (;;) {
        const Result<bool> row = step();
        if (!row)
            return Status::failure(row.error());
        if (!row.value())
            return success();
        onRow(*this);
    }
}

Status SqliteDatabase::Statement::run()
{
    if (Status done = eachRow([](const Statement&) {}); !done)
        return done;
    reset();
    return success();
}

void SqliteDatabase::Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_kept.clear();
}

qint64 SqliteDatabase::Statement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteDatabase::Statement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteDatabase::Statement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_statement, column)) : QString();
}

QByteArray SqliteDatabase::Statement::blob(int column) const
{
    const void* p = sqlite3_column_blob(m_statement, column);
    return p ? QByteArray(static_cast<const char*>(p), sqlite3_column_bytes(m_statement, column))
             : QByteArray();
}

QByteArrayView SqliteDatabase::Statement::blobView(int column) const
{
    const void* p = sqlite3_column_blob(m_statement, column);
    return p ? QByteArrayView(static_cast<const char*>(p), sqlite3_column_bytes(m_statement, column))
             : QByteArrayView();
}

bool SqliteDatabase::Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

} // namespace modreg
