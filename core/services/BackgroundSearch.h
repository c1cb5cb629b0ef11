#pragma once

#include "Result.h"
#include "store/SearchQuery.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>

namespace modreg {

class ModuleStore;

// Searches a replica on a thread and a connection of its own, so typing in the Search view never
// waits for SQLite. Only the newest query counts: one that a newer one replaced before it started
// is skipped, and an answer that arrives after a newer query was asked is dropped here, never
// delivered (a slow common word cannot overwrite the results of the words typed after it).
class BackgroundSearch : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundSearch(QString replicaPath, QObject* parent = nullptr);
    ~BackgroundSearch() override; // waits for a search that is running, then closes the connection

    // Replaces any query still waiting; found() answers the newest only.
    void search(const SearchQuery& query);
    // Forgets the query asked last: its answer, when it comes, is dropped.
    void cancel();

signals:
    // `tookMs`: the search itself, on the search thread.
    void found(const modreg::SearchQuery& query, const modreg::SearchResults& results, double tookMs);
    void failed(const modreg::SearchQuery& query, const QString& why);

private:
    QString m_path;
    QThread m_thread;
    QObject* m_worker; // lives on m_thread; owns the connection there
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
};

} // namespace modreg
