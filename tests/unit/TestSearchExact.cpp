// Search ranks every match (issue #25): on a generated replica of a few thousand modules, many
// random queries of each kind — a word, two words, a prefix, a phrase, each with and without each
// filter — give exactly the top k of BM25 over every match, as SQLite's own FTS5 bm25() ranks them
// in a table the test builds itself from the modules' rows (an independent implementation: not our
// index, not our scorer). The same after modules are updated, removed, or left pending on a new
// document. And the number of matches is the exhaustive count when the search calls it exact.
#include "../bench/SyntheticRegistration.h"
#include "SearchIndexCheck.h"
#include "TestEnvironment.h"
#include "store/ModuleStore.h"
#include "store/SqliteDatabase.h"

#include <QtTest>
#include <cmath>

using namespace modreg;

namespace {
constexpr int kModules = 3000;
} // namespace

class TestSearchExact : public QObject
{
    Q_OBJECT

    TestEnvironment m_env;
    QString m_path;
    QStringList m_vocabulary;
    QStringList m_descriptions; // of the modules as registered, for phrases
    QRandomGenerator m_rng{2512};
    const QString m_location = QStringLiteral("evm:31337:0x5fbdb2315678afecb367f032d93f642f64180aa3");

    QString word()
    {
        // Zipf-like: the first words are in a large share of all modules, so a search has to skip.
        const double u = m_rng.generateDouble();
        return m_vocabulary[std::min<qsizetype>(m_vocabulary.size() - 1,
                                                qsizetype(std::pow(u, 3) * m_vocabulary.size()))];
    }
    QString words(int n)
    {
        QStringList out;
        for (int i = 0; i < n; ++i)
            out << word();
        return out.join(QLatin1Char(' '));
    }
    ModuleMetadata module(int i)
    {
        ModuleMetadata m;
        m.name = words(1 + int(m_rng.bounded(3)));
        m.version = QStringLiteral("1.0.%1").arg(i);
        m.author = QStringLiteral("author%1").arg(m_rng.bounded(12));
        m.description = words(3 + int(m_rng.bounded(40)));
        m.entrypoint = QStringLiteral("main.py");
        m.custom = nlohmann::json{{"note", words(int(m_rng.bounded(4))).toStdString()}};
        for (int t = int(m_rng.bounded(4)); t > 0; --t)
            m.tags << QStringLiteral("tag%1").arg(m_rng.bounded(15));
        m.tags.removeDuplicates();
        m.cid = QStringLiteral("bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy");
        return m;
    }
    QByteArray key()
    {
        static const int lengths[] = {32, 32, 20, 64};
        QByteArray k(lengths[m_rng.bounded(4)], '\0');
        for (char& c : k)
            c = char(m_rng.bounded(256));
        return k;
    }

    struct Reference
    {
        QList<std::pair<QByteArray, double>> ranked; // every match, best first
        QHash<QByteArray, double> score;
    };
    // Every match of `q`, by FTS5's bm25() with the ranking's column weights, over a table built here.
    Reference reference(SqliteDatabase& db, const SearchQuery& q)
    {
        QString sql = QStringLiteral(
            "SELECT m.key, -bm25(reference, 10.0, 2.0, 4.0, 3.0, 1.0, 1.0) FROM reference JOIN "
            "main.modules m ON m.rowid = reference.rowid WHERE reference MATCH ?1");
        if (!q.author.isEmpty())
            sql += QStringLiteral(" AND m.author = ?2 COLLATE NOCASE");
        if (q.keyType)
            sql += QStringLiteral(" AND length(m.key) = ?3");
        if (q.verifiedOnly)
            sql += QStringLiteral(" AND m.state = 1");
        if (q.updatedSinceBlock > 0)
            sql += QStringLiteral(" AND m.block >= ?4");
        if (!q.tag.isEmpty())
            sql += QStringLiteral(" AND (' ' || m.tags || ' ') LIKE ('% ' || ?5 || ' %')");
        sql += QStringLiteral(" ORDER BY 2 DESC, m.rowid DESC");
        Result<SqliteDatabase::Statement> prepared = db.prepare(sql.toUtf8().constData());
        if (!prepared)
            qFatal("%s", qPrintable(prepared.error()));
        auto s = std::move(prepared).value();
        s.bind(1, ModuleStore::ftsQuery(q.text));
        if (!q.author.isEmpty())
            s.bind(2, q.author);
        if (q.keyType)
            s.bind(3, qint64(ModuleKey::lengthOf(*q.keyType)));
        if (q.updatedSinceBlock > 0)
            s.bind(4, qint64(q.updatedSinceBlock));
        if (!q.tag.isEmpty())
            s.bind(5, q.tag);
        Reference r;
        while (s.step().value()) {
            r.ranked.append({s.blob(0), s.real(1)});
            r.score.insert(s.blob(0), s.real(1));
        }
        return r;
    }

    static bool close(double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b)); }

    // Random queries of each kind against the reference; returns how many were checked.
    int compareRandomQueries(ModuleStore& store, int count)
    {
        auto db = std::move(SqliteDatabase::open(m_path)).value();
        if (!db->exec(
                "CREATE VIRTUAL TABLE temp.reference USING fts5(name, description, tags, author, "
                "entrypoint, custom_text, tokenize = 'unicode61 remove_diacritics 2');"
                "INSERT INTO temp.reference(rowid, name, description, tags, author, entrypoint, custom_text) "
                "SELECT rowid, name, description, tags, author, entrypoint, custom_text FROM main.modules "
                "WHERE name IS NOT NULL;"))
            return -1;
        QSet<QString> postings;
        if (const QStringList problems = searchIndexCheck::blockProblems(*db, &postings);
            !problems.isEmpty()) {
            qWarning("%s", qPrintable(problems.join(QLatin1Char('\n'))));
            return -1;
        }
        // The word pairs' lists (a phrase of two pair words is one) hold what FTS5's positions give,
        // and there are some: the phrases below test them.
        QSet<QString> pairs;
        for (const QString& p : std::as_const(postings))
            if (p.startsWith(QLatin1String("03")))
                pairs << p;
        if (!db->exec("CREATE VIRTUAL TABLE temp.reference_terms USING fts5vocab(temp, reference, instance)"))
            return -1;
        const QSet<QString> referencePairs = searchIndexCheck::referencePairPostings(
            *db, "temp.reference_terms", searchIndexCheck::lengthsOf(*db, "temp.reference_terms"));
        if (pairs != referencePairs || pairs.isEmpty()) {
            qWarning("word pairs: %lld postings, %lld expected", qlonglong(pairs.size()),
                     qlonglong(referencePairs.size()));
            return -1;
        }
        int checked = 0, withMatches = 0;
        for (int i = 0; i < count; ++i) {
            SearchQuery q;
            switch (i % 4) {
            case 0:
                q.text = word() + QLatin1Char(' ');
                break;
            case 1:
                q.text = words(2) + QLatin1Char(' ');
                break;
            case 2: { // a prefix: the last word, 3 letters or more, as typed
                const QString w = word();
                q.text = words(int(m_rng.bounded(2))) + QLatin1Char(' ') +
                         w.left(3 + int(m_rng.bounded(std::max<qsizetype>(1, w.size() - 2))));
                break;
            }
            default: { // a phrase of two or three words from a description
                const QStringList d =
                    m_descriptions[m_rng.bounded(int(m_descriptions.size()))].split(QLatin1Char(' '));
                const int n = int(std::min<qsizetype>(d.size(), 2 + m_rng.bounded(2)));
                const int from = int(m_rng.bounded(int(d.size() - n + 1)));
                q.text = QLatin1Char('"') + d.mid(from, n).join(QLatin1Char(' ')) + QLatin1Char('"');
                if (m_rng.bounded(2))
                    q.text += QLatin1Char(' ') + word();
            }
            }
            const int filter = i / 4 % 7; // none, each filter alone, all of them
            if (filter == 1 || filter == 6)
                q.tag = QStringLiteral("tag%1").arg(m_rng.bounded(15));
            if (filter == 2 || filter == 6)
                q.author = QStringLiteral("AUTHOR%1").arg(m_rng.bounded(12)); // any case
            if (filter == 3 || filter == 6)
                q.keyType = std::vector{ModuleKey::Type::Ed25519, ModuleKey::Type::EthereumAddress,
                                        ModuleKey::Type::Secp256k1}[m_rng.bounded(3)];
            if (filter == 4 || filter == 6)
                q.verifiedOnly = true;
            if (filter == 5 || filter == 6)
                q.updatedSinceBlock = 1 + m_rng.bounded(kModules / 10);
            q.limit = std::vector{1, 10, 50}[m_rng.bounded(3)];

            const Result<SearchResults> ours = store.search(q);
            if (!ours) {
                qWarning("%s: %s", qPrintable(q.text), qPrintable(ours.error()));
                return -1;
            }
            const Reference exact = reference(*db, q);
            const QList<SearchHit>& hits = ours.value().hits;
            const auto describe = [&] {
                return QStringLiteral("query \"%1\" tag %2 author %3 type %4 verified %5 since %6 limit %7")
                    .arg(q.text, q.tag, q.author)
                    .arg(q.keyType ? int(*q.keyType) : -1)
                    .arg(q.verifiedOnly)
                    .arg(q.updatedSinceBlock)
                    .arg(q.limit);
            };
            if (hits.size() != std::min<qsizetype>(q.limit, exact.ranked.size())) {
                qWarning("%s: %lld hits, %lld expected", qPrintable(describe()), qlonglong(hits.size()),
                         qlonglong(std::min<qsizetype>(q.limit, exact.ranked.size())));
                return -1;
            }
            // Position by position, the score of our hit is the exact ranking's score there: the
            // same modules, up to modules of equal score.
            for (qsizetype p = 0; p < hits.size(); ++p) {
                if (!exact.score.contains(hits[p].key) ||
                    !close(exact.score.value(hits[p].key), exact.ranked[p].second)) {
                    qWarning("%s: position %lld holds a module scored %g where the exact ranking has %g",
                             qPrintable(describe()), qlonglong(p), exact.score.value(hits[p].key, -1),
                             exact.ranked[p].second);
                    return -1;
                }
            }
            if (ours.value().matchesExact && ours.value().matches != exact.ranked.size()) {
                qWarning("%s: counted %lld matches, there are %lld", qPrintable(describe()),
                         qlonglong(ours.value().matches), qlonglong(exact.ranked.size()));
                return -1;
            }
            ++checked;
            withMatches += exact.ranked.isEmpty() ? 0 : 1;
        }
        qInfo("%d queries compared, %d of them with matches", checked, withMatches);
        return withMatches > count / 2 ? checked : -1; // most queries must have found something
    }

private slots:
    void initTestCase()
    {
        m_path = m_env.path() + QStringLiteral("/exact.sqlite");
        for (int i = 0; i < 400; ++i) {
            QString w;
            for (int s = 0, n = 1 + i % 3 + int(m_rng.bounded(2)); s < n; ++s)
                w += QLatin1String(std::vector{"ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze",
                                               "bo"}[m_rng.bounded(10)]);
            if (!m_vocabulary.contains(w))
                m_vocabulary << w;
        }
        m_vocabulary << QStringLiteral("Café") << QStringLiteral("naïve"); // folded as FTS5 folds them
    }

    void everyQueryGivesTheExactTopK()
    {
        auto store = std::move(ModuleStore::open(m_path)).value();
        QList<RegistryEvent> events;
        QList<FetchedDocument> documents;
        QList<QByteArray> keys;
        for (int i = 0; i < kModules; ++i) {
            const ModuleMetadata m = module(i);
            m_descriptions << m.description;
            keys << key();
            addSyntheticRegistration(m, keys.last(), 1 + i / 10, i % 10, events, documents);
        }
        QVERIFY(store->apply(m_location, events, BlockRef{kModules / 10 + 1, QByteArray(32, '\x02')}));
        QVERIFY(store->recordDocuments(documents));
        QVERIFY(compareRandomQueries(*store, 700) > 0);

        // Changes: 300 modules get new text, 100 are removed, 100 point at a document not fetched yet
        // (pending, their old text still searchable, not "verified").
        events.clear();
        documents.clear();
        const quint64 later = kModules / 10 + 2;
        for (int i = 0; i < 500; ++i) {
            const int which = int(m_rng.bounded(kModules));
            RegistryEvent e;
            e.key = keys[which];
            e.account = QByteArray(20, '\x01');
            e.block = BlockRef{later, QByteArray(32, '\x04')};
            e.logIndex = quint64(i);
            e.transactionHash = QByteArray(32, '\x05');
            if (i < 300) {
                ModuleMetadata m = module(which);
                m_descriptions << m.description;
                QList<RegistryEvent> one;
                addSyntheticRegistration(m, keys[which], later, quint64(i), one, documents);
                e = one.first();
                e.kind = RegistryEvent::Kind::Updated;
            } else if (i < 400) {
                e.kind = RegistryEvent::Kind::Removed;
            } else {
                e.kind = RegistryEvent::Kind::Updated;
                e.cid = QStringLiteral("bafkreiaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa%1")
                            .arg(i, 4, 10, QLatin1Char('0'));
            }
            events << e;
        }
        QVERIFY(store->apply(m_location, events, BlockRef{later, QByteArray(32, '\x04')}));
        QVERIFY(store->recordDocuments(documents));
        QVERIFY(compareRandomQueries(*store, 700) > 0);
    }

    // A word no module has, a phrase of punctuation only, and a filter nothing passes: no hits, 0
    // matches, and no error.
    void nothingMatchesIsAnAnswer()
    {
        auto store = std::move(ModuleStore::open(m_path)).value();
        for (const QString& text :
             {QStringLiteral("zzzqqq "), QStringLiteral("\"---\""), QStringLiteral("zzq")}) {
            SearchQuery q;
            q.text = text;
            const Result<SearchResults> r = store->search(q);
            QVERIFY2(r, qPrintable(r ? QString() : r.error()));
            QCOMPARE(r.value().hits.size(), 0);
            QCOMPARE(r.value().matches, 0);
        }
        SearchQuery q;
        q.text = m_vocabulary.first();
        q.tag = QStringLiteral("no-such-tag");
        QCOMPARE(store->search(q).value().hits.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSearchExact)
#include "TestSearchExact.moc"
