#pragma once

#include "chain/evm/EvmRegistry.h"
#include "registry/Syncer.h"

#include <QObject>
#include <QThread>

namespace modreg {

class Keystore;

// A Syncer on a thread of its own, for the app: every write of a sync (a page of events, a batch of
// documents, a copy of the WAL into the file) happens there, so none of them stalls the window. The
// thread has its own chain client, fetcher and connection to the replica file; the views read the
// same file through theirs (WAL lets readers and one writer go on at once) and read it again on
// replicaChanged(), which comes after the write it announces has committed.
//
// The CLI runs a Syncer directly: it has no window to keep responsive.
class BackgroundSync : public QObject
{
    Q_OBJECT
public:
    struct Setup
    {
        QString replicaPath;                       // the file the views read as well
        QUrl chainRpc;                             // a node of the chain the registry is on
        std::chrono::milliseconds chainTimeout{0}; // 0: JsonRpcClient's own
        evm::EvmRegistry::Options registry;
        VerifiedFetcher::Options sources;
        Syncer::Options options;
    };

    // Starts syncing at once. `keystore` is only there because a registry can also send
    // transactions; a sync never does, so the thread never touches it.
    BackgroundSync(Setup setup, const Keystore& keystore, QObject* parent = nullptr);
    // Stops the sync (writing what it has judged) and waits for its thread.
    ~BackgroundSync() override;

    // "Sync now": see Syncer::syncNow.
    void syncNow();
    // As last reported; the sync's problem if the replica could not be opened for writing.
    Syncer::Progress progress() const { return m_progress; }

signals:
    void progressed(const modreg::Syncer::Progress& progress);
    void replicaChanged();

private:
    class Worker;
    void onProgressed(const Syncer::Progress& progress);

    QThread m_thread;
    Worker* m_worker; // lives in m_thread; deleted once it has finished
    Syncer::Progress m_progress;
};

} // namespace modreg
