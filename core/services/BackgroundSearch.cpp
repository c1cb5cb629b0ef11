#include "services/BackgroundSearch.h"

#include "store/ModuleStore.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace modreg {

namespace {
// The search thread's side: the connection, opened there at the first query and closed there.
class SearchWorker : public QObject
{
public:
    explicit SearchWorker(QString path)
        : m_path(std::move(path))
    {}

    Result<SearchResults> run(const SearchQuery& query)
    {
        if (!m_store) {
            // Searching never makes a replica: an empty one would answer "nothing" for ever.
            if (!QFileInfo::exists(m_path))
                return Result<SearchResults>::failure(
                    BackgroundSearch::tr("There is no local replica at %1 yet; it is made when Modreg first "
                                         "syncs the registry.")
                        .arg(m_path));
            Result<std::unique_ptr<ModuleStore>> opened = ModuleStore::open(m_path);
            if (!opened)
                return Result<SearchResults>::failure(opened.error());
            m_store = std::move(opened).value();
        }
        return m_store->search(query);
    }

private:
    QString m_path;
    std::unique_ptr<ModuleStore> m_store;
};
} // namespace

BackgroundSearch::BackgroundSearch(QString replicaPath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(replicaPath))
    , m_worker(new SearchWorker(m_path))
{
    m_thread.setObjectName(QStringLiteral("replica search"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

BackgroundSearch::~BackgroundSearch()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void BackgroundSearch::cancel()
{
    ++*m_latest;
}

void BackgroundSearch::search(const SearchQuery& query)
{
    const quint64 serial = ++*m_latest;
    auto* worker = static_cast<SearchWorker*>(m_worker);
    // The destructor waits for the worker, so `self` is alive while the worker runs; an answer posted
    // to it after it is gone is discarded by Qt with its other events.
    BackgroundSearch* self = this;
    const std::shared_ptr<std::atomic<quint64>> latest = m_latest;
    QMetaObject::invokeMethod(
        worker,
        [worker, self, latest, serial, query] {
            if (serial != latest->load())
                return; // a newer query came while this one waited
            QElapsedTimer took;
            took.start();
            Result<SearchResults> hits = worker->run(query);
            const double ms = static_cast<double>(took.nsecsElapsed()) / 1e6;
            // Back on the thread of the BackgroundSearch; dropped there if a newer query came meanwhile,
            // and by Qt if the BackgroundSearch is gone.
            QMetaObject::invokeMethod(
                self,
                [self, latest, serial, query, hits = std::move(hits), ms] {
                    if (serial != latest->load())
                        return;
                    if (hits)
                        emit self->found(query, hits.value(), ms);
                    else
                        emit self->failed(query, hits.error());
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace modreg
