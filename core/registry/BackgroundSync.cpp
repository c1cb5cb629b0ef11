#include "registry/BackgroundSync.h"

#include "store/ModuleStore.h"

namespace modreg {

// What the sync thread owns. Everything is made and destroyed on that thread: a QObject's timers
// and network requests belong to the thread that made it.
class BackgroundSync::Worker : public QObject
{
public:
    void build(const Setup& setup, const Keystore& keystore, BackgroundSync* owner)
    {
        Result<std::unique_ptr<ModuleStore>> opened = ModuleStore::open(setup.replicaPath);
        if (!opened) {
            Syncer::Progress failed;
            failed.problem = opened.error();
            QMetaObject::invokeMethod(owner, [owner, failed] { owner->onProgressed(failed); });
            return;
        }
        m_store = std::move(opened).value();
        m_chain = std::make_unique<evm::JsonRpcClient>(setup.chainRpc);
        if (setup.chainTimeout.count() > 0)
            m_chain->setTimeout(setup.chainTimeout);
        m_registry = std::make_unique<evm::EvmRegistry>(*m_chain, keystore, setup.registry);
        m_syncer = std::make_unique<Syncer>(*m_store, *m_registry, setup.sources, setup.options);
        // To the owner's thread, queued: the signal is emitted here, the owner lives there.
        connect(m_syncer.get(), &Syncer::progressed, owner, &BackgroundSync::onProgressed);
        connect(m_syncer.get(), &Syncer::replicaChanged, owner, &BackgroundSync::replicaChanged);
        m_syncer->start();
    }
    void syncNow()
    {
        if (m_syncer)
            m_syncer->syncNow();
    }
    // The syncer first: it writes what it has judged as it stops, and uses the others.
    void tearDown()
    {
        m_syncer.reset();
        m_registry.reset();
        m_chain.reset();
        m_store.reset();
    }

private:
    std::unique_ptr<ModuleStore> m_store;
    std::unique_ptr<evm::JsonRpcClient> m_chain;
    std::unique_ptr<evm::EvmRegistry> m_registry;
    std::unique_ptr<Syncer> m_syncer;
};

BackgroundSync::BackgroundSync(Setup setup, const Keystore& keystore, QObject* parent)
    : QObject(parent)
    , m_worker(new Worker)
{
    qRegisterMetaType<Syncer::Progress>(); // crosses threads in progressed()
    m_thread.setObjectName(QStringLiteral("sync"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, setup = std::move(setup), &keystore, this] { worker->build(setup, keystore, this); },
        Qt::QueuedConnection);
}

BackgroundSync::~BackgroundSync()
{
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->tearDown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker; // its thread has finished: safe from here
}

void BackgroundSync::syncNow()
{
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->syncNow(); }, Qt::QueuedConnection);
}

void BackgroundSync::onProgressed(const Syncer::Progress& progress)
{
    m_progress = progress;
    emit progressed(progress);
}

} // namespace modreg
