// SqliteDatabase::Statement binds text and blobs without a copy where it can (it keeps the bytes
// until the statement resets): what is written is what was bound, even when the caller's array is
// gone, or changed, before the statement steps, and a statement taken again from the idle ones
// writes its new parameters, not the old.
#include "store/SqliteDatabase.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace modreg;

class TestSqliteDatabase : public QObject
{
    Q_OBJECT

private slots:
    void boundBytesAreTheBytesWritten()
    {
        QTemporaryDir dir;
        auto db = std::move(SqliteDatabase::open(dir.filePath(QStringLiteral("t.sqlite")))).value();
        QVERIFY(db->exec("CREATE TABLE t(id INTEGER PRIMARY KEY, a, b, c)"));
        const char* const sql = "INSERT INTO t(id, a, b, c) VALUES(?1, ?2, ?3, ?4)";
        char raw[] = "raw bytes";
        for (int id = 1; id <= 3; ++id) {
            auto insert = std::move(db->prepare(sql)).value();
            insert.bind(1, qint64(id));
            {
                QByteArray blob = QByteArray("blob ") + QByteArray::number(id);
                insert.bind(2, blob);
                blob.fill('#'); // the caller's copy changes: the bound one must not
            }
            insert.bind(3, QStringLiteral("texte %1 é").arg(id)); // a temporary, gone before the step
            insert.bind(4, QByteArray::fromRawData(raw, 3));
            raw[0] = char('0' + id); // not owned by the array: SQLite must have copied it
            QVERIFY(insert.run());
        }
        auto rows = std::move(db->prepare("SELECT a, b, c FROM t ORDER BY id")).value();
        for (int id = 1; id <= 3; ++id) {
            QVERIFY(rows.step().value());
            QCOMPARE(rows.blob(0), QByteArray("blob ") + QByteArray::number(id));
            QCOMPARE(rows.text(1), QStringLiteral("texte %1 é").arg(id));
            QCOMPARE(rows.blob(2), id == 1 ? QByteArray("raw") : QByteArray::number(id - 1) + "aw");
        }
        QVERIFY(!rows.step().value());
    }
};

QTEST_APPLESS_MAIN(TestSqliteDatabase)
#include "TestSqliteDatabase.moc"
