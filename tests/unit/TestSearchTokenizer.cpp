// The search index reads words exactly as the replica's FTS5 table does (store/SearchTokenizer.h):
// the same tokens, in the same order, as FTS5's own fts5vocab lists for the same text. And a phrase
// found in a module's text (search::phraseFrequency) as often as FTS5 finds it.
#include "TestEnvironment.h"
#include "store/PhraseMatches.h"
#include "store/SearchIndex.h"
#include "store/SearchTokenizer.h"
#include "store/SqliteDatabase.h"

#include <QtTest>

using namespace modreg;
using namespace Qt::StringLiterals;

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

    // Overlapping instances ("ka ka" twice in "ka ka ka"), a phrase across two columns (not one),
    // punctuation and case between the words, each column's weight: as FTS5 counts the instances
    // (xInst, through modreg_phrase_posting, which the FTS5 route of phrases uses).
    void aPhraseIsFoundInTheTextAsFts5FindsIt()
    {
        auto db = std::move(SqliteDatabase::open(m_env.path() + QStringLiteral("/p.sqlite"))).value();
        QVERIFY(PhraseMatches::install(db->handle()));
        QVERIFY(db->exec("CREATE VIRTUAL TABLE modules_fts USING fts5(name, description, tags, author, "
                         "entrypoint, custom_text, tokenize = 'unicode61 remove_diacritics 2');"));
        const SearchTokenizer tokenizer = std::move(SearchTokenizer::create(db->handle())).value();
        const QList<search::IndexedText> texts{
            {1, {}, u"ka ka ka"_s, u"ka-KA lo ka"_s, u"ka"_s, u"ka ka"_s, u"x"_s, {}},
            {2,
             {},
             u"speech"_s,
             u"recognition of speech recognition"_s,
             u"speech recognition"_s,
             u""_s,
             u""_s,
             u"a"_s},
            {3,
             {},
             u"Café naïve"_s,
             u"café, naive café NAÏVE"_s,
             u""_s,
             u""_s,
             u"cafe naive"_s,
             u"cafe naive cafe naive"_s},
            {4, {}, u"lo ka"_s, u"ka lo ka lo"_s, u"lo"_s, u"ka"_s, u""_s, u"lo ka lo"_s}};
        const QStringList phrases{QStringLiteral("ka ka"),      QStringLiteral("speech recognition"),
                                  QStringLiteral("cafe naive"), QStringLiteral("ka lo ka"),
                                  QStringLiteral("lo ka"),      QStringLiteral("ka ka ka")};
        for (const search::IndexedText& t : texts) {
            auto insert = std::move(db->prepare("INSERT INTO modules_fts(rowid, name, description, tags, "
                                                "author, entrypoint, custom_text) VALUES(?1, ?2, ?3, ?4, "
                                                "?5, ?6, ?7)"))
                              .value();
            insert.bind(1, t.rowid)
                .bind(2, t.name)
                .bind(3, t.description)
                .bind(4, t.tags)
                .bind(5, t.author)
                .bind(6, t.entrypoint)
                .bind(7, t.customText);
            QVERIFY(insert.run());
        }
        int found = 0;
        for (const QString& phrase : phrases)
            for (const search::IndexedText& t : texts) {
                auto fts = std::move(db->prepare("SELECT modreg_phrase_posting(modules_fts) >> 32 FROM "
                                                 "modules_fts WHERE modules_fts MATCH ?1 AND rowid = ?2"))
                               .value();
                fts.bind(1, QLatin1Char('"') + phrase + QLatin1Char('"')).bind(2, t.rowid);
                const qint64 expected = fts.step().value() ? fts.integer(0) : 0;
                const std::array<QByteArray, 6> columns{t.name.toUtf8(),       t.description.toUtf8(),
                                                        t.tags.toUtf8(),       t.author.toUtf8(),
                                                        t.entrypoint.toUtf8(), t.customText.toUtf8()};
                QCOMPARE(qint64(search::phraseFrequency(tokenizer, columns, tokenizer.tokens(phrase))),
                         expected);
                found += expected > 0 ? 1 : 0;
            }
        QVERIFY(found >= 6);
    }
};

QTEST_GUILESS_MAIN(TestSearchTokenizer)
#include "TestSearchTokenizer.moc"
