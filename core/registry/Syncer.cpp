#include "registry/Syncer.h"

#include "ipfs/IpfsPath.h"
#include "metadata/MetadataSignature.h"
#include "metadata/MetadataValidator.h"

#include <QPointer>
#include <algorithm>

namespace modreg {

namespace {
// How far back a restart looks for a block of the replica that the chain still has.
constexpr int kAncestorCandidates = 128;
constexpr std::chrono::seconds kRestartDelay{5};
constexpr qint64 kCountEveryMs = 500;
constexpr int kChangedEveryMs = 200;
// Judged documents are written together: every transaction costs a commit, and FTS5 writes a new
// index segment at each one. One per document held a backfill to ~2,500 documents/s in the store
// (BenchSearch's data, 100k modules), where 10,000 per transaction reach ~11,000/s. Following the
// chain, a write comes soon (views show a new module within 0.1 s); in a backfill, larger writes
// less often: at 300k modules the store took 49.2 s for the documents in writes of 500, 29.3 s in
// writes of 5,000 and 23.0 s in writes of 10,000, as BenchSearch writes them. The app writes on a
// thread of its own (BackgroundSync), so a long write stalls no window. A write also comes once
// 32 MiB are judged: documents go up to 256 KiB each.
constexpr int kDocumentsPerWrite = 500;
constexpr int kWriteEveryMs = 100;
constexpr int kBulkDocumentsPerWrite = 10000;
constexpr int kBulkWriteEveryMs = 1000;
constexpr qint64 kJudgedBytesPerWrite = 32 * 1024 * 1024;
// More metadata to fetch than this is a backfill too (see report()).
constexpr qint64 kBulkFetches = 1000;
} // namespace

double Syncer::Progress::fraction() const
{
    if (caughtUp || headBlock <= firstBlock)
        return 1.0;
    const double done = syncedBlock > firstBlock ? double(syncedBlock - firstBlock) : 0.0;
    return std::clamp(done / double(headBlock - firstBlock), 0.0, 1.0);
}

Syncer::Syncer(ModuleStore& store, Registry& registry, VerifiedFetcher::Options sources, Options options,
               QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_registry(registry)
    , m_options(options)
    , m_location(registry.location())
{
    // Metadata is small; a "document" of gigabytes must not be downloaded to be refused.
    sources.maxBytes = m_options.maxDocumentBytes;
    sources.transfer.deadline = m_options.gatewayDeadline;
    m_fetcher = std::make_unique<VerifiedFetcher>(std::move(sources), this);
    m_retry.setSingleShot(true);
    m_recount.setSingleShot(true);
    m_changed.setSingleShot(true);
    m_changed.setInterval(kChangedEveryMs);
    connect(&m_changed, &QTimer::timeout, this, &Syncer::replicaChanged);
    connect(&m_recount, &QTimer::timeout, this, &Syncer::report);
    connect(&m_retry, &QTimer::timeout, this, &Syncer::fetchDue);
    m_write.setSingleShot(true);
    m_write.setInterval(kWriteEveryMs);
    connect(&m_write, &QTimer::timeout, this, &Syncer::writeJudged);
    if (const std::optional<BlockRef> checkpoint = m_store.checkpoint(m_location))
        m_progress.syncedBlock = checkpoint->number;
    m_progress.modules = m_store.moduleCount();
    m_progress.pendingFetches = m_store.pendingFetchCount();
}

Syncer::~Syncer()
{
    stop();
}

void Syncer::start()
{
    if (m_progress.running)
        return;
    m_progress.running = true;
    resume();
}

void Syncer::stop()
{
    ++m_generation;
    m_progress.running = false;
    m_stream.reset();
    m_buffer.clear();
    m_fetching.clear(); // their answers carry an old generation and are dropped
    m_due.clear();
    m_retry.stop();
    // A document names the same bytes on any chain: what was judged stays true. Written quietly:
    // stop() also runs from the destructor.
    (void)storeJudged();
    useBulkWriting(false);
}

void Syncer::syncNow()
{
    if (!m_progress.running || !m_progress.problem.isEmpty()) {
        stop();
        start();
    }
    if (Status due = m_store.makeFetchesDue(); !due)
        setProblem(due.error());
    m_due.clear(); // those waiting for a retry are due now, and come before
    fetchDue();
}

bool Syncer::isIdle() const
{
    return m_progress.caughtUp && m_fetching.isEmpty() && m_judged.isEmpty() &&
           m_store.dueFetches(1).isEmpty();
}

// --- events -----------------------------------------------------------------------------------

// Where to go on from: the checkpoint, if the chain still has it.
void Syncer::resume()
{
    const quint64 generation = ++m_generation;
    m_stream.reset();
    m_buffer.clear();
    const std::optional<BlockRef> checkpoint = m_store.checkpoint(m_location);
    if (!checkpoint)
        return startStreamAt(m_options.fromBlock);
    QPointer<Syncer> self(this);
    m_registry.blockAt(checkpoint->number, [self, generation, checkpoint](Result<std::optional<BlockRef>> b) {
        if (!self || generation != self->m_generation)
            return;
        if (!b)
            return self->restartLater(b.error());
        if (b.value() && *b.value() == *checkpoint)
            return self->startStreamAt(checkpoint->number + 1);
        // The chain moved on without the block the replica stopped at (a reorganisation while
        // Modreg was closed, or a new devnet): find the newest of its blocks the chain still has.
        self->findAncestor(self->m_store.recentBlocks(kAncestorCandidates));
    });
}

void Syncer::findAncestor(QList<BlockRef> candidates)
{
    if (candidates.isEmpty()) {
        if (Status reset = m_store.reset(m_location); !reset)
            return setProblem(reset.error());
        m_due.clear();
        noteChange();
        return startStreamAt(m_options.fromBlock);
    }
    const BlockRef candidate = candidates.takeFirst();
    QPointer<Syncer> self(this);
    const quint64 generation = m_generation;
    m_registry.blockAt(candidate.number,
                       [self, generation, candidate, candidates](Result<std::optional<BlockRef>> b) {
                           if (!self || generation != self->m_generation)
                               return;
                           if (!b)
                               return self->restartLater(b.error());
                           if (!b.value() || *b.value() != candidate)
                               return self->findAncestor(candidates);
                           if (Status rolled = self->m_store.rollback(self->m_location, candidate); !rolled)
                               return self->setProblem(rolled.error());
                           self->m_due.clear();
                           self->noteChange();
                           self->startStreamAt(candidate.number + 1);
                       });
}

void Syncer::startStreamAt(quint64 fromBlock)
{
    m_stream = m_registry.eventStream();
    RegistryEventStream* stream = m_stream.get();
    connect(stream, &RegistryEventStream::eventArrived, this,
            [this](const RegistryEvent& event) { m_buffer.append(event); });
    connect(stream, &RegistryEventStream::covered, this, &Syncer::onCovered);
    connect(stream, &RegistryEventStream::caughtUp, this, &Syncer::onCaughtUp);
    connect(stream, &RegistryEventStream::reorganized, this,
            [this](const BlockRef& ancestor, const QList<BlockRef>&) { onReorganized(ancestor); });
    connect(stream, &RegistryEventStream::liveChanged, this, [this](bool live, const QString& why) {
        if (live || !why.isEmpty())
            setProblem(live ? QString() : why);
    });
    connect(stream, &RegistryEventStream::failed, this, &Syncer::restartLater);
    m_progress.firstBlock = fromBlock > 0 ? fromBlock - 1 : 0;
    m_progress.syncedBlock = std::max(m_progress.syncedBlock, m_progress.firstBlock);
    m_progress.caughtUp = false;
    report();
    stream->start(fromBlock);
    fetchDue();
}

void Syncer::onCovered(const BlockRef& through, quint64 head)
{
    if (Status applied = m_store.apply(m_location, m_buffer, through); !applied) {
        // The replica cannot be written (disk full?): stop rather than skip events.
        setProblem(applied.error());
        m_stream.reset();
        return;
    }
    const bool changed = !m_buffer.isEmpty();
    m_buffer.clear();
    if (changed)
        m_due.clear(); // new CIDs to fetch may come before those taken
    m_progress.syncedBlock = through.number;
    m_progress.headBlock = std::max(head, through.number);
    m_progress.caughtUp = through.number >= head;
    if (m_progress.caughtUp && !m_progress.problem.isEmpty())
        m_progress.problem.clear();
    if (changed) {
        noteChange();
        fetchDue();
    }
    report();
}

// After the last covered() — or alone, when the replica was already at the head: a restart on a
// chain with no new block would otherwise say "starting" until the next block.
void Syncer::onCaughtUp(const BlockRef& head)
{
    if (m_progress.caughtUp || !m_buffer.isEmpty())
        return;
    m_progress.headBlock = std::max(head.number, m_progress.syncedBlock);
    m_progress.caughtUp = m_progress.syncedBlock >= head.number;
    if (m_progress.caughtUp && !m_progress.problem.isEmpty())
        m_progress.problem.clear();
    report();
}

void Syncer::onReorganized(const BlockRef& ancestor)
{
    m_buffer.removeIf([&](const RegistryEvent& e) { return e.block.number > ancestor.number; });
    const std::optional<BlockRef> checkpoint = m_store.checkpoint(m_location);
    if (checkpoint && checkpoint->number > ancestor.number) {
        if (Status rolled = m_store.rollback(m_location, ancestor); !rolled)
            return setProblem(rolled.error());
        m_due.clear();
        m_progress.syncedBlock = ancestor.number;
        noteChange();
        report();
    }
}

// The stream failed or the chain could not be asked: say why, and resume from the checkpoint soon.
void Syncer::restartLater(const QString& why)
{
    setProblem(why);
    m_stream.reset();
    const quint64 generation = m_generation;
    QPointer<Syncer> self(this);
    QTimer::singleShot(kRestartDelay, this, [self, generation] {
        if (self && generation == self->m_generation && self->m_progress.running)
            self->resume();
    });
}

// --- metadata ---------------------------------------------------------------------------------

// The next CIDs to fetch, taken from the store a chunk at a time: asking it after every fetch
// read the fetches in flight and the judged ones again each time (still due in the store until
// written), thousands of rows per document with a backfill's large writes. Those are left out
// here; a CID leaves m_due before it is fetched or judged, so none in it ever is.
void Syncer::takeDue()
{
    const int chunk = m_bulkWriting ? kBulkDocumentsPerWrite : 4 * m_options.concurrentFetches;
    const QStringList due = m_store.dueFetches(chunk + int(m_fetching.size()) + int(m_judgedCids.size()));
    m_due.clear();
    for (const QString& cid : due)
        if (!m_fetching.contains(cid) && !m_judgedCids.contains(cid))
            m_due.push_back(cid);
}

void Syncer::fetchDue()
{
    if (!m_progress.running)
        return;
    while (static_cast<int>(m_fetching.size()) < m_options.concurrentFetches) {
        if (m_due.empty())
            takeDue();
        if (m_due.empty())
            break;
        const QString cid = m_due.front();
        m_due.pop_front();
        const Result<IpfsPath> path = IpfsPath::parse(cid);
        if (!path) { // the chain holds anything its writer sent: this is not a CID at all
            keepJudged({cid,
                        {},
                        std::nullopt,
                        tr("The registry entry's metadata CID is not a CID: %1").arg(path.error())});
            continue;
        }
        m_fetching.insert(cid);
        QPointer<Syncer> self(this);
        const quint64 generation = m_generation;
        m_fetcher->fetchDocument(path.value(), [self, generation, cid](VerifiedFetcher::Fetched fetched) {
            if (self && generation == self->m_generation)
                self->onFetched(cid, fetched);
        });
    }
    scheduleRetry();
}

void Syncer::onFetched(const QString& cid, const VerifiedFetcher::Fetched& fetched)
{
    m_fetching.remove(cid);
    const Result<QByteArray>& bytes = fetched.bytes;
    if (bytes) {
        keepJudged(judge(cid, bytes.value()));
    } else if (fetched.final) { // a folder, too large, not a file: no retry will change it
        keepJudged({cid, {}, std::nullopt, tr("The metadata CID names content that is not a metadata document: %1")
                                               .arg(bytes.error())});
    } else {
        // Backoff: first, 2×first, 4×first … up to last.
        const int attempts = std::min(m_store.fetchAttempts(cid), 20);
        const auto delay = std::min<std::chrono::milliseconds>(m_options.firstRetry * (qint64(1) << attempts),
                                                               m_options.lastRetry);
        m_store.recordFetchFailure(cid, bytes.error(),
                                   QDateTime::currentDateTimeUtc().addMSecs(delay.count()));
    }
    report();
    fetchDue();
}

void Syncer::keepJudged(FetchedDocument document)
{
    if (!document.document)
        document.bytes.clear(); // the store keeps only the reason of an invalid one
    m_judgedBytes += document.bytes.size();
    m_judgedCids.insert(document.cid);
    m_judged.append(std::move(document));
    if (m_judged.size() >= (m_bulkWriting ? kBulkDocumentsPerWrite : kDocumentsPerWrite) ||
        m_judgedBytes >= kJudgedBytesPerWrite)
        writeJudged();
    else if (!m_write.isActive())
        m_write.start();
}

// The documents judged since the last write, in one transaction. If it fails they are fetched
// again: their CIDs are still due in the store.
Status Syncer::storeJudged()
{
    m_write.stop();
    if (m_judged.isEmpty())
        return success();
    const Status written = m_store.recordDocuments(m_judged);
    if (written && m_bulkWriting)
        m_bulkDocuments += m_judged.size();
    m_judged.clear();
    m_judgedCids.clear();
    m_judgedBytes = 0;
    return written;
}

void Syncer::writeJudged()
{
    if (m_judged.isEmpty())
        return;
    if (const Status written = storeJudged(); !written)
        setProblem(written.error());
    noteChange();
    report();
    if (m_progress.running)
        fetchDue();
}

void Syncer::scheduleRetry()
{
    if (static_cast<int>(m_fetching.size()) >= m_options.concurrentFetches)
        return; // a fetch finishing asks again
    const std::optional<QDateTime> next = m_store.nextFetchDue();
    if (!next) {
        m_retry.stop();
        return;
    }
    const qint64 wait = std::max<qint64>(QDateTime::currentDateTimeUtc().msecsTo(*next), 0);
    // Due now but all taken: the running fetches ask again when they finish, and so does the write
    // of those judged (polling instead re-read up to a backfill's 10,000 judged CIDs every 50 ms).
    if (wait == 0 && (!m_fetching.isEmpty() || !m_judged.isEmpty()))
        return;
    m_retry.start(std::chrono::milliseconds(std::max<qint64>(wait, 50)));
}

FetchedDocument Syncer::judge(const QString& cid, const QByteArray& bytes)
{
    // Anyone can register any bytes: whatever they make the readers below do, the verdict is
    // "invalid, because…" and the sync goes on. An exception here once aborted every sync that met
    // the document (and every later one); the fuzz target FuzzMetadataDocument calls each layer
    // directly, so a reader that throws is still found and fixed, not hidden by this catch.
    try {
        return judgeDocument(cid, bytes);
    } catch (const std::exception& e) {
        return {cid, bytes, std::nullopt,
                tr("Modreg could not read the metadata (%1).").arg(QString::fromUtf8(e.what()).left(200))};
    }
}

FetchedDocument Syncer::judgeDocument(const QString& cid, const QByteArray& bytes)
{
    FetchedDocument d{cid, bytes, std::nullopt, {}};
    const Result<nlohmann::json> json = MetadataValidator::parse(bytes);
    if (!json) {
        d.reason = tr("The metadata is not a usable JSON document: %1").arg(json.error());
        return d;
    }
    const QList<MetadataProblem> problems =
        MetadataValidator::check(json.value(), MetadataValidator::Stage::Published);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const MetadataProblem& p : problems)
            lines << (p.field.isEmpty() ? p.message : tr("%1: %2").arg(p.field, p.message));
        d.reason = tr("The metadata breaks the format: %1").arg(lines.join(QLatin1Char(' ')));
        return d;
    }
    const ModuleMetadata document = ModuleMetadata::fromJson(json.value());
    if (const Status signature = MetadataSignature::verify(document, json.value()); !signature) {
        d.reason = tr("The metadata's signature does not hold: %1").arg(signature.error());
        return d;
    }
    d.document = document;
    return d;
}

// The replica changed. A backfill changes it for every page and every document; views hear of it
// at most five times a second.
void Syncer::noteChange()
{
    if (!m_changed.isActive())
        m_changed.start();
}

// --- reporting --------------------------------------------------------------------------------

void Syncer::setProblem(const QString& problem)
{
    if (m_progress.problem == problem)
        return;
    m_progress.problem = problem;
    report();
}

void Syncer::report()
{
    // Counting a million rows takes milliseconds, and a backfill reports after every page and
    // every document: count at most twice a second.
    if (!m_counted.isValid() || m_counted.elapsed() >= kCountEveryMs) {
        m_progress.modules = m_store.moduleCount();
        m_progress.pendingFetches = m_store.pendingFetchCount();
        m_counted.start();
    } else if (!m_recount.isActive()) {
        m_recount.start(std::chrono::milliseconds(kCountEveryMs - m_counted.elapsed())); // then say it again
    }
    m_progress.fetching = static_cast<int>(m_fetching.size());
    // A backfill (blocks behind, or many documents to fetch) gets the store's large page cache;
    // once caught up it is given back.
    useBulkWriting(m_progress.running && (!m_progress.caughtUp || m_progress.pendingFetches > kBulkFetches));
    emit progressed(m_progress);
}

void Syncer::useBulkWriting(bool on)
{
    if (on == m_bulkWriting)
        return;
    // A large backfill that ends caught up (not one cut short by a stop) leaves the search index
    // compact, so that following the chain writes in milliseconds, not now and then in seconds (FTS5
    // merging a backfill's large segments). The documents judged so far are written first, as one
    // more large write. A small catch-up, such as each start of the app, is left to FTS5's own
    // merging: compacting rewrites the whole index (5 s at 1M modules) however little was added.
    const bool backfillEnds = !on && m_progress.running && m_progress.caughtUp;
    const Status written = backfillEnds ? storeJudged() : success();
    const bool compact = backfillEnds && m_bulkDocuments >= m_options.compactAfterDocuments;
    m_bulkWriting = on; // before any report() below, which comes back here
    m_bulkDocuments = 0;
    const Status compacted = compact ? m_store.compactSearchIndex() : success();
    m_store.setBulkWriting(on);
    m_write.setInterval(on ? kBulkWriteEveryMs : kWriteEveryMs);
    if (backfillEnds)
        noteChange();
    if (!written || !compacted)
        setProblem(!written ? written.error() : compacted.error());
}

} // namespace modreg
