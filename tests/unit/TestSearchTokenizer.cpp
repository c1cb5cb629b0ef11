// The search index reads words exactly as the replica's FTS5 table does (store/SearchTokenizer.h):
// the same tokens, in the same order, as FTS5's own fts5vocab lists for the same text.
#include "TestEnvironment.h"
#include "store/SearchTokenizer.h"
#include "store/SqliteDatabase.h"

#include <QtTest>

using namespace modreg;

class TestSearchTokenizer : public QObject
{
    Q_OBJECT
    TestEnvironment m_env;

private slots:
    void tokensAreFts5Tokens()
    {
        auto db = std::move(SqliteDatabase::open(m_env.path() + QStringLiteral("/t.sqlite"))).value();
        QVERIFY(db->exec("CREATE VIRTUAL TABLE t USING fts5(a, tokenize = 'unicode61 remove_diacritics 2');"
                         "CREATE VIRTUAL TABLE v USING fts5vocab(t, instance);"));
        const SearchTokenizer tokenizer = std::move(SearchTokenizer::create(db->handle())).value();
        const QStringList texts{QStringLiteral("Whisper-large v3: speech→text, 99 languages"),
                                QStringLiteral("Café naïve ÜBER Ærøskøbing ﬁne"),
                                QStringLiteral("日本語のテキスト 한국어 ελληνικά"),
                                QStringLiteral("snake_case camelCase x86_64 1.0.0 e=mc²"),
                                QStringLiteral("   "),
                                QStringLiteral("emoji 🙂 in text")};
        for (qsizetype i = 0; i < texts.size(); ++i) {
            auto insert = std::move(db->prepare("INSERT INTO t(rowid, a) VALUES(?1, ?2)")).value();
            insert.bind(1, qint64(i + 1)).bind(2, texts[i]);
            QVERIFY(insert.run());
            auto fts = std::move(db->prepare("SELECT term FROM v WHERE doc = ?1 ORDER BY offset")).value();
            fts.bind(1, qint64(i + 1));
            QList<QByteArray> expected;
            while (fts.step().value())
                expected << fts.blob(0);
            QCOMPARE(tokenizer.tokens(texts[i]), expected);
        }
        QCOMPARE(tokenizer.tokens(QStringLiteral("Café")), QList<QByteArray>{"cafe"});
    }
};

QTEST_GUILESS_MAIN(TestSearchTokenizer)
#include "TestSearchTokenizer.moc"
