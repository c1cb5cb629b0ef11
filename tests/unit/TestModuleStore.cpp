// The replica store on a real SQLite file: events become history and current entries, replays are
// harmless, documents make modules verified or invalid (with the reason), a rollback rebuilds the
// entries as of the ancestor, failed fetches wait for their retry time, and the schema refuses a
// file from a newer Modreg.
#include "OlderReplica.h"
#include "SearchIndexCheck.h"
#include "SearchIndexSegments.h"
#include "TestEnvironment.h"
#include "store/CidHash.h"
#include "store/ModuleStore.h"
#include "store/PostingBlock.h"
#include "store/SearchTermCache.h"
#include "store/SqliteDatabase.h"

#include <QtTest>

using namespace modreg;
using Kind = RegistryEvent::Kind;

namespace {
const QString kLocation = QStringLiteral("evm:5fbdb2315678afecb367f032d93f642f64180aa3");
const QString kCidA = QStringLiteral("bafkreiey5jxe6ilpf62lnh77tm5ejbbmhbugzjuf6p2v3remlu73ced34q");
const QString kCidB = QStringLiteral("QmPZ9gcCEpqKTo6aq61g2nXGUhM4iCL3ewB6LDXZCtioEB");

QByteArray key(int i)
{
    return QByteArray(31, '\x11') + static_cast<char>(i);
}
QByteArray account(int i)
{
    return QByteArray(19, '\x22') + static_cast<char>(i);
}
BlockRef block(quint64 n, char fork = 'a')
{
    return {n, QByteArray(32, fork) + QByteArray::number(n)};
}
RegistryEvent registryEvent(Kind kind, const QByteArray& k, quint64 n, quint64 logIndex,
                            const QString& cid = {}, const QByteArray& owner = account(1), char fork = 'a')
{
    RegistryEvent e;
    e.kind = kind;
    e.key = k;
    e.cid = cid;
    e.account = owner;
    e.block = block(n, fork);
    e.logIndex = logIndex;
    e.transactionHash = QByteArray(32, static_cast<char>(n));
    return e;
}
SearchQuery words(const QString& text)
{
    SearchQuery q;
    q.text = text;
    return q;
}
FetchedDocument document(const QString& cid, const QByteArray& forKey, const QString& name)
{
    ModuleMetadata m;
    m.name = name;
    m.version = QStringLiteral("1.0.0");
    m.author = QStringLiteral("store test");
    m.key = ModuleKey{ModuleKey::Type::Ed25519, forKey};
    return {cid, m.documentBytes(), m, {}};
}

// How the store's full-text index differs from one FTS5 builds itself from the same rows (every row
// with a name): rows indexed that should not be or the other way round, column sizes, and term
// instances (term, row, column, offset). Empty when the store kept its index in step.
QStringList indexDifference(const QString& path)
{
    auto opened = SqliteDatabase::open(path);
    if (!opened)
        return {opened.error()};
    auto db = std::move(opened).value();
    const Status built = db->exec(
        "CREATE VIRTUAL TABLE temp.reference USING fts5(name, description, tags, author, entrypoint, "
        "custom_text, tokenize = 'unicode61 remove_diacritics 2');"
        "INSERT INTO temp.reference(rowid, name, description, tags, author, entrypoint, custom_text) "
        "SELECT rowid, name, description, tags, author, entrypoint, custom_text FROM main.modules "
        "WHERE name IS NOT NULL;"
        "CREATE VIRTUAL TABLE temp.ours_terms USING fts5vocab(main, modules_fts, instance);"
        "CREATE VIRTUAL TABLE temp.reference_terms USING fts5vocab(temp, reference, instance);");
    if (!built)
        return {built.error()};
    QStringList out;
    const auto count = [&](const char* what, const char* sql) {
        auto q = std::move(db->prepare(sql)).value();
        (void)q.step();
        if (q.integer(0) != 0)
            out << QStringLiteral("%1: %2").arg(QLatin1String(what)).arg(q.integer(0));
    };
    count("rows indexed that have no name",
          "SELECT count(*) FROM (SELECT id FROM main.modules_fts_docsize EXCEPT SELECT id FROM "
          "temp.reference_docsize)");
    count("rows with a name not indexed",
          "SELECT count(*) FROM (SELECT id FROM temp.reference_docsize EXCEPT SELECT id FROM "
          "main.modules_fts_docsize)");
    count("column sizes differ",
          "SELECT count(*) FROM main.modules_fts_docsize a JOIN temp.reference_docsize b "
          "USING(id) WHERE a.sz != b.sz");
    count("terms only in ours", "SELECT count(*) FROM (SELECT * FROM temp.ours_terms EXCEPT SELECT * FROM "
                                "temp.reference_terms)");
    count("terms missing from ours", "SELECT count(*) FROM (SELECT * FROM temp.reference_terms EXCEPT "
                                     "SELECT * FROM temp.ours_terms)");
    // The search index (ReplicaSchema 14), where there is one: each block decodes and its header says
    // what is in it; every (term, row, weighted frequency, length) is the one FTS5's own instances
    // give for the same rows (the column weights are the ranking's: name 10, description 2, tags 4,
    // author 3, entrypoint 1, custom 1); each tag and key type lists exactly its rows; the totals
    // are FTS5's.
    {
        auto q =
            std::move(db->prepare("SELECT count(*) FROM sqlite_master WHERE name = 'search_blocks'")).value();
        if (!q.step().value() || q.integer(0) == 0)
            return out;
    }
    QSet<QString> ours, reference;
    out << searchIndexCheck::blockProblems(*db, &ours);
    const QHash<qint64, qint64> lengths = searchIndexCheck::lengthsOf(*db, "temp.reference_terms");
    reference += searchIndexCheck::referencePairPostings(*db, "temp.reference_terms", lengths);
    auto instances =
        std::move(db->prepare("SELECT term, doc, sum(CASE col WHEN 'name' THEN 10 WHEN 'description' THEN 2 "
                              "WHEN 'tags' THEN 4 WHEN 'author' THEN 3 ELSE 1 END) FROM "
                              "temp.reference_terms GROUP BY term, doc"))
            .value();
    while (instances.step().value())
        reference << QStringLiteral("%1 %2 %3 %4")
                         .arg(QString::fromLatin1(instances.blob(0).toHex()))
                         .arg(instances.integer(1))
                         .arg(instances.integer(2))
                         .arg(lengths.value(instances.integer(1)));
    auto rows =
        std::move(db->prepare("SELECT rowid, tags, length(key) FROM main.modules WHERE name IS NOT NULL"))
            .value();
    while (rows.step().value()) {
        const qint64 length = lengths.value(rows.integer(0));
        for (const QString& tag : rows.text(1).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            reference << QStringLiteral("%1 %2 1 %3")
                             .arg(QString::fromLatin1((QByteArray("\x01") + tag.toLower().toUtf8()).toHex()))
                             .arg(rows.integer(0))
                             .arg(length);
        reference << QStringLiteral("%1 %2 1 %3")
                         .arg(QString::fromLatin1(
                             (QByteArray("\x02") + QByteArray::number(rows.integer(2))).toHex()))
                         .arg(rows.integer(0))
                         .arg(length);
    }
    if (const QSet<QString> extra = ours - reference; !extra.isEmpty())
        out << QStringLiteral("search index: %1 postings only in ours, e.g. %2")
                   .arg(extra.size())
                   .arg(*extra.begin());
    if (const QSet<QString> missing = reference - ours; !missing.isEmpty())
        out << QStringLiteral("search index: %1 postings missing, e.g. %2")
                   .arg(missing.size())
                   .arg(*missing.begin());
    auto totals =
        std::move(db->prepare("SELECT (SELECT documents FROM main.search_totals) - (SELECT count(*) FROM "
                              "temp.reference_docsize), (SELECT tokens FROM main.search_totals) - "
                              "(SELECT count(*) FROM temp.reference_terms)"))
            .value();
    if (totals.step().value() && (totals.integer(0) != 0 || totals.integer(1) != 0))
        out << QStringLiteral("search totals differ by %1 documents, %2 tokens")
                   .arg(totals.integer(0))
                   .arg(totals.integer(1));
    return out;
}
} // namespace

class TestModuleStore : public QObject
{
    Q_OBJECT
    TestEnvironment m_env;
    int m_files = 0;

    std::unique_ptr<ModuleStore> openNew()
    {
        Result<std::unique_ptr<ModuleStore>> store =
            ModuleStore::open(m_env.path() + QStringLiteral("/replica-%1.sqlite").arg(++m_files));
        if (!store)
            qFatal("%s", qPrintable(store.error()));
        return std::move(store).value();
    }

private slots:
    void eventsBecomeHistoryAndEntries()
    {
        auto store = openNew();
        QVERIFY(!store->checkpoint(kLocation));
        QVERIFY(store->apply(kLocation,
                             {registryEvent(Kind::Registered, key(1), 3, 0, kCidA),
                              registryEvent(Kind::Registered, key(2), 3, 1, kCidB),
                              registryEvent(Kind::Updated, key(1), 4, 0, kCidB),
                              registryEvent(Kind::Transferred, key(2), 5, 0, {}, account(2)),
                              registryEvent(Kind::Removed, key(2), 6, 0, {}, account(2))},
                             block(6)));
        QCOMPARE(store->checkpoint(kLocation), std::optional<BlockRef>(block(6)));
        QCOMPARE(store->moduleCount(), 1);
        const std::optional<StoredModule> one = store->module(key(1));
        QVERIFY(one);
        QCOMPARE(one->metadataCid, kCidB);
        QCOMPARE(one->owner, account(1));
        QCOMPARE(one->block, 4u);
        QCOMPARE(one->state, StoredModule::State::Pending);
        QVERIFY(!store->module(key(2)));
        const QList<RegistryEvent> history = store->history(key(2));
        QCOMPARE(history.size(), 3);
        QCOMPARE(history[1].kind, Kind::Transferred);
        QCOMPARE(history[1].account, account(2));
        QCOMPARE(history[2].block, block(6));
        // Both CIDs wait to be fetched (the removed key's too: it may come back in a reorg).
        QCOMPARE(store->pendingFetchCount(), 2);

        // The same batch again changes nothing.
        QVERIFY(store->apply(kLocation, {registryEvent(Kind::Registered, key(1), 3, 0, kCidA)}, block(6)));
        QCOMPARE(store->history(key(1)).size(), 2);
        QCOMPARE(store->module(key(1))->metadataCid, kCidB);

        // An event missing what the history must hold is an error, and nothing of its batch is kept.
        RegistryEvent broken = registryEvent(Kind::Registered, key(9), 7, 0, kCidA);
        broken.transactionHash.clear();
        QVERIFY(!store->apply(kLocation, {registryEvent(Kind::Registered, key(8), 7, 1, kCidA), broken},
                              block(7)));
        QVERIFY(!store->module(key(8)));
        QCOMPARE(store->checkpoint(kLocation), std::optional<BlockRef>(block(6)));
    }

    void documentsJudgeEveryModuleThatPointsAtThem()
    {
        auto store = openNew();
        QVERIFY(store->apply(kLocation,
                             {registryEvent(Kind::Registered, key(1), 1, 0, kCidA),
                              registryEvent(Kind::Registered, key(2), 1, 1, kCidA),
                              registryEvent(Kind::Registered, key(3), 1, 2, kCidB)},
                             block(1)));
        const auto counted = [&](qint64 verified, qint64 invalid, qint64 pending) {
            const ModuleStore::Counts c = store->counts();
            return c.verified == verified && c.invalid == invalid && c.pending == pending;
        };
        QVERIFY(counted(0, 0, 3));
        // One document, signed for key 1: key 1 verified, key 2 (pointing at the same CID) invalid.
        QVERIFY(store->recordDocument(document(kCidA, key(1), QStringLiteral("alpha"))));
        QVERIFY(counted(1, 1, 1));
        QCOMPARE(store->module(key(1))->state, StoredModule::State::Verified);
        QCOMPARE(store->module(key(1))->metadata->name, QStringLiteral("alpha"));
        const StoredModule two = *store->module(key(2));
        QCOMPARE(two.state, StoredModule::State::Invalid);
        QVERIFY2(two.reason.contains(QLatin1String("signed for the key")), qPrintable(two.reason));
        QVERIFY(!two.metadata);
        // An invalid document keeps its reason.
        QVERIFY(
            store->recordDocument({kCidB, QByteArray("{oops"), std::nullopt, QStringLiteral("not JSON")}));
        QCOMPARE(store->module(key(3))->state, StoredModule::State::Invalid);
        QCOMPARE(store->module(key(3))->reason, QStringLiteral("not JSON"));
        QCOMPARE(store->pendingFetchCount(), 0);
        QVERIFY(counted(1, 2, 0));
        // A later registration of a known CID takes the stored judgement at once, without a fetch.
        QVERIFY(store->apply(kLocation, {registryEvent(Kind::Updated, key(3), 2, 0, kCidA)}, block(2)));
        QCOMPARE(store->module(key(3))->state, StoredModule::State::Invalid); // signed for key 1
        QCOMPARE(store->pendingFetchCount(), 0);
    }

    void rollbackRebuildsAsOfTheAncestor()
    {
        auto store = openNew();
        QVERIFY(store->apply(kLocation, {registryEvent(Kind::Registered, key(1), 5, 0, kCidA)}, block(5)));
        QVERIFY(store->recordDocument(document(kCidA, key(1), QStringLiteral("kept"))));
        QVERIFY(store->apply(kLocation,
                             {registryEvent(Kind::Updated, key(1), 6, 0, kCidB),
                              registryEvent(Kind::Registered, key(2), 6, 1, kCidB),
                              registryEvent(Kind::Removed, key(1), 7, 0)},
                             block(7)));
        QVERIFY(!store->module(key(1)));
        QVERIFY(store->rollback(kLocation, block(5)));
        QCOMPARE(store->checkpoint(kLocation), std::optional<BlockRef>(block(5)));
        const std::optional<StoredModule> one = store->module(key(1));
        QVERIFY(one);
        QCOMPARE(one->metadataCid, kCidA);
        QCOMPARE(one->state, StoredModule::State::Verified); // its document is still known: no refetch
        QCOMPARE(one->metadata->name, QStringLiteral("kept"));
        QVERIFY(!store->module(key(2)));
        QCOMPARE(store->history(key(1)).size(), 1);
        // The other fork's blocks arrive.
        QVERIFY(store->apply(kLocation, {registryEvent(Kind::Updated, key(1), 6, 0, kCidB, account(1), 'b')},
                             block(6, 'b')));
        QCOMPARE(store->module(key(1))->metadataCid, kCidB);
        QCOMPARE(store->history(key(1)).last().block, block(6, 'b'));
    }

    void failedFetchesWaitForTheirTime()
    {
        auto store = openNew();
        QVERIFY(store->apply(kLocation,
                             {registryEvent(Kind::Registered, key(1), 1, 0, kCidA),
                              registryEvent(Kind::Registered, key(2), 1, 1, kCidB)},
                             block(1)));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(store->dueFetches(10, now).size(), 2);
        QVERIFY(store->recordFetchFailure(kCidA, QStringLiteral("gateway timeout"), now.addSecs(30)));
        QCOMPARE(store->dueFetches(10, now), QStringList{kCidB});
        QCOMPARE(store->fetchAttempts(kCidA), 1);
        QCOMPARE(store->dueFetches(10, now.addSecs(31)).size(), 2);
        QCOMPARE(store->module(key(1))->state, StoredModule::State::Pending);
    }

    // Equally due, CIDs are fetched in the order their events came, not in the order of the CIDs.
    void fetchesFallDueInTheOrderTheyCame()
    {
        auto store = openNew();
        const QString kCidC = QStringLiteral("bafkreia000000000000000000000000000000000000000000000000000");
        QVERIFY(store->apply(kLocation,
                             {registryEvent(Kind::Registered, key(1), 1, 0, kCidB),
                              registryEvent(Kind::Registered, key(2), 1, 1, kCidA),
                              registryEvent(Kind::Registered, key(3), 1, 2, kCidC)},
                             block(1)));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(store->dueFetches(10, now), (QStringList{kCidB, kCidA, kCidC}));
        QCOMPARE(store->dueFetches(2, now), (QStringList{kCidB, kCidA}));
        QVERIFY(store->recordFetchFailure(kCidB, QStringLiteral("gateway timeout"), now.addSecs(30)));
        QCOMPARE(store->dueFetches(10, now), (QStringList{kCidA, kCidC}));
        QCOMPARE(store->nextFetchDue(), std::optional<QDateTime>(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC)));
        // "Sync now": the waiting one is due now, after those that were due before it.
        QVERIFY(store->makeFetchesDue(now));
        QCOMPARE(store->dueFetches(10, now), (QStringList{kCidA, kCidC, kCidB}));
        QVERIFY(store->recordDocuments({document(kCidA, key(2), QStringLiteral("second"))}));
        QCOMPARE(store->dueFetches(10, now), (QStringList{kCidC, kCidB}));
        QCOMPARE(store->fetchError(kCidB), QStringLiteral("gateway timeout"));
    }

    void searchRanksFiltersAndHighlights()
    {
        auto store = openNew();
        struct Spec
        {
            int key;
            const char* name;
            const char* author;
            const char* description;
            QStringList tags;
            int keyLength;
        };
        const QList<Spec> specs{
            {1,
             "text-summarizer",
             "Ada",
             "Summarizes long text into short text.",
             {QStringLiteral("nlp")},
             32},
            {2,
             "image-classifier",
             "Bob",
             "Labels images. Not a text model.",
             {QStringLiteral("vision")},
             32},
            {3,
             "translator",
             "Ada",
             "Translates text between languages; a summarizer is separate.",
             {QStringLiteral("nlp"), QStringLiteral("text")},
             20},
            {4,
             "speech-to-text",
             "Cy",
             "<script>alert(1)</script> transcribes audio",
             {QStringLiteral("audio")},
             64},
        };
        QList<RegistryEvent> events;
        for (const Spec& sp : specs) {
            const QByteArray k = QByteArray(sp.keyLength - 1, '\x33') + static_cast<char>(sp.key);
            events << registryEvent(Kind::Registered, k, 10 + static_cast<quint64>(sp.key), 0,
                                    QStringLiteral("bafkreid%1").arg(sp.key), account(1));
        }
        QVERIFY(store->apply(kLocation, events, block(20)));
        for (int i = 0; i < specs.size(); ++i) {
            ModuleMetadata m;
            m.name = QLatin1String(specs[i].name);
            m.version = QStringLiteral("1.0.0");
            m.author = QLatin1String(specs[i].author);
            m.description = QString::fromUtf8(specs[i].description);
            m.tags = specs[i].tags;
            m.custom = {{"framework", i == 1 ? "pytorch" : "none"}};
            m.key = ModuleKey{*ModuleKey::typeForLength(events[i].key.size()), events[i].key};
            QVERIFY(store->recordDocument({events[i].cid, m.documentBytes(), m, {}}));
        }
        const auto names = [&](const SearchQuery& q) {
            QStringList out;
            const Result<SearchResults> hits = store->search(q);
            if (!hits)
                qWarning("%s", qPrintable(hits.error()));
            for (const SearchHit& h : hits ? hits.value().hits : QList<SearchHit>())
                out << h.name;
            return out;
        };
        // A word in a name outranks the same word in descriptions.
        QCOMPARE(names(words(QStringLiteral("text "))).first(), QStringLiteral("text-summarizer"));
        QCOMPARE(names(words(QStringLiteral("text "))).size(), 4);
        // As typed: the last word is a prefix.
        QCOMPARE(names(words(QStringLiteral("summ"))),
                 (QStringList{QStringLiteral("text-summarizer"), QStringLiteral("translator")}));
        // A phrase must appear as written.
        QCOMPARE(names(words(QStringLiteral("\"short text\""))),
                 QStringList{QStringLiteral("text-summarizer")});
        QCOMPARE(names(words(QStringLiteral("\"text short\""))), QStringList{});
        // The text of custom is searched too.
        QCOMPARE(names(words(QStringLiteral("pytorch"))), QStringList{QStringLiteral("image-classifier")});
        // Filters.
        SearchQuery byAuthor = words(QStringLiteral("text"));
        byAuthor.author = QStringLiteral("ada");
        QCOMPARE(names(byAuthor).size(), 2);
        SearchQuery byTag = words(QStringLiteral("text"));
        byTag.tag = QStringLiteral("nlp");
        QCOMPARE(names(byTag).size(), 2);
        SearchQuery byKey = words(QStringLiteral("text"));
        byKey.keyType = ModuleKey::Type::EthereumAddress;
        QCOMPARE(names(byKey), QStringList{QStringLiteral("translator")});
        SearchQuery since = words(QString());
        since.updatedSinceBlock = 13;
        QCOMPARE(names(since), (QStringList{QStringLiteral("speech-to-text"), QStringLiteral("translator")}));
        // Words that are FTS5 operators are just words; quotes inside are harmless.
        QCOMPARE(names(words(QStringLiteral("NOT AND OR NEAR(\""))), QStringList{});
        // Matches are marked in the snippet; HTML stays as text.
        const QList<SearchHit> hits = store->search(words(QStringLiteral("transcribes"))).value().hits;
        QCOMPARE(hits.size(), 1);
        QVERIFY2(hits.first().snippet.contains(QString(SearchHit::kMatchStart) +
                                               QStringLiteral("transcribes") + SearchHit::kMatchEnd),
                 qPrintable(hits.first().snippet));
        QVERIFY(hits.first().snippet.contains(QLatin1String("<script>")));
        // A removed module leaves the index.
        QVERIFY(store->apply(kLocation, {registryEvent(Kind::Removed, events[0].key, 21, 0)}, block(21)));
        QVERIFY(!names(words(QStringLiteral("summarizer"))).contains(QStringLiteral("text-summarizer")));
    }

    // The store writes the index itself (no triggers, ReplicaSchema 4): after every kind of change
    // it must hold exactly what FTS5 would build from the rows.
    void fullTextIndexFollowsEveryChange()
    {
        const QString path = m_env.path() + QStringLiteral("/index.sqlite");
        const QString cidC = QStringLiteral("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku");
        auto opened = ModuleStore::open(path);
        QVERIFY2(opened, qPrintable(opened.error()));
        auto store = std::move(opened).value();
        QVERIFY(store->apply(kLocation,
                             {registryEvent(Kind::Registered, key(1), 1, 0, kCidA),
                              registryEvent(Kind::Registered, key(2), 1, 1, kCidA),
                              registryEvent(Kind::Registered, key(3), 1, 2, kCidB)},
                             block(1)));
        QCOMPARE(indexDifference(path).join(QLatin1Char(10)), QString());
        QVERIFY(store->recordDocuments({document(kCidA, key(1), QStringLiteral("first words")),
                                        document(kCidB, key(3), QStringLiteral("third words"))}));
        QCOMPARE(indexDifference(path).join(QLatin1Char(10)), QString()); // key 2 invalid: not indexed
        // A new version: found by its new name, not by the old one.
        QVERIFY(store->apply(kLocation, {registryEvent(Kind::Updated, key(1), 2, 0, cidC)}, block(2)));
        QVERIFY(store->recordDocument(document(cidC, key(1), QStringLiteral("renamed entirely"))));
        QCOMPARE(indexDifference(path).join(QLatin1Char(10)), QString());
        QCOMPARE(store->search(words(QStringLiteral("renamed"))).value().hits.size(), 1);
        QCOMPARE(store->search(words(QStringLiteral("first"))).value().hits.size(), 0);
        // Removed, then back by a rollback.
        QVERIFY(store->apply(kLocation, {registryEvent(Kind::Removed, key(3), 3, 0)}, block(3)));
        QCOMPARE(indexDifference(path).join(QLatin1Char(10)), QString());
        QCOMPARE(store->search(words(QStringLiteral("third"))).value().hits.size(), 0);
        QVERIFY(store->rollback(kLocation, block(1)));
        QCOMPARE(indexDifference(path).join(QLatin1Char(10)), QString());
        QCOMPARE(store->search(words(QStringLiteral("third"))).value().hits.size(), 1);
        QCOMPARE(store->search(words(QStringLiteral("first"))).value().hits.size(), 1);
        // A sync from scratch empties the index with the rows.
        QVERIFY(store->reset(kLocation));
        QCOMPARE(indexDifference(path).join(QLatin1Char(10)), QString());
        QCOMPARE(store->search(words(QStringLiteral("words"))).value().hits.size(), 0);
        QVERIFY(store->apply(kLocation, {registryEvent(Kind::Registered, key(3), 1, 0, kCidB)}, block(1)));
        QCOMPARE(indexDifference(path).join(QLatin1Char(10)), QString());
        QCOMPARE(store->search(words(QStringLiteral("third"))).value().hits.size(), 1);

        // A replica written by schema 3 (triggers, every row indexed) is brought to the same state.
        QVERIFY(store->apply(
            kLocation, {registryEvent(Kind::Registered, key(4), 2, 0, QStringLiteral("bafkreiunfetched"))},
            block(2)));
        store.reset();
        {
            auto db = std::move(SqliteDatabase::open(path)).value();
            QVERIFY(db->exec(olderReplica::kBeforeSchema11));
            QVERIFY(
                db->exec("CREATE TRIGGER modules_fts_insert AFTER INSERT ON modules BEGIN SELECT 1; END;"
                         "CREATE TRIGGER modules_fts_delete AFTER DELETE ON modules BEGIN SELECT 1; END;"
                         "CREATE TRIGGER modules_fts_update AFTER UPDATE ON modules BEGIN SELECT 1; END;"
                         "INSERT INTO modules_fts(modules_fts) VALUES('rebuild'); PRAGMA user_version = 3;"));
            QCOMPARE(indexDifference(path).size(), 1); // the pending row, indexed as schema 3 did
        }
        store = std::move(ModuleStore::open(path)).value();
        QCOMPARE(indexDifference(path).join(QLatin1Char(10)), QString());
        QCOMPARE(store->search(words(QStringLiteral("third"))).value().hits.size(), 1);
    }

    // The indexes find a CID by its CidHash; another CID with the same number (made here by hand:
    // FNV-1a collisions are rare) must not be taken for it.
    void cidsThatShareAHashAreToldApart()
    {
        const QString path = m_env.path() + QStringLiteral("/hash.sqlite");
        auto store = std::move(ModuleStore::open(path)).value();
        QVERIFY(store->apply(kLocation, {registryEvent(Kind::Registered, key(1), 1, 0, kCidA)}, block(1)));
        const QString impostor = QStringLiteral("bafkreiimpostor");
        {
            auto db = std::move(SqliteDatabase::open(path)).value();
            auto add =
                std::move(
                    db->prepare("INSERT INTO documents(cid, cid_hash, valid, bytes) VALUES(?1, ?2, 1, ?3);"))
                    .value();
            add.bind(1, impostor)
                .bind(2, CidHash::of(kCidA))
                .bind(3, document(impostor, key(1), QStringLiteral("impostor")).bytes);
            QVERIFY(add.run());
            auto fetch = std::move(db->prepare("INSERT INTO fetches(cid, cid_hash) VALUES(?1, ?2)")).value();
            fetch.bind(1, impostor).bind(2, CidHash::of(kCidA));
            QVERIFY(fetch.run());
        }
        QCOMPARE(store->pendingFetchCount(), 2);
        QVERIFY(store->recordFetchFailure(kCidA, QStringLiteral("no provider"),
                                          QDateTime::currentDateTimeUtc().addSecs(60)));
        QCOMPARE(store->fetchAttempts(kCidA), 1);
        QCOMPARE(store->fetchAttempts(impostor), 0);
        QCOMPARE(store->module(key(1))->state, StoredModule::State::Pending); // not the impostor's
        QCOMPARE(store->module(key(1))->reason, QStringLiteral("no provider"));
        QVERIFY(store->recordDocument(document(kCidA, key(1), QStringLiteral("genuine"))));
        QCOMPARE(store->module(key(1))->metadata->name, QStringLiteral("genuine"));
        QCOMPARE(store->fetchError(impostor), QString()); // still waiting, untouched
        QCOMPARE(store->pendingFetchCount(), 1);
        QCOMPARE(store->dueFetches(10, QDateTime::currentDateTimeUtc()), QStringList{impostor});
        // A reorg that replays the registration takes the stored document of the CID itself.
        QVERIFY(store->rollback(kLocation, block(0)));
        QVERIFY(store->apply(kLocation, {registryEvent(Kind::Registered, key(1), 1, 0, kCidA)}, block(1)));
        QCOMPARE(store->module(key(1))->metadata->name, QStringLiteral("genuine"));
    }

    // Schema 10 makes the index again with 3-letter prefixes only; a replica indexed with 2 and 3
    // keeps every module findable, and the index keeps the settings of schema 5.
    // A search scores the newest 200 matches; a module named for a word that 250 newer descriptions
    // use is a candidate too (the names index, ReplicaSchema 12), and comes first: the name weighs
    // most. With a row filter as well.
    void aModuleNamedForACommonWordIsFoundFirst()
    {
        const QString path = m_env.path() + QStringLiteral("/named.sqlite");
        auto store = std::move(ModuleStore::open(path)).value();
        QList<RegistryEvent> events;
        QList<FetchedDocument> documents;
        for (int i = 0; i <= 250; ++i) {
            const QString cid = QStringLiteral("bafkreinamed%1").arg(i);
            const QByteArray k = QByteArray(30, '\x33') + char(i / 256) + char(i % 256);
            events << registryEvent(Kind::Registered, k, 1, static_cast<quint64>(i), cid);
            FetchedDocument d =
                document(cid, k, i == 0 ? QStringLiteral("whisper") : QStringLiteral("tool-%1").arg(i));
            d.document->description = i == 0 ? QStringLiteral("Speech to text.")
                                             : QStringLiteral("Works well with whisper output.");
            d.document->author = i == 0 ? QStringLiteral("Ada") : QStringLiteral("Grace");
            documents << d;
        }
        QVERIFY(store->apply(kLocation, events, block(1)));
        QVERIFY(store->recordDocuments(documents));
        for (const QString& typed : {QStringLiteral("whisper"), QStringLiteral("whis")}) {
            const QList<SearchHit> hits = store->search(words(typed)).value().hits;
            QCOMPARE(hits.size(), 50);
            QCOMPARE(hits.first().name, QStringLiteral("whisper"));
        }
        SearchQuery verified = words(QStringLiteral("whisper"));
        verified.verifiedOnly = true;
        QCOMPARE(store->search(verified).value().hits.first().name, QStringLiteral("whisper"));
        verified.author = QStringLiteral("ada");
        const QList<SearchHit> hits = store->search(verified).value().hits;
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().name, QStringLiteral("whisper"));
    }

    // Word pairs (SearchIndex.h): "speech" and "recognition" are in most modules, so as the index
    // passes 512 and 1,024 modules they become pair words, and their pair is a list of its own for
    // every module, those before too. Every posting of it is the one FTS5's positions give (through
    // indexDifference), after modules change and go, and after an upgrade from schema 15 makes the
    // pairs of an index that had none; a search of the phrase counts its matches exactly.
    void phrasesOfCommonWordsAreListsOfTheirOwn()
    {
        const QString path = m_env.path() + QStringLiteral("/pairs.sqlite");
        auto store = std::move(ModuleStore::open(path)).value();
        const auto keyOf = [](int i) { return QByteArray(30, '\x44') + char(i / 256) + char(i % 256); };
        const auto describe = [](int i) {
            switch (i % 4) {
            case 0:
                return QStringLiteral("Speech recognition, speech recognition for all.");
            case 1:
                return QStringLiteral("Recognition of speech: recognition speech recognition.");
            case 2:
                return QStringLiteral("speech and recognition apart");
            default:
                return QStringLiteral("nothing of the two");
            }
        };
        const auto add = [&](int from, int to, const std::function<QString(int)>& description,
                             Kind kind = Kind::Registered, quint64 at = 1) {
            QList<RegistryEvent> events;
            QList<FetchedDocument> documents;
            for (int i = from; i < to; ++i) {
                const QString cid = QStringLiteral("bafkreipairs%1-%2").arg(i).arg(description(i).size());
                events << registryEvent(kind, keyOf(i), at, static_cast<quint64>(i), cid);
                FetchedDocument d = document(cid, keyOf(i),
                                             i % 5 == 0 ? QStringLiteral("speech-recognition")
                                                        : QStringLiteral("tool-%1").arg(i));
                d.document->description = description(i);
                documents << d;
            }
            return store->apply(kLocation, events, block(at)) && store->recordDocuments(documents);
        };
        const auto pairWords = [&] {
            auto db = std::move(SqliteDatabase::open(path)).value();
            auto q = std::move(db->prepare("SELECT group_concat(CAST(word AS TEXT), ' ') FROM "
                                           "(SELECT word FROM search_pair_words ORDER BY word)"))
                         .value();
            return q.step().value() ? q.text(0) : QString();
        };
        const auto phraseCount = [&] {
            const SearchResults r = store->search(words(QStringLiteral("\"speech recognition\""))).value();
            return std::pair{r.matches, r.matchesExact};
        };
        QVERIFY(add(0, 400, describe));
        QCOMPARE(pairWords(), QString()); // fewer than kPairMinimum modules hold them
        QVERIFY(add(400, 1100, describe));
        const auto hasPair = [&] {
            const QStringList now = pairWords().split(QLatin1Char(' '));
            return now.contains(QStringLiteral("speech")) && now.contains(QStringLiteral("recognition")) &&
                   !now.contains(QStringLiteral("nothing")); // in a quarter of them: too few
        };
        QVERIFY(hasPair());
        QCOMPARE(indexDifference(path).join(QLatin1Char(10)), QString());
        // Cases 0 and 1, and each name "speech-recognition" of cases 2 and 3.
        const int expected = 550 + 2 * 55;
        QCOMPARE(phraseCount(), (std::pair<qint64, bool>{expected, true}));

        // Changed to text without the pair, and removed: out of the pair's list at once.
        QVERIFY(add(
            0, 20, [](int) { return QStringLiteral("recognition, then speech"); }, Kind::Updated, 2));
        QList<RegistryEvent> removed;
        for (int i = 20; i < 40; ++i)
            removed << registryEvent(Kind::Removed, keyOf(i), 3, static_cast<quint64>(i), {});
        QVERIFY(store->apply(kLocation, removed, block(3)));
        QCOMPARE(indexDifference(path).join(QLatin1Char(10)), QString());
        // Of 0-19, the 12 that held it, but for those named for it (0, 5, 10, 15); of 20-39, 12.
        const int after = expected - (12 - 4) - 12;
        QCOMPARE(phraseCount(), (std::pair<qint64, bool>{after, true}));

        // A replica of schema 15 has no pair words: the upgrade makes them, with their pairs.
        store.reset();
        QVERIFY(olderReplica::takeBack(path,
                                       "DROP TABLE search_pair_words; "
                                       "DELETE FROM search_tails WHERE term >= x'03' AND term < x'04';"
                                       "DELETE FROM search_blocks WHERE term >= x'03' AND term < x'04';" //
                                       MODREG_TAILS_BACK_IN_BLOCKS,
                                       15));
        store = std::move(ModuleStore::open(path)).value();
        QVERIFY(hasPair());
        QCOMPARE(indexDifference(path).join(QLatin1Char(10)), QString());
        QCOMPARE(phraseCount(), (std::pair<qint64, bool>{after, true}));

        // A store opened on a replica with pair words gives the modules it adds their pairs, though
        // none became a pair word in it. 100 more, a quarter of each case: 50 hold the phrase, and
        // of the others, those named for it (1100, 1105, ... of cases 2 and 3: 10).
        store.reset();
        store = std::move(ModuleStore::open(path)).value();
        QVERIFY(add(1100, 1200, describe));
        QCOMPARE(indexDifference(path).join(QLatin1Char(10)), QString());
        QCOMPARE(phraseCount(), (std::pair<qint64, bool>{after + 50 + 10, true}));

        // A replica of schema 16 whose pair lists miss modules (as one written before 17 may): the
        // upgrade makes them again.
        store.reset();
        QVERIFY(olderReplica::takeBack(path,
                                       "DELETE FROM search_tails WHERE term >= x'03' AND term < x'04' "
                                       "AND first_doc > 1000;"
                                       "DELETE FROM search_blocks WHERE term >= x'03' AND term < x'04' "
                                       "AND first_doc > 1000;" //
                                       MODREG_TAILS_BACK_IN_BLOCKS,
                                       16));
        QVERIFY(!indexDifference(path).isEmpty());
        store = std::move(ModuleStore::open(path)).value();
        QVERIFY(hasPair());
        QCOMPARE(indexDifference(path).join(QLatin1Char(10)), QString());
        QCOMPARE(phraseCount(), (std::pair<qint64, bool>{after + 50 + 10, true}));
    }

    // A term's last block (search_tails) emptied by removals: its last block among the others is its
    // tail from then on, moved to search_tails when next written, never left twice.
    void aTermsTailEmptiedGivesWayToItsLastBlock()
    {
        const QString path = m_env.path() + QStringLiteral("/tails.sqlite");
        auto store = std::move(ModuleStore::open(path)).value();
        const auto keyOf = [](int i) { return QByteArray(30, '\x55') + char(i / 256) + char(i % 256); };
        const auto add = [&](int from, int to) {
            QList<RegistryEvent> events;
            QList<FetchedDocument> documents;
            for (int i = from; i < to; ++i) {
                const QString cid = QStringLiteral("bafkreitails%1").arg(i);
                events << registryEvent(Kind::Registered, keyOf(i), 1, static_cast<quint64>(i), cid);
                FetchedDocument d = document(cid, keyOf(i), QStringLiteral("tool-%1").arg(i));
                d.document->description = QStringLiteral("a sturdy common module");
                documents << d;
            }
            return store->apply(kLocation, events, block(1)) && store->recordDocuments(documents);
        };
        const auto matches = [&] { return store->search(words(QStringLiteral("sturdy "))).value().matches; };
        // 140 in one block of 128 and a tail of 12, whose modules are then removed: no tail left.
        QVERIFY(add(0, 140));
        QList<RegistryEvent> removed;
        for (int i = 128; i < 140; ++i)
            removed << registryEvent(Kind::Removed, keyOf(i), 2, static_cast<quint64>(i), {});
        QVERIFY(store->apply(kLocation, removed, block(2)));
        QCOMPARE(indexDifference(path).join(QLatin1Char(10)), QString());
        QCOMPARE(matches(), 128);
        // One more: the block of 128 and the new one make 129, cut as 128 and a tail of 1.
        QVERIFY(add(140, 141));
        QCOMPARE(indexDifference(path).join(QLatin1Char(10)), QString());
        QCOMPARE(matches(), 129);
        // The same with the tail the store remembers forgotten (as after a restart).
        store.reset();
        store = std::move(ModuleStore::open(path)).value();
        QVERIFY(add(141, 160));
        QCOMPARE(indexDifference(path).join(QLatin1Char(10)), QString());
        QCOMPARE(matches(), 148);
    }

    // What a transaction adds past every row a term holds goes into a run (SearchIndex.h); the runs
    // are folded into the blocks every kMaxRuns transactions, and before any change among their rows:
    // a module of a run updated or removed, or a store that opens with runs written by another.
    void runsHoldTheNewPostingsUntilFolded()
    {
        const QString path = m_env.path() + QStringLiteral("/runs.sqlite");
        auto store = std::move(ModuleStore::open(path)).value();
        const auto keyOf = [](int i) { return QByteArray(30, '\x66') + char(i / 256) + char(i % 256); };
        quint64 n = 1;
        const auto add = [&](int from, int to) {
            QList<RegistryEvent> events;
            QList<FetchedDocument> documents;
            for (int i = from; i < to; ++i) {
                const QString cid = QStringLiteral("bafkreiruns%1").arg(i);
                events << registryEvent(Kind::Registered, keyOf(i), n, static_cast<quint64>(i), cid);
                FetchedDocument d = document(cid, keyOf(i), QStringLiteral("tool-%1").arg(i));
                d.document->description =
                    QStringLiteral("a sturdy module number%1 of run%2").arg(i).arg(i % 7);
                documents << d;
            }
            const bool done = store->apply(kLocation, events, block(n)) && store->recordDocuments(documents);
            ++n;
            return done;
        };
        const auto runRows = [&] {
            auto db = std::move(SqliteDatabase::open(path)).value();
            auto q = std::move(db->prepare("SELECT count(*) FROM search_runs")).value();
            return q.step().value() ? q.integer(0) : -1;
        };
        const auto matches = [&](const char* text) {
            return store->search(words(QString::fromLatin1(text))).value().matches;
        };
        // 20 modules at a time, each transaction its own run, up to the fold.
        QVERIFY(add(0, 20));
        QVERIFY(add(20, 40));
        QVERIFY2(runRows() > 0, "a transaction's appends are in a run");
        QCOMPARE(indexDifference(path).join(QLatin1Char(10)), QString());
        QCOMPARE(matches("sturdy "), 40);
        QCOMPARE(matches("run3 "), 6);
        QCOMPARE(matches("stur"), 40); // a prefix reads the runs too
        for (int t = 2; t < 12; ++t)
            QVERIFY(add(t * 20, t * 20 + 20));
        QCOMPARE(indexDifference(path).join(QLatin1Char(10)), QString());
        QCOMPARE(matches("sturdy "), 240);
        // A module of the last run removed, and another updated: the runs are folded first.
        QVERIFY(runRows() > 0);
        QVERIFY(store->apply(kLocation, {registryEvent(Kind::Removed, keyOf(235), n, 0, {})}, block(n)));
        ++n;
        QCOMPARE(runRows(), 0);
        QCOMPARE(indexDifference(path).join(QLatin1Char(10)), QString());
        QCOMPARE(matches("sturdy "), 239);
        QVERIFY(add(240, 260));
        QVERIFY(runRows() > 0);
        const QString changed = QStringLiteral("bafkreirunschanged");
        FetchedDocument d = document(changed, keyOf(250), QStringLiteral("tool-250"));
        d.document->description = QStringLiteral("now a gentle module");
        QVERIFY(store->apply(kLocation, {registryEvent(Kind::Updated, keyOf(250), n, 0, changed)}, block(n)));
        ++n;
        QVERIFY(store->recordDocuments({d}));
        QCOMPARE(indexDifference(path).join(QLatin1Char(10)), QString());
        QCOMPARE(matches("sturdy "), 258);
        QCOMPARE(matches("gentle "), 1);
        // A store opened on runs it did not write folds them before it writes.
        QVERIFY(add(260, 280));
        QVERIFY(runRows() > 0);
        store.reset();
        store = std::move(ModuleStore::open(path)).value();
        QCOMPARE(matches("sturdy "), 278);
        QVERIFY(add(280, 300));
        QCOMPARE(indexDifference(path).join(QLatin1Char(10)), QString());
        QCOMPARE(matches("sturdy "), 298);
        QCOMPARE(matches("number299 "), 1);
    }

    // The lists of common words are kept between searches (search::TermCache) only while the file
    // is unchanged: a change made here, or through another connection, is ranked at once. 10,050
    // modules hold the word, more than the shortest list kept. All score alike at first, so the last
    // registered leads; a module that says the word more often leads after its update.
    void commonWordsListsAreKeptOnlyWhileTheReplicaIsUnchanged()
    {
        const QString path = m_env.path() + QStringLiteral("/kept.sqlite");
        auto store = std::move(ModuleStore::open(path)).value();
        const auto keyOf = [](int i) { return QByteArray(30, '\x6b') + char(i / 256) + char(i % 256); };
        const auto describe = [](int i, const QString& description) {
            FetchedDocument d = document(QStringLiteral("bafkreikept%1-%2").arg(i).arg(description.size()),
                                         QByteArray(30, '\x6b') + char(i / 256) + char(i % 256),
                                         QStringLiteral("tool-%1").arg(i));
            d.document->description = description;
            d.bytes = d.document->documentBytes();
            return d;
        };
        constexpr int kModules = 10050;
        QVERIFY(kModules > int(search::TermCache::kKeptFrom));
        for (int from = 0; from < kModules; from += 5025) {
            QList<RegistryEvent> events;
            QList<FetchedDocument> documents;
            for (int i = from; i < from + 5025; ++i) {
                documents << describe(i, QStringLiteral("a sturdy module number%1").arg(i));
                events << registryEvent(Kind::Registered, keyOf(i), quint64(1 + from / 5025), quint64(i),
                                        documents.last().cid);
            }
            QVERIFY(store->apply(kLocation, events, block(quint64(1 + from / 5025))) &&
                    store->recordDocuments(documents));
        }
        const auto first = [&](ModuleStore& s) {
            const SearchResults r = s.search(words(QStringLiteral("sturdy "))).value();
            return std::pair{r.hits.isEmpty() ? QByteArray() : r.hits.first().key, r.matches};
        };
        QCOMPARE(first(*store), std::pair(keyOf(kModules - 1), qint64(kModules)));
        QCOMPARE(first(*store), std::pair(keyOf(kModules - 1), qint64(kModules))); // from the kept list
        const auto update = [&](ModuleStore& s, int i, quint64 at, const QString& description) {
            const FetchedDocument d = describe(i, description);
            return s.apply(kLocation, {registryEvent(Kind::Updated, keyOf(i), at, 0, d.cid)}, block(at)) &&
                   s.recordDocuments({d});
        };
        // Changed on this connection.
        QVERIFY(update(*store, 17, 3, QStringLiteral("sturdy sturdy sturdy sturdy")));
        QCOMPARE(first(*store), std::pair(keyOf(17), qint64(kModules)));
        // Changed through another: PRAGMA data_version tells this one.
        {
            auto other = std::move(ModuleStore::open(path)).value();
            QVERIFY(update(*other, 33, 4, QStringLiteral("sturdy sturdy sturdy sturdy sturdy sturdy")));
        }
        QCOMPARE(first(*store), std::pair(keyOf(33), qint64(kModules)));
        {
            auto other = std::move(ModuleStore::open(path)).value();
            QVERIFY(other->apply(kLocation, {registryEvent(Kind::Removed, keyOf(33), 5, 0, {})}, block(5)));
        }
        QCOMPARE(first(*store), std::pair(keyOf(17), qint64(kModules - 1)));
    }

    // Schema 14 makes the search index for a replica written before it, from the rows it has, in the
    // transaction of the upgrade.
    void theSearchIndexIsMadeForAnOlderReplica()
    {
        const QString path = m_env.path() + QStringLiteral("/search-schema-13.sqlite");
        {
            auto store = std::move(ModuleStore::open(path)).value();
            QVERIFY(store->apply(kLocation,
                                 {registryEvent(Kind::Registered, key(1), 1, 0, kCidA),
                                  registryEvent(Kind::Registered, key(2), 1, 1, kCidB)},
                                 block(1)));
            QVERIFY(store->recordDocument(document(kCidA, key(1), QStringLiteral("summarizer"))));
        }
        QVERIFY(olderReplica::takeBack(path, olderReplica::kBeforeSchema14, 13));
        QVERIFY(ModuleStore::needsUpgrade(path));
        auto store = std::move(ModuleStore::open(path)).value();
        QCOMPARE(indexDifference(path).join(QLatin1Char(10)), QString());
        auto db = std::move(SqliteDatabase::open(path)).value();
        auto terms =
            std::move(
                db->prepare(
                    "SELECT (SELECT count(*) FROM search_blocks WHERE term = CAST('summarizer' AS "
                    "BLOB)) + (SELECT count(*) FROM search_tails WHERE term = CAST('summarizer' AS BLOB))"))
                .value();
        QVERIFY(terms.step().value());
        QCOMPARE(terms.integer(0), 1);
        QCOMPARE(store->search(words(QStringLiteral("summ"))).value().hits.size(), 1);
    }

    // Without words, a search gives every module that passes the filters, by name in any case, then
    // by age. A tag or "changed since" that few pass is looked up first; many, and the name index is
    // walked (ModuleStore::browse: it depends on the limit, so limit 1 walks where 30 looks up).
    // Either way the result is the one worked out here from the modules themselves.
    void filtersWithoutWordsGiveEveryModuleThatPasses()
    {
        auto store = openNew();
        struct Made
        {
            QString name; // empty: no document yet (pending) or an invalid one
            QStringList tags;
            quint64 block;
            ModuleKey::Type keyType;
        };
        // Every fourth module has an Ethereum address for its key.
        const auto keyOf = [](int i) { return i % 4 == 1 ? key(i + 1).right(20) : key(i + 1); };
        QList<Made> made;
        QList<RegistryEvent> events;
        QList<FetchedDocument> documents;
        for (int i = 0; i < 30; ++i) {
            const QString cid = QStringLiteral("bafkreifilter%1").arg(i);
            events << registryEvent(Kind::Registered, keyOf(i), 10 + static_cast<quint64>(i), 0, cid);
            ModuleMetadata m;
            m.name =
                QStringList{QStringLiteral("Zeta"), QStringLiteral("alpha"), QStringLiteral("Mid")}[i % 3] +
                QStringLiteral("-%1").arg(29 - i);
            m.version = QStringLiteral("1.0.0");
            m.description = QStringLiteral("shared words");
            if (i < 20)
                m.tags << QStringLiteral("nlp");
            if (i % 5 == 0)
                m.tags << QStringLiteral("text-generation"); // holds the word "text", is not the tag
            if (i == 7)
                m.tags << QStringLiteral("text");
            if (i == 8)
                m.tags << QStringLiteral("a_b"); // '_' is a character here, not LIKE's "any one"
            if (i == 9)
                m.tags << QStringLiteral("axb");
            const bool pending = i % 6 == 5;
            const bool invalid = i == 4; // signed for another module's key
            const ModuleKey::Type type = *ModuleKey::typeForLength(keyOf(i).size());
            m.key = ModuleKey{type, invalid ? key(99) : keyOf(i)};
            if (!pending)
                documents << FetchedDocument{cid, m.documentBytes(), m, {}};
            made << Made{pending || invalid ? QString() : m.name, pending || invalid ? QStringList() : m.tags,
                         10 + static_cast<quint64>(i), type};
        }
        QVERIFY(store->apply(kLocation, events, block(40)));
        QVERIFY(store->recordDocuments(documents));

        const auto expected = [&](const SearchQuery& q) {
            QList<int> pass;
            for (int i = 0; i < made.size(); ++i) {
                const Made& m = made[i];
                if ((!q.tag.isEmpty() && !m.tags.contains(q.tag)) || (q.verifiedOnly && m.name.isEmpty()) ||
                    m.block < q.updatedSinceBlock || (q.keyType && m.keyType != *q.keyType))
                    continue;
                pass << i;
            }
            // By name in any case (no name first), then by age.
            std::stable_sort(pass.begin(), pass.end(), [&](int a, int b) {
                const bool noA = made[a].name.isEmpty(), noB = made[b].name.isEmpty();
                if (noA || noB)
                    return noA && !noB;
                return made[a].name.toLower() < made[b].name.toLower();
            });
            QList<QByteArray> keys;
            for (int i : pass.mid(0, q.limit))
                keys << keyOf(i);
            return keys;
        };
        const auto found = [&](const SearchQuery& q) {
            QList<QByteArray> keys;
            const Result<SearchResults> hits = store->search(q);
            if (!hits)
                qWarning("%s", qPrintable(hits.error()));
            for (const SearchHit& h : hits ? hits.value().hits : QList<SearchHit>())
                keys << h.key;
            return keys;
        };
        const auto filter = [](const QString& tag, bool verifiedOnly, quint64 since,
                               std::optional<ModuleKey::Type> keyType = std::nullopt) {
            SearchQuery q;
            q.tag = tag;
            q.verifiedOnly = verifiedOnly;
            q.updatedSinceBlock = since;
            q.keyType = keyType;
            return q;
        };
        constexpr auto ethereum = ModuleKey::Type::EthereumAddress;
        const QList<SearchQuery> filters{
            filter(QStringLiteral("nlp"), false, 0),
            filter(QStringLiteral("text"), false, 0),
            filter(QStringLiteral("a_b"), false, 0),
            filter(QStringLiteral("nlp"), false, 15),
            filter(QString(), true, 0),
            filter(QString(), false, 35),
            filter(QString(), false, 12),
            filter(QString(), true, 35),
            filter(QStringLiteral("nlp"), true, 0),
            filter(QStringLiteral("none"), false, 0),
            filter(QStringLiteral("-"), false, 0),
            filter(QString(), false, 41),
            filter(QString(), false, 0, ethereum),
            filter(QStringLiteral("nlp"), false, 0, ethereum),
            filter(QString(), true, 20, ethereum),
            filter(QString(), false, 35, ModuleKey::Type::Ed25519),
            filter(QString(), false, 0, ModuleKey::Type::Secp256k1),
        };
        for (SearchQuery q : filters) {
            for (int limit : {1, 2, 5, 30}) {
                q.limit = limit;
                const QByteArray what =
                    QStringLiteral("tag '%1', verified only %2, since %3, key type %4, limit %5")
                        .arg(q.tag)
                        .arg(q.verifiedOnly)
                        .arg(q.updatedSinceBlock)
                        .arg(q.keyType ? ModuleKey::typeName(*q.keyType) : QStringLiteral("any"))
                        .arg(limit)
                        .toUtf8();
                QVERIFY2(found(q) == expected(q), what.constData());
            }
        }
        QCOMPARE(expected(filter(QStringLiteral("text"), false, 0)), QList<QByteArray>{keyOf(7)});
        QCOMPARE(expected(filter(QStringLiteral("a_b"), false, 0)), QList<QByteArray>{keyOf(8)});
        QCOMPARE(expected(filter(QString(), false, 0, ethereum)).size(), 8);
        // With words, too, a tag is one of the module's tags, not a word in one.
        SearchQuery tagged = words(QStringLiteral("shared "));
        tagged.tag = QStringLiteral("text");
        QCOMPARE(found(tagged), QList<QByteArray>{keyOf(7)});
    }

    // "Changed since" walks only the rowids from the oldest module changed since then: an old module
    // (low rowid) updated lately is still found, and nothing older than the bound is lost.
    void changedSinceFindsAnOldModuleUpdatedLately()
    {
        auto store = openNew();
        for (int i = 0; i < 30; ++i) {
            const QString cid = QStringLiteral("bafkreisince%1").arg(i);
            QVERIFY(store->apply(kLocation, {registryEvent(Kind::Registered, key(i), i + 1, 0, cid)},
                                 block(i + 1)));
            QVERIFY(store->recordDocument(document(cid, key(i), QStringLiteral("wombat %1").arg(i))));
        }
        const QString later = QStringLiteral("bafkreisincelater");
        QVERIFY(store->apply(kLocation, {registryEvent(Kind::Updated, key(0), 40, 0, later)}, block(40)));
        QVERIFY(store->recordDocument(document(later, key(0), QStringLiteral("wombat again"))));
        const auto since = [&](quint64 from, std::optional<ModuleKey::Type> type = std::nullopt) {
            SearchQuery q = words(QStringLiteral("wombat"));
            q.updatedSinceBlock = from;
            q.keyType = type;
            QStringList names;
            const QList<SearchHit> hits = store->search(q).value().hits;
            for (const SearchHit& h : hits)
                names << h.name;
            names.sort();
            return names;
        };
        QCOMPARE(since(40), QStringList{QStringLiteral("wombat again")});
        QCOMPARE(since(31), QStringList{QStringLiteral("wombat again")});
        QCOMPARE(since(29), (QStringList{QStringLiteral("wombat 28"), QStringLiteral("wombat 29"),
                                         QStringLiteral("wombat again")}));
        QCOMPARE(since(41), QStringList());
        QCOMPARE(since(1).size(), 30);
        // With a key type too: both bounds on the rowid, and the row's block.
        QCOMPARE(since(29, ModuleKey::Type::Ed25519), since(29));
        QCOMPARE(since(29, ModuleKey::Type::EthereumAddress), QStringList());
    }

    // The rowids of a key type few modules have are kept between searches, and read again once the
    // replica changes: through this store, or through another connection to the file.
    void aKeyTypeFilterFollowsNewModules()
    {
        const QString path = m_env.path() + QStringLiteral("/key-types.sqlite");
        auto store = std::move(ModuleStore::open(path)).value();
        QVERIFY(store->apply(kLocation, {registryEvent(Kind::Registered, key(1), 1, 0, kCidA)}, block(1)));
        QVERIFY(store->recordDocument(document(kCidA, key(1), QStringLiteral("wombat one"))));
        const auto ethereum = [](int i) { return QByteArray(19, '\x44') + static_cast<char>(i); };
        const auto addEthereumModule = [&](ModuleStore& into, int i) {
            const QString cid = QStringLiteral("bafkreikeytype%1").arg(i);
            QVERIFY(into.apply(kLocation, {registryEvent(Kind::Registered, ethereum(i), 1 + i, 0, cid)},
                               block(1 + i)));
            FetchedDocument d = document(cid, ethereum(i), QStringLiteral("wombat %1").arg(i));
            d.document->key = ModuleKey{ModuleKey::Type::EthereumAddress, ethereum(i)};
            d.bytes = d.document->documentBytes();
            QVERIFY(into.recordDocument(d));
        };
        const auto ofEthereum = [&] {
            SearchQuery q = words(QStringLiteral("wombat"));
            q.keyType = ModuleKey::Type::EthereumAddress;
            return store->search(q).value().hits.size();
        };
        QCOMPARE(ofEthereum(), 0);
        addEthereumModule(*store, 2);
        QCOMPARE(ofEthereum(), 1);
        {
            auto other = std::move(ModuleStore::open(path)).value();
            addEthereumModule(*other, 3);
        }
        QCOMPARE(ofEthereum(), 2);
        SearchQuery ed = words(QStringLiteral("wombat"));
        ed.keyType = ModuleKey::Type::Ed25519;
        QCOMPARE(store->search(ed).value().hits.size(), 1);
    }

    // A key type more modules have than search keeps rowids for (20,000) is checked on each match's
    // row instead. The two newest modules have another type: without the check they come first.
    void aKeyTypeManyModulesHaveIsCheckedOnEachRow()
    {
        auto store = openNew();
        QList<RegistryEvent> events;
        QList<FetchedDocument> documents;
        for (int i = 0; i < 20003; ++i) {
            const bool ethereum = i < 20001;
            QByteArray k = key(i - 20000);
            if (ethereum) {
                k = QByteArray(16, '\x55');
                for (int shift : {24, 16, 8, 0})
                    k += static_cast<char>((i >> shift) & 0xff);
            }
            const QString cid = QStringLiteral("bafkreimany%1").arg(i);
            events << registryEvent(Kind::Registered, k, 1, static_cast<quint64>(i), cid);
            FetchedDocument d = document(cid, k, QStringLiteral("wombat %1").arg(i));
            d.document->key =
                ModuleKey{ethereum ? ModuleKey::Type::EthereumAddress : ModuleKey::Type::Ed25519, k};
            d.bytes = d.document->documentBytes();
            documents << d;
        }
        QVERIFY(store->apply(kLocation, events, block(1)));
        QVERIFY(store->recordDocuments(documents));
        SearchQuery q = words(QStringLiteral("wombat"));
        q.keyType = ModuleKey::Type::EthereumAddress;
        q.limit = 1000; // every candidate scored, not only the best 50
        const QList<SearchHit> ofEthereum = store->search(q).value().hits;
        QVERIFY2(ofEthereum.size() >= 200, qPrintable(QString::number(ofEthereum.size())));
        for (const SearchHit& h : ofEthereum)
            QCOMPARE(h.key.size(), 20);
        q.keyType = ModuleKey::Type::Ed25519;
        QCOMPARE(store->search(q).value().hits.size(), 2);
    }

    // Each write leaves the index a segment more (FTS5 merges them now and then); compacting, as a
    // backfill ends, makes it one, which is still exactly what FTS5 builds from the rows.
    void compactingTheSearchIndexMakesItOneSegment()
    {
        const QString path = m_env.path() + QStringLiteral("/compact.sqlite");
        auto store = std::move(ModuleStore::open(path)).value();
        for (int i = 0; i < 20; ++i) {
            const QString cid = QStringLiteral("bafkreicompact%1").arg(i);
            QVERIFY(store->apply(kLocation, {registryEvent(Kind::Registered, key(i), i + 1, 0, cid)},
                                 block(i + 1)));
            QVERIFY(store->recordDocument(document(cid, key(i), QStringLiteral("compact module %1").arg(i))));
        }
        QVERIFY2(searchIndexSegments(path) > 1, qPrintable(QString::number(searchIndexSegments(path))));
        QVERIFY(store->compactSearchIndex());
        QCOMPARE(searchIndexSegments(path), 1);
        QCOMPARE(indexDifference(path).join(QLatin1Char(10)), QString());
        QCOMPARE(store->search(words(QStringLiteral("compact"))).value().hits.size(), 20);
        QCOMPARE(store->search(words(QStringLiteral("module 7"))).value().hits.size(), 1);
    }

    void theIndexIsMadeAgainWithThreeLetterPrefixes()
    {
        const QString path = m_env.path() + QStringLiteral("/index-schema-9.sqlite");
        auto store = std::move(ModuleStore::open(path)).value();
        QVERIFY(store->apply(kLocation,
                             {registryEvent(Kind::Registered, key(1), 1, 0, kCidA),
                              registryEvent(Kind::Registered, key(2), 1, 1, kCidB)},
                             block(1)));
        QVERIFY(store->recordDocument(document(kCidA, key(1), QStringLiteral("summarizer of words"))));
        store.reset();
        {
            auto db = std::move(SqliteDatabase::open(path)).value();
            QVERIFY(db->exec(olderReplica::kBeforeSchema11));
            QVERIFY(db->exec(
                "DROP TABLE modules_fts; CREATE VIRTUAL TABLE modules_fts USING fts5(name, description, "
                "tags, author, entrypoint, custom_text, content = 'modules', content_rowid = 'rowid', "
                "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');"
                "INSERT INTO modules_fts(rowid, name, description, tags, author, entrypoint, custom_text) "
                "SELECT rowid, name, description, tags, author, entrypoint, custom_text FROM modules "
                "WHERE name IS NOT NULL; PRAGMA user_version = 9;"));
        }
        store = std::move(ModuleStore::open(path)).value();
        QCOMPARE(indexDifference(path).join(QLatin1Char(10)), QString());
        QCOMPARE(store->search(words(QStringLiteral("summ"))).value().hits.size(), 1);
        QCOMPARE(store->search(words(QStringLiteral("words"))).value().hits.size(), 1);
        QVERIFY(store->recordDocument(document(kCidB, key(2), QStringLiteral("second module"))));
        QCOMPARE(indexDifference(path).join(QLatin1Char(10)), QString());
        QCOMPARE(store->search(words(QStringLiteral("sec"))).value().hits.size(), 1);
        auto db = std::move(SqliteDatabase::open(path)).value();
        auto config = std::move(db->prepare("SELECT group_concat(k || '=' || v, ' ') FROM "
                                            "(SELECT k, v FROM modules_fts_config ORDER BY k)"))
                          .value();
        QVERIFY(config.step().value());
        QCOMPARE(config.text(0), QStringLiteral("automerge=8 hashsize=16777216 version=4"));
    }

    // Schema 6 moves the documents into a table in arrival order; a replica written before keeps
    // every document, valid or not, and a reorg still replays from them without fetching again.
    void documentsSurviveTheMoveToArrivalOrder()
    {
        const QString path = m_env.path() + QStringLiteral("/documents-schema-5.sqlite");
        auto store = std::move(ModuleStore::open(path)).value();
        QVERIFY(store->apply(kLocation,
                             {registryEvent(Kind::Registered, key(1), 1, 0, kCidA),
                              registryEvent(Kind::Registered, key(2), 1, 1, kCidB)},
                             block(1)));
        QVERIFY(store->recordDocuments(
            {document(kCidA, key(1), QStringLiteral("first-module")),
             FetchedDocument{kCidB, "{nope", std::nullopt, QStringLiteral("not valid JSON")}}));
        QVERIFY(store->apply(kLocation, {registryEvent(Kind::Removed, key(1), 2, 0)}, block(2)));
        store.reset();
        {
            // The documents table as schemas 1 to 5 had it: keyed by the CID itself.
            auto db = std::move(SqliteDatabase::open(path)).value();
            QVERIFY(db->exec(olderReplica::kBeforeSchema11));
            QVERIFY(db->exec("CREATE TABLE old_documents(cid TEXT PRIMARY KEY, valid INTEGER NOT NULL, "
                             "reason TEXT, bytes BLOB) WITHOUT ROWID;"
                             "INSERT INTO old_documents SELECT cid, valid, reason, bytes FROM documents;"
                             "DROP TABLE documents; ALTER TABLE old_documents RENAME TO documents;"
                             "PRAGMA user_version = 5;"));
        }
        store = std::move(ModuleStore::open(path)).value();
        QCOMPARE(store->module(key(1)), std::nullopt);
        QVERIFY(store->rollback(kLocation, block(1))); // the removal never happened
        const std::optional<StoredModule> first = store->module(key(1));
        QVERIFY(first);
        QCOMPARE(first->state, StoredModule::State::Verified);
        QCOMPARE(first->metadata->name, QStringLiteral("first-module"));
        QCOMPARE(store->module(key(2))->state, StoredModule::State::Invalid);
        QCOMPARE(store->module(key(2))->reason, QStringLiteral("not valid JSON"));
        QCOMPARE(store->pendingFetchCount(), 0);
        QCOMPARE(store->search(words(QStringLiteral("first"))).value().hits.size(), 1);
        auto db = std::move(SqliteDatabase::open(path)).value();
        auto rows = std::move(db->prepare("SELECT count(DISTINCT id) FROM documents")).value();
        QVERIFY(rows.step().value());
        QCOMPARE(rows.integer(0), 2); // each under a row number of its own now
    }

    void fetchQueueSurvivesTheMoveToArrivalOrder()
    {
        const QString path = m_env.path() + QStringLiteral("/fetches-schema-7.sqlite");
        auto store = std::move(ModuleStore::open(path)).value();
        QVERIFY(store->apply(kLocation,
                             {registryEvent(Kind::Registered, key(1), 1, 0, kCidA),
                              registryEvent(Kind::Registered, key(2), 1, 1, kCidB)},
                             block(1)));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(store->recordFetchFailure(kCidA, QStringLiteral("gateway timeout"), now.addSecs(60)));
        QVERIFY(store->recordFetchFailure(kCidA, QStringLiteral("no provider"), now.addSecs(120)));
        store.reset();
        {
            // The fetch queue as schemas 1 to 7 had it: keyed by the CID itself.
            auto db = std::move(SqliteDatabase::open(path)).value();
            QVERIFY(db->exec(olderReplica::kBeforeSchema11));
            QVERIFY(db->exec(
                "CREATE TABLE old_fetches(cid TEXT PRIMARY KEY, attempts INTEGER NOT NULL DEFAULT 0, "
                "next_try INTEGER NOT NULL DEFAULT 0, last_error TEXT) WITHOUT ROWID;"
                "INSERT INTO old_fetches SELECT cid, attempts, next_try, last_error FROM fetches;"
                "DROP TABLE fetches; ALTER TABLE old_fetches RENAME TO fetches;"
                "PRAGMA user_version = 7;"));
        }
        store = std::move(ModuleStore::open(path)).value();
        QCOMPARE(store->pendingFetchCount(), 2);
        QCOMPARE(store->dueFetches(10, now), QStringList{kCidB});
        QCOMPARE(store->dueFetches(10, now.addSecs(121)), (QStringList{kCidB, kCidA}));
        QCOMPARE(store->fetchAttempts(kCidA), 2);
        QCOMPARE(store->module(key(1))->reason, QStringLiteral("no provider"));
        QCOMPARE(store->nextFetchDue(), std::optional<QDateTime>(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC)));
        QVERIFY(store->recordDocuments({document(kCidB, key(2), QStringLiteral("second"))}));
        QCOMPARE(store->nextFetchDue(), std::optional<QDateTime>(QDateTime::fromMSecsSinceEpoch(
                                            now.addSecs(120).toMSecsSinceEpoch(), Qt::UTC)));
    }

    // A damaged file and a replica another program is writing each say what to do about it, and
    // nothing of a refused batch is kept.
    void failuresSayWhatToDo()
    {
        const QString garbage = m_env.path() + QStringLiteral("/damaged.sqlite");
        {
            QFile file(garbage);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(8192, 'x'));
        }
        const Result<std::unique_ptr<ModuleStore>> damaged = ModuleStore::open(garbage);
        QVERIFY(!damaged);
        QVERIFY2(damaged.error().contains(QLatin1String("damaged")) &&
                     damaged.error().contains(QLatin1String("delete ") + garbage),
                 qPrintable(damaged.error()));

        const QString path = m_env.path() + QStringLiteral("/busy.sqlite");
        auto store = std::move(ModuleStore::open(path)).value();
        QVERIFY(store->apply(kLocation, {registryEvent(Kind::Registered, key(1), 1, 0, kCidA)}, block(1)));
        auto other = std::move(SqliteDatabase::open(path)).value();
        QVERIFY(other->exec("BEGIN IMMEDIATE")); // another Modreg, mid-write
        const Status refused =
            store->apply(kLocation, {registryEvent(Kind::Registered, key(2), 2, 0, kCidB)}, block(2));
        QVERIFY(!refused); // after the 5 s the store waits for a writer
        QVERIFY2(refused.error().contains(QLatin1String("Another program")), qPrintable(refused.error()));
        QVERIFY(!store->module(key(2)));
        QCOMPARE(store->checkpoint(kLocation), std::optional<BlockRef>(block(1)));
        QVERIFY(other->exec("ROLLBACK"));
        QVERIFY(store->apply(kLocation, {registryEvent(Kind::Registered, key(2), 2, 0, kCidB)}, block(2)));
        QVERIFY(store->module(key(2)));
    }

    void ftsQueryQuotesEveryWord()
    {
        QCOMPARE(ModuleStore::ftsQuery(QStringLiteral("text summ")), QStringLiteral("\"text\" \"summ\"*"));
        QCOMPARE(ModuleStore::ftsQuery(QStringLiteral("text summ ")), QStringLiteral("\"text\" \"summ\""));
        QCOMPARE(ModuleStore::ftsQuery(QStringLiteral("\"long text\" model")),
                 QStringLiteral("\"long text\" \"model\"*"));
        QCOMPARE(ModuleStore::ftsQuery(QStringLiteral("a\"b")), QStringLiteral("\"a\" \"b\""));
        QCOMPARE(ModuleStore::ftsQuery(QStringLiteral("   ")), QString());
        // One or two letters are a word, not yet a prefix (the index has 3-letter prefixes only).
        QCOMPARE(ModuleStore::ftsQuery(QStringLiteral("m")), QStringLiteral("\"m\""));
        QCOMPARE(ModuleStore::ftsQuery(QStringLiteral("text mo")), QStringLiteral("\"text\" \"mo\""));
        QCOMPARE(ModuleStore::ftsQuery(QStringLiteral("text mod")), QStringLiteral("\"text\" \"mod\"*"));
        QCOMPARE(ModuleStore::ftsQuery(QStringLiteral("été")), QStringLiteral("\"été\"*"));
        // The last word as FTS5 splits it: "x-m" ends in the one-letter word "m".
        QCOMPARE(ModuleStore::ftsQuery(QStringLiteral("x-m")), QStringLiteral("\"x-m\""));
        QCOMPARE(ModuleStore::ftsQuery(QStringLiteral("x-mod")), QStringLiteral("\"x-mod\"*"));
        QCOMPARE(ModuleStore::ftsQuery(QStringLiteral("gpt2.b")), QStringLiteral("\"gpt2.b\""));
        QCOMPARE(ModuleStore::ftsQuery(QStringLiteral("v2")), QStringLiteral("\"v2\""));
        QCOMPARE(ModuleStore::ftsQuery(QStringLiteral("gpt2")), QStringLiteral("\"gpt2\"*"));
    }

    void reopeningKeepsEverythingAndNewerFilesAreRefused()
    {
        const QString path = m_env.path() + QStringLiteral("/reopen.sqlite");
        {
            auto store = std::move(ModuleStore::open(path)).value();
            QVERIFY(
                store->apply(kLocation, {registryEvent(Kind::Registered, key(9), 2, 0, kCidA)}, block(2)));
        }
        {
            auto store = std::move(ModuleStore::open(path)).value();
            QCOMPARE(store->checkpoint(kLocation), std::optional<BlockRef>(block(2)));
            QCOMPARE(store->module(key(9))->metadataCid, kCidA);
        }
        {
            auto db = std::move(SqliteDatabase::open(path)).value();
            QVERIFY(db->exec("PRAGMA user_version = 99"));
        }
        const Result<std::unique_ptr<ModuleStore>> newer = ModuleStore::open(path);
        QVERIFY(!newer);
        QVERIFY2(newer.error().contains(QLatin1String("newer Modreg")), qPrintable(newer.error()));
        const Result<std::unique_ptr<ModuleStore>> notADatabase = ModuleStore::open(m_env.path());
        QVERIFY(!notADatabase);
    }
};

QTEST_GUILESS_MAIN(TestModuleStore)
#include "TestModuleStore.moc"
