// BackgroundSearch: the replica searched on a thread and a connection of its own; only the newest
// query is answered.
#include "TestEnvironment.h"
#include "services/BackgroundSearch.h"
#include "store/ModuleStore.h"

#include <QThread>
#include <QtTest>

using namespace modreg;

namespace {
const QString kLocation = QStringLiteral("evm:5fbdb2315678afecb367f032d93f642f64180aa3");

struct Answer
{
    QString text;
    QList<SearchHit> hits;
    Qt::HANDLE thread = nullptr;
};

SearchQuery words(const QString& text)
{
    SearchQuery q;
    q.text = text;
    return q;
}
} // namespace

class TestBackgroundSearch : public QObject
{
    Q_OBJECT
    TestEnvironment m_env;
    QString m_path;

    // A replica of `count` modules named "alpha-N", "beta-N" in turn, every one with metadata.
    void makeReplica(int count)
    {
        m_path = m_env.path() + QStringLiteral("/replica.sqlite");
        auto store = std::move(ModuleStore::open(m_path)).value();
        QList<RegistryEvent> events;
        QList<FetchedDocument> documents;
        for (int i = 0; i < count; ++i) {
            const QByteArray key = QByteArray(28, '\x11') + QByteArray::number(1000 + i);
            ModuleMetadata m;
            m.name = (i % 2 ? QStringLiteral("beta-%1") : QStringLiteral("alpha-%1")).arg(i);
            m.version = QStringLiteral("1.0.0");
            m.author = QStringLiteral("search test");
            m.key = ModuleKey{ModuleKey::Type::Ed25519, key};
            const QString cid =
                QStringLiteral("bafkreiey5jxe6ilpf62lnh77tm5ejbbmhbugzjuf6p2v3reml%1").arg(10000 + i);
            RegistryEvent e;
            e.kind = RegistryEvent::Kind::Registered;
            e.key = key;
            e.cid = cid;
            e.account = QByteArray(20, '\x22');
            e.block = {1, QByteArray(32, 'a')};
            e.logIndex = static_cast<quint64>(i);
            e.transactionHash = QByteArray(32, 'b');
            events << e;
            documents << FetchedDocument{cid, m.documentBytes(), m, {}};
        }
        QVERIFY(store->apply(kLocation, events, {1, QByteArray(32, 'a')}));
        QVERIFY(store->recordDocuments(documents));
    }

private slots:
    void initTestCase() { makeReplica(200); }

    void answersOnAThreadOfItsOwn()
    {
        BackgroundSearch search(m_path);
        QList<Answer> answers;
        connect(&search, &BackgroundSearch::found, this,
                [&](const SearchQuery& q, const SearchResults& results, double) {
                    answers << Answer{q.text, results.hits, QThread::currentThreadId()};
                });
        search.search(words(QStringLiteral("beta")));
        QTRY_COMPARE(answers.size(), 1);
        QCOMPARE(answers.first().text, QStringLiteral("beta"));
        QCOMPARE(answers.first().hits.size(), 50); // the query's limit; 100 match
        for (const SearchHit& h : answers.first().hits)
            QVERIFY(h.name.startsWith(QLatin1String("beta-")));
        // found() comes on the caller's thread (the window's), never on the search's.
        QCOMPARE(answers.first().thread, QThread::currentThreadId());
    }

    void onlyTheNewestQueryIsAnswered()
    {
        BackgroundSearch search(m_path);
        QStringList answered;
        connect(&search, &BackgroundSearch::found, this,
                [&](const SearchQuery& q, const SearchResults&, double) { answered << q.text; });
        // Typed fast: each query replaces the one before it, whether it waits or runs already.
        for (const char* typed : {"a", "al", "alp", "alph", "alpha", "alpha-1", "beta"})
            search.search(words(QLatin1String(typed)));
        QTRY_VERIFY(!answered.isEmpty());
        QTest::qWait(300); // any late answer to an older query would come now
        QCOMPARE(answered, QStringList{QStringLiteral("beta")});
    }

    void anAnswerAfterANewerQueryIsDropped()
    {
        // The first query is running when the second is asked: its answer must never show.
        BackgroundSearch search(m_path);
        QStringList answered;
        connect(&search, &BackgroundSearch::found, this,
                [&](const SearchQuery& q, const SearchResults&, double) { answered << q.text; });
        search.search(words(QStringLiteral("alpha")));
        QThread::msleep(50); // the worker has taken it (and opened the replica) by now
        search.search(words(QStringLiteral("beta")));
        QTRY_VERIFY(!answered.isEmpty());
        QTest::qWait(300);
        QCOMPARE(answered, QStringList{QStringLiteral("beta")});
    }

    void cancelledQueriesAreNotAnswered()
    {
        BackgroundSearch search(m_path);
        int answers = 0;
        connect(&search, &BackgroundSearch::found, this, [&] { ++answers; });
        search.search(words(QStringLiteral("alpha")));
        search.cancel();
        QTest::qWait(500);
        QCOMPARE(answers, 0);
    }

    void aReplicaThatCannotOpenSaysWhy()
    {
        BackgroundSearch search(m_env.path() + QStringLiteral("/no-such-folder/replica.sqlite"));
        QString why;
        connect(&search, &BackgroundSearch::failed, this,
                [&](const SearchQuery&, const QString& w) { why = w; });
        search.search(words(QStringLiteral("alpha")));
        QTRY_VERIFY(!why.isEmpty());
        QVERIFY2(why.contains(QLatin1String("no local replica")), qPrintable(why));
        QVERIFY(!QFileInfo::exists(m_env.path() + QStringLiteral("/no-such-folder"))); // and made none
    }
};

QTEST_GUILESS_MAIN(TestBackgroundSearch)
#include "TestBackgroundSearch.moc"
