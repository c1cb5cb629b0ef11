// SearchSnippet against FTS5 itself: over whole texts, its marks must fall exactly where FTS5's
// highlight() puts them (unicode61 with remove_diacritics 2, the replica's tokenizer) — for words
// in any case, with diacritics, between punctuation, and for prefixes; and the window of a long text
// keeps the first match with context and says where text was left out.
#include "store/SearchSnippet.h"
#include "store/SqliteDatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace modreg;

class TestSearchSnippet : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteDatabase> m_db;

private slots:
    void initTestCase()
    {
        m_db = std::move(SqliteDatabase::open(m_dir.filePath(QStringLiteral("s.sqlite")))).value();
        QVERIFY(
            m_db->exec("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')")
                .ok());
        const QStringList texts{
            QStringLiteral("Summarizes long text into short text."),
            QStringLiteral("A CAFÉ-grade model: résumé parsing, naïve Bayes & co."),
            QStringLiteral("model/model_v2 (Model) MODELS modèle"),
            QStringLiteral("<script>alert('model')</script> text"),
            QStringLiteral("Ünïcödé wörds: Straße, ÆRØ, Ñandú; 123abc model42"),
        };
        auto insert = std::move(m_db->prepare("INSERT INTO t(body) VALUES(?1)")).value();
        for (const QString& text : texts) {
            insert.reset();
            insert.bind(1, text);
            QVERIFY(insert.run().ok());
        }
    }

    void marksWhereFts5HighlightsThem_data()
    {
        QTest::addColumn<QString>("phrase");
        for (const char* p : {"\"model\"", "\"text\"", "\"cafe\"", "\"resume\"", "\"naive\"", "\"modele\"",
                              "\"mod\"*", "\"sum\"*", "\"straße\"", "\"unicode\"", "\"nandu\"", "\"123abc\"",
                              "\"Model\"", "\"script\"", "\"wo\"*"})
            QTest::newRow(p) << QString::fromUtf8(p);
    }

    void marksWhereFts5HighlightsThem()
    {
        QFETCH(QString, phrase);
        const SearchSnippet ours({phrase});
        auto q = std::move(m_db->prepare("SELECT body, highlight(t, 0, '[', ']') FROM t WHERE t MATCH ?1"))
                     .value();
        q.bind(1, phrase);
        int compared = 0;
        for (Result<bool> row = q.step(); row && row.value(); row = q.step()) {
            QCOMPARE(ours.of(q.text(0), QLatin1Char('['), QLatin1Char(']'), 1000), q.text(1));
            ++compared;
        }
        // Rows FTS5 does not match get no snippet from us either.
        auto all =
            std::move(
                m_db->prepare("SELECT body FROM t WHERE rowid NOT IN (SELECT rowid FROM t WHERE t MATCH ?1)"))
                .value();
        all.bind(1, phrase);
        for (Result<bool> row = all.step(); row && row.value(); row = all.step())
            QCOMPARE(ours.of(all.text(0), QLatin1Char('['), QLatin1Char(']'), 1000), QString());
        QVERIFY(compared > 0); // every phrase here is in some text
    }

    void aLongTextIsCutAroundTheFirstMatch()
    {
        QStringList words;
        for (int i = 0; i < 60; ++i)
            words << QStringLiteral("w%1").arg(i);
        words[40] = QStringLiteral("target");
        const QString text = words.join(QLatin1Char(' '));
        const QString s =
            SearchSnippet({QStringLiteral("\"target\"")}).of(text, QLatin1Char('['), QLatin1Char(']'), 16);
        QVERIFY2(s.startsWith(QStringLiteral("…w36 ")), qPrintable(s));
        QVERIFY(s.contains(QStringLiteral(" [target] w41")));
        QVERIFY(s.endsWith(QStringLiteral("w51…")));
        QCOMPARE(SearchSnippet::head(text, 3), QStringLiteral("w0 w1 w2…"));
        QCOMPARE(SearchSnippet::head(QStringLiteral("short"), 3), QStringLiteral("short"));
    }
};

QTEST_GUILESS_MAIN(TestSearchSnippet)
#include "TestSearchSnippet.moc"
