#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace modreg {

// A thin, hard-to-misuse handle on one SQLite file (the C API, no Qt Sql): WAL journal, foreign keys
// on, a busy timeout; prepared statements that finalize themselves; transactions that commit only
// when the work succeeded. Errors come back as sentences naming the file.
class SqliteDatabase
{
    Q_DECLARE_TR_FUNCTIONS(SqliteDatabase)

public:
    class Statement
    {
    public:
        Statement(Statement&& other) noexcept;
        Statement& operator=(Statement&&) = delete;
        ~Statement();

        // Parameters are numbered from 1, as SQLite numbers them.
        Statement& bind(int index, qint64 value);
        Statement& bind(int index, double value);
        Statement& bind(int index, const QString& text);    // null QString binds NULL
        Statement& bind(int index, const QByteArray& blob); // null QByteArray binds NULL
        Statement& bindNull(int index);
        // true: a row is ready; false: done. A failure carries SQLite's words.
        Result<bool> step();
        // Steps through every row, calling `onRow` on each; a failure on the way stops it and
        // carries SQLite's words.
        Status eachRow(const std::function<void(const Statement&)>& onRow);
        Status run(); // step to the end, for statements that return no rows
        void reset();

        qint64 integer(int column) const;
        double real(int column) const;
        QString text(int column) const;
        QByteArray blob(int column) const;
        // The same without a copy: valid until the statement steps, resets or is finalized.
        QByteArrayView blobView(int column) const;
        bool isNull(int column) const;

    private:
        friend class SqliteDatabase;
        Statement(const SqliteDatabase& db, sqlite3_stmt* statement);
        // Binds bytes that stay where they are until the statement resets, not copied by SQLite.
        void bindKept(int index, QByteArray bytes, bool text);
        const SqliteDatabase* m_db;
        sqlite3_stmt* m_statement;
        std::vector<QByteArray> m_kept; // what the parameters point into, until reset
    };

    static Result<std::unique_ptr<SqliteDatabase>> open(const QString& path);
    ~SqliteDatabase();

    QString path() const { return m_path; }
    Result<Statement> prepare(const char* sql) const;
    Status exec(const char* sql) const; // one or more statements, no parameters, no rows
    // BEGIN IMMEDIATE; `work`; COMMIT — or ROLLBACK when `work` fails (its error is returned).
    Status transaction(const std::function<Status()>& work) const;
    qint64 lastInsertId() const;
    int changes() const;

    QString errorText() const; // SQLite's message for the last failure
    // `failure` and, when there is one, what a person can do about SQLite's error `code` at `path`.
    static QString withAdvice(const QString& failure, int code, const QString& path);
    sqlite3* handle() const { return m_db; } // for extensions: FTS5 functions

private:
    SqliteDatabase(QString path, sqlite3* db);
    void keepIdle(sqlite3_stmt* statement) const; // a finished statement, for the next prepare()
    static constexpr qsizetype kIdleStatements = 64;
    QString m_path;
    sqlite3* m_db;
    mutable QHash<QByteArray, sqlite3_stmt*> m_idle; // SQL text → a reset statement
};

} // namespace modreg
