// modreg_rank() against FTS5's own bm25(): given the IDFs bm25() counts, it must score every row
// the same, for one word, two words, a phrase and a prefix, with column weights.
#include "store/SearchRanking.h"
#include "store/SqliteDatabase.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace modreg;

class TestSearchRanking : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteDatabase> m_db;

    qint64 count(const char* sql, const QString& match)
    {
        auto q = std::move(m_db->prepare(sql)).value();
        q.bind(1, match);
        return q.step().value() ? q.integer(0) : -1;
    }

private slots:
    void initTestCase()
    {
        m_db = std::move(SqliteDatabase::open(m_dir.filePath(QStringLiteral("r.sqlite")))).value();
        QVERIFY(SearchRanking::install(m_db->handle()).ok());
        QVERIFY(m_db->exec("CREATE VIRTUAL TABLE t USING fts5(name, description, prefix='2 3')").ok());
        // Thirty words, so most are in well under half of the rows and no IDF hits bm25()'s floor.
        QStringList words{QStringLiteral("model"),  QStringLiteral("text"),   QStringLiteral("image"),
                          QStringLiteral("speech"), QStringLiteral("tagger"), QStringLiteral("audio")};
        for (int i = 0; words.size() < 30; ++i)
            words << QStringLiteral("word%1").arg(i);
        QRandomGenerator rng(11);
        auto insert = std::move(m_db->prepare("INSERT INTO t(name, description) VALUES(?1, ?2)")).value();
        for (int i = 0; i < 300; ++i) {
            QStringList name, description;
            for (int w = 0; w < 1 + int(rng.bounded(2)); ++w)
                name << words[rng.bounded(words.size())];
            for (int w = 0; w < 3 + int(rng.bounded(12)); ++w)
                description << words[rng.bounded(words.size())];
            if (i % 20 == 0) // a phrase that surely occurs
                description << QStringLiteral("image") << QStringLiteral("tagger");
            insert.reset();
            insert.bind(1, name.join(QLatin1Char(' '))).bind(2, description.join(QLatin1Char(' ')));
            QVERIFY(insert.run().ok());
        }
    }

    void scoresEqualBm25GivenItsIdfs_data()
    {
        QTest::addColumn<QStringList>("phrases");
        QTest::newRow("one word") << QStringList{QStringLiteral("\"model\"")};
        QTest::newRow("two words") << QStringList{QStringLiteral("\"model\""), QStringLiteral("\"speech\"")};
        QTest::newRow("phrase") << QStringList{QStringLiteral("\"image tagger\"")};
        QTest::newRow("prefix") << QStringList{QStringLiteral("\"aud\"*"), QStringLiteral("\"text\"")};
    }

    void scoresEqualBm25GivenItsIdfs()
    {
        QFETCH(QStringList, phrases);
        const double rows = double(count("SELECT count(*) FROM t WHERE ?1 IS NULL", QString()));
        QCOMPARE(rows, 300.0);
        QList<double> idfs;
        for (const QString& p : phrases)
            idfs << SearchRanking::idf(double(count("SELECT count(*) FROM t WHERE t MATCH ?1", p)), rows);
        auto q = std::move(m_db->prepare("SELECT rowid, bm25(t, 10.0, 2.0), modreg_rank(t, ?2) FROM t "
                                         "WHERE t MATCH ?1"))
                     .value();
        q.bind(1, phrases.join(QLatin1Char(' '))).bind(2, SearchRanking::weights({10.0, 2.0}, idfs));
        int compared = 0;
        for (Result<bool> row = q.step(); row && row.value(); row = q.step()) {
            QVERIFY(q.real(1) < -1e-3); // a real score, not bm25()'s floor
            QVERIFY2(std::abs(q.real(1) - q.real(2)) < 1e-9 * std::abs(q.real(1)),
                     qPrintable(QStringLiteral("row %1: bm25 %2, ours %3")
                                    .arg(q.integer(0))
                                    .arg(q.real(1))
                                    .arg(q.real(2))));
            ++compared;
        }
        QVERIFY(compared > 3);
    }

    void idfFallsWithFrequency()
    {
        QVERIFY(SearchRanking::idf(1, 1000) > SearchRanking::idf(100, 1000));
        QVERIFY(SearchRanking::idf(900, 1000) > 0); // floored, never negative
    }
};

QTEST_GUILESS_MAIN(TestSearchRanking)
#include "TestSearchRanking.moc"
