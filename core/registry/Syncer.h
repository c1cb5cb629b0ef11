#pragma once

#include "chain/Registry.h"
#include "ipfs/VerifiedFetcher.h"
#include "store/ModuleStore.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <chrono>
#include <deque>
#include <memory>

namespace modreg {

// Keeps a replica (ModuleStore) in step with a registry (docs/architecture.md, "The data, end to end"):
//   - events: from the checkpoint on (or the registry's first block), in pages, then live. Each
//     page's events and its checkpoint are one transaction, so a crash resumes at a page boundary.
//     On restart the checkpoint is checked against the chain first: if the chain moved on without
//     it, the replica rolls back to the newest block still on the chain (or starts again);
//   - reorganisations roll the replica back to the common ancestor; the new blocks' events follow;
//   - metadata: every CID the events name is fetched with verified retrieval, a few at a time, then
//     validated and its signature checked. A bad document is stored as invalid with the reason; a
//     CID no source delivers intact stays pending with the reason and is retried with backoff —
//     neither holds the events back.
class Syncer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        quint64 fromBlock = 0; // the registry's deploy block: nothing before it can hold its events
        int concurrentFetches = 4;
        std::chrono::milliseconds firstRetry{5000};                 // doubled per failure...
        std::chrono::milliseconds lastRetry{std::chrono::hours(1)}; // ...up to this
        qint64 maxDocumentBytes = 4 * 1024 * 1024; // fetched beyond the validator's limit, to say why
        // A gateway's whole answer for one document: one that drips bytes just fast enough to pass the
        // speed check would otherwise hold a fetch slot for hours.
        std::chrono::milliseconds gatewayDeadline{60000};
        // A backfill that wrote at least this many documents compacts the search index as it ends.
        qint64 compactAfterDocuments = 1000;
    };
    struct Progress
    {
        quint64 syncedBlock = 0; // every event up to here is in the replica
        quint64 headBlock = 0;   // the chain's head, as last seen
        quint64 firstBlock = 0;  // where this sync started: the progress bar's left end
        qint64 modules = 0;
        qint64 pendingFetches = 0; // metadata CIDs not fetched yet (waiting or being fetched)
        int fetching = 0;          // being fetched right now
        bool caughtUp = false;     // at the head (then following it)
        bool running = false;
        QString problem; // why it is not making progress, if it is not

        // 0..1 over the blocks of a catch-up.
        double fraction() const;
    };

    // `sources`: where metadata is fetched from (the IPFS node, gateways); its size limit is ours.
    Syncer(ModuleStore& store, Registry& registry, VerifiedFetcher::Options sources, Options options,
           QObject* parent = nullptr);
    ~Syncer() override;

    void start();
    void stop();
    // "Sync now": retry every waiting fetch at once, and restart the stream if it failed.
    void syncNow();
    Progress progress() const { return m_progress; }
    // Caught up with the chain, no fetch running and none due: only retries after a wait are left.
    bool isIdle() const;

    // A metadata document's verdict: valid (and signed by the key it names) or the reason it is not.
    static FetchedDocument judge(const QString& cid, const QByteArray& bytes);
    // judge() without its guard: each reader's verdict, as it gives it (an exception escapes).
    static FetchedDocument judgeDocument(const QString& cid, const QByteArray& bytes);

signals:
    void progressed(const modreg::Syncer::Progress& progress);
    // Modules were added, changed or removed in the replica: views read it again (at most 5 times
    // a second).
    void replicaChanged();

private:
    void resume();
    void startStreamAt(quint64 fromBlock);
    void findAncestor(QList<BlockRef> candidates);
    void onCovered(const BlockRef& through, quint64 head);
    void onCaughtUp(const BlockRef& head);
    void onReorganized(const BlockRef& ancestor);
    void restartLater(const QString& why);
    void takeDue();
    void fetchDue();
    void onFetched(const QString& cid, const VerifiedFetcher::Fetched& fetched);
    void keepJudged(FetchedDocument document);
    Status storeJudged(); // without telling anyone
    void writeJudged();
    void useBulkWriting(bool on); // tells the store only when it changes
    void scheduleRetry();
    void setProblem(const QString& problem);
    void noteChange();
    void report();

    ModuleStore& m_store;
    Registry& m_registry;
    std::unique_ptr<VerifiedFetcher> m_fetcher;
    Options m_options;
    QString m_location;
    std::unique_ptr<RegistryEventStream> m_stream;
    QList<RegistryEvent> m_buffer; // delivered, not yet covered by a checkpoint
    QSet<QString> m_fetching;
    std::deque<QString> m_due; // taken from the store, not fetched yet (see takeDue)
    // Fetched and judged, not yet written: they go in together (see writeJudged).
    QList<FetchedDocument> m_judged;
    QSet<QString> m_judgedCids;
    qint64 m_judgedBytes = 0;
    QTimer m_write;
    bool m_bulkWriting = false; // the store's, see report()
    qint64 m_bulkDocuments = 0; // written since bulk writing began
    QTimer m_retry;
    quint64 m_generation = 0; // callbacks of an earlier start() see a different number
    Progress m_progress;
    QElapsedTimer m_counted; // since modules and pending fetches were last counted
    QTimer m_changed;        // replicaChanged, coalesced
    QTimer m_recount;        // a report whose counts were skipped is made again when they are due
};

} // namespace modreg
