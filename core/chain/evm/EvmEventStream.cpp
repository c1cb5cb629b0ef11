#include "chain/evm/EvmEventStream.h"

#include "chain/evm/ContractAbi.h"
#include "chain/evm/TransactionSender.h"

#include <QPointer>
#include <algorithm>

namespace modreg::evm {

namespace {
QString blockTag(quint64 number)
{
    return TransactionSender::hexQuantity(number);
}

// The contract refuses keys other than 20, 32 or 64 bytes and CIDs of no byte or over 128; a log
// that holds one was not written by it (an empty one stopped the sync once: the replica refused the
// event, found by FuzzReplicaEvents). Checked before the CID's bytes are read as text.
constexpr qsizetype kMaxCidBytes = 128;
} // namespace

EvmEventStream::EvmEventStream(JsonRpcClient& client, QByteArray contract, Options options, QObject* parent)
    : RegistryEventStream(parent)
    , m_client(client)
    , m_contract(std::move(contract))
    , m_options(options)
{
    m_poll.setInterval(m_options.pollInterval);
    connect(&m_poll, &QTimer::timeout, this, &EvmEventStream::pollHead);
    connect(&m_client, &JsonRpcClient::webSocketOpened, this, [this] {
        if (m_started)
            subscribe();
    });
    connect(&m_client, &JsonRpcClient::webSocketClosed, this, [this](const QString& why) {
        if (!m_started)
            return;
        m_subscriptionHeads.clear();
        m_subscriptionLogs.clear();
        setLive(false, why); // polls over HTTP until the client has the socket back
    });
}

EvmEventStream::~EvmEventStream()
{
    stop();
}

void EvmEventStream::start(quint64 fromBlock)
{
    stop();
    m_started = true;
    m_from = fromBlock;
    m_coveredAny = false;
    m_coveredTo = 0;
    m_hashes.clear();
    m_delivered.clear();
    m_lastPolledHead.clear();
    m_live = false;
    m_notLiveBecause.clear();
    m_pageBlocks = std::max<quint64>(1, m_options.pageBlocks);
    m_poll.start();
    pollHead(); // the first head starts the catch-up
    m_client.keepWebSocketOpen(true);
    subscribe();
}

void EvmEventStream::stop()
{
    if (!m_started)
        return;
    m_started = false;
    ++m_generation;
    m_steps.clear();
    m_busy = false;
    m_poll.stop();
    for (QString* id : {&m_subscriptionHeads, &m_subscriptionLogs})
        if (!id->isEmpty())
            m_client.unsubscribe(std::exchange(*id, QString()));
    m_client.keepWebSocketOpen(false);
}

// --- the queue: one step at a time ------------------------------------------------------------

void EvmEventStream::enqueue(Step step)
{
    m_steps.push_back(std::move(step));
    pump();
}

// Live heads and logs wait in the same queue as the catch-up. A node that pushes them faster than
// they are handled would grow it without end, so past Options::maxWaiting they are dropped: nothing
// is lost, since the next head polled covers its blocks with eth_getLogs (m_lastPolledHead is
// cleared so that poll is not skipped).
void EvmEventStream::enqueueLive(Step step)
{
    if (static_cast<qsizetype>(m_steps.size()) >= m_options.maxWaiting) {
        m_lastPolledHead.clear();
        return;
    }
    enqueue(std::move(step));
}

void EvmEventStream::pump()
{
    if (m_busy || m_steps.empty() || !m_started)
        return;
    m_busy = true;
    Step step = std::move(m_steps.front());
    m_steps.pop_front();
    QPointer<EvmEventStream> self(this);
    const quint64 generation = m_generation;
    step([self, generation] {
        if (!self || generation != self->m_generation)
            return;
        self->m_busy = false;
        // Later: a step that finishes at once must not recurse through the whole queue.
        QMetaObject::invokeMethod(self, &EvmEventStream::pump, Qt::QueuedConnection);
    });
}

// --- where heads and logs come from -----------------------------------------------------------

void EvmEventStream::subscribe()
{
    QPointer<EvmEventStream> self(this);
    const quint64 generation = m_generation;
    const auto alive = [self, generation] {
        return self && generation == self->m_generation && self->m_started;
    };
    m_client.subscribe(
        {QStringLiteral("newHeads")},
        [self, alive](const QJsonValue& head) {
            if (alive()) {
                const EvmBlockHeader header = EvmBlockHeader::fromJson(head.toObject());
                self->enqueueLive([self, header](Next next) { self->followHead(header, std::move(next)); });
            }
        },
        [self, alive](Result<QString> heads) {
            if (!alive())
                return;
            if (!heads)
                return self->setLive(false, heads.error());
            self->m_subscriptionHeads = heads.value();
            self->m_client.subscribe(
                {QStringLiteral("logs"),
                 QJsonObject{{QStringLiteral("address"), TransactionSender::hexData(self->m_contract)}}},
                [self, alive](const QJsonValue& log) {
                    if (alive()) {
                        const EvmLog parsed = EvmLog::fromJson(log.toObject());
                        self->enqueueLive(
                            [self, parsed](Next next) { self->takeLiveLog(parsed, std::move(next)); });
                    }
                },
                [self, alive](Result<QString> logs) {
                    if (!alive())
                        return;
                    if (!logs)
                        return self->setLive(false, logs.error());
                    self->m_subscriptionLogs = logs.value();
                    self->setLive(true, QString());
                    self->pollHead(); // whatever happened while there were no subscriptions
                });
        });
}

void EvmEventStream::pollHead()
{
    QPointer<EvmEventStream> self(this);
    const quint64 generation = m_generation;
    m_client.call(QStringLiteral("eth_getBlockByNumber"), {QStringLiteral("latest"), false},
                  [self, generation](Result<QJsonValue> latest) {
                      if (!self || generation != self->m_generation)
                          return;
                      if (!latest)
                          return self->setLive(false, latest.error());
                      const EvmBlockHeader head = EvmBlockHeader::fromJson(latest->toObject());
                      if (!head.isValid() || head.hash == self->m_lastPolledHead)
                          return;
                      self->m_lastPolledHead = head.hash;
                      self->enqueue([self, head](Next next) { self->followHead(head, std::move(next)); });
                  });
}

// --- the steps --------------------------------------------------------------------------------

void EvmEventStream::followHead(const EvmBlockHeader& head, Next next)
{
    if (!head.isValid())
        return next();
    if (head.number > kMaxBlockNumber) {
        retryLater(tr("The chain node says its newest block is %1, which no chain has reached; it is not "
                      "answering truthfully. Check the chain RPC URL in Settings.")
                       .arg(head.number));
        return next();
    }
    const bool shrank = !m_hashes.isEmpty() && head.number < m_hashes.lastKey();
    if (shrank || conflicts(head.number, head.hash) ||
        (head.number > 0 && conflicts(head.number - 1, head.parentHash)))
        return reorganize(std::move(next));
    coverUpTo(head, std::move(next));
}

void EvmEventStream::takeLiveLog(const EvmLog& log, Next next)
{
    if (log.blockNumber > kMaxBlockNumber || log.address != m_contract)
        return next(); // not ours, or not true: the next head's eth_getLogs covers the block anyway
    if (log.removed || conflicts(log.blockNumber, log.blockHash))
        return reorganize(std::move(next));
    const quint64 firstUncovered = m_coveredAny ? m_coveredTo + 1 : m_from;
    if (log.blockNumber < m_from)
        return next();
    if (log.blockNumber <= firstUncovered) { // next in line (or already covered: deduplicated)
        remember(log.blockNumber, log.blockHash);
        if (Status delivered = deliver(log); !delivered)
            return fail(delivered.error());
        return next();
    }
    // Blocks before this one are not covered yet: cover through its block first, in order.
    QPointer<EvmEventStream> self(this);
    const quint64 generation = m_generation;
    m_client.call(QStringLiteral("eth_getBlockByNumber"), {blockTag(log.blockNumber), false},
                  [self, generation, next = std::move(next)](Result<QJsonValue> block) {
                      if (!self || generation != self->m_generation)
                          return;
                      if (!block) {
                          self->retryLater(block.error());
                          return next();
                      }
                      self->followHead(EvmBlockHeader::fromJson(block->toObject()), next);
                  });
}

// Delivers every event from the first uncovered block through `head`, in pages.
void EvmEventStream::coverUpTo(EvmBlockHeader head, Next next)
{
    const quint64 from = m_coveredAny ? m_coveredTo + 1 : m_from;
    remember(head.number, head.hash);
    if (head.number > 0)
        remember(head.number - 1, head.parentHash);
    if (from > head.number) { // nothing to deliver: started at the head, say so (no covered() comes)
        emit caughtUp(BlockRef{head.number, head.hash});
        return next();
    }
    const quint64 to = std::min(head.number, from + (m_pageBlocks - 1)); // both below 2^41: no overflow
    const QJsonObject filter{{QStringLiteral("address"), TransactionSender::hexData(m_contract)},
                             {QStringLiteral("fromBlock"), blockTag(from)},
                             {QStringLiteral("toBlock"), blockTag(to)}};
    QList<JsonRpcClient::Call> calls{{QStringLiteral("eth_getLogs"), {filter}}};
    if (to < head.number) // a page of a long catch-up: its last block is a checkpoint
        calls.append({QStringLiteral("eth_getBlockByNumber"), {blockTag(to), false}});
    QPointer<EvmEventStream> self(this);
    const quint64 generation = m_generation;
    m_client.batch(calls, [self, generation, head, from, to, next](Result<QList<JsonRpcClient::Response>> answers) {
        if (!self || generation != self->m_generation)
            return;
        const QString failure = !answers               ? answers.error()
                                : answers->at(0).error ? answers->at(0).error->message
                                                       : QString();
        if (!failure.isEmpty()) {
            // Many nodes refuse a range with too many logs, and an answer can pass the size limit:
            // the same blocks are asked again in smaller pages.
            self->m_pageBlocks = std::max<quint64>(1, (to - from + 1) / 2);
            self->retryLater(failure);
            return next();
        }
        BlockRef through{head.number, head.hash};
        if (answers->size() > 1) {
            const EvmBlockHeader last = EvmBlockHeader::fromJson(answers->at(1).result.toObject());
            if (!last.isValid() || last.number != to) {
                self->retryLater(tr("The chain node did not return block %1.").arg(to));
                return next();
            }
            if (self->conflicts(last.number, last.hash))
                return self->reorganize(next);
            self->remember(last.number, last.hash);
            through = BlockRef{last.number, last.hash};
        }
        QList<EvmLog> logs;
        for (const QJsonValue& entry : answers->at(0).result.toArray()) {
            const EvmLog log = EvmLog::fromJson(entry.toObject());
            // Only what was asked for: the contract's logs in these blocks. Anything else is a lie.
            if (log.blockNumber < from || log.blockNumber > to || log.address != self->m_contract) {
                self->retryLater(tr("The chain node answered a request for the registry's events in blocks "
                                    "%1 to %2 with a log of another contract or block; it is not answering "
                                    "truthfully.")
                                     .arg(from)
                                     .arg(to));
                return next();
            }
            logs.append(log);
        }
        std::sort(logs.begin(), logs.end(), [](const EvmLog& a, const EvmLog& b) {
            return std::pair(a.blockNumber, a.logIndex) < std::pair(b.blockNumber, b.logIndex);
        });
        for (const EvmLog& log : logs)
            if (self->conflicts(log.blockNumber, log.blockHash)) // the chain moved under us
                return self->reorganize(next);
        for (const EvmLog& log : logs) {
            self->remember(log.blockNumber, log.blockHash);
            if (Status delivered = self->deliver(log); !delivered)
                return self->fail(delivered.error());
        }
        self->m_coveredTo = to;
        self->m_coveredAny = true;
        self->m_pageBlocks = std::min(self->m_pageBlocks * 2, std::max<quint64>(1, self->m_options.pageBlocks));
        emit self->covered(through, head.number);
        if (to < head.number)
            return self->coverUpTo(head, next);
        if (!self->m_subscriptionLogs.isEmpty() && self->m_client.isWebSocketOpen())
            self->setLive(true, QString());
        emit self->caughtUp(BlockRef{head.number, head.hash});
        next();
    });
}

// The chain disagrees with a block hash we saw: find the newest block we saw that is still on the
// chain, void what came after, report the new blocks and deliver their events.
void EvmEventStream::reorganize(Next next)
{
    QPointer<EvmEventStream> self(this);
    const quint64 generation = m_generation;
    const quint64 newestSeen = m_hashes.isEmpty() ? 0 : m_hashes.lastKey();
    findAncestor([self, generation, newestSeen, next](Result<BlockRef> ancestor) {
        if (!self || generation != self->m_generation)
            return;
        if (!ancestor) {
            self->stop();
            emit self->failed(ancestor.error());
            return;
        }
        self->m_client.call(
            QStringLiteral("eth_getBlockByNumber"), {QStringLiteral("latest"), false},
            [self, generation, ancestor = ancestor.value(), newestSeen, next](Result<QJsonValue> latest) {
                if (!self || generation != self->m_generation)
                    return;
                const EvmBlockHeader head =
                    latest ? EvmBlockHeader::fromJson(latest->toObject()) : EvmBlockHeader{};
                if (!head.isValid()) {
                    self->retryLater(latest ? tr("The chain node sent no latest block.") : latest.error());
                    return next();
                }
                if (head.number > kMaxBlockNumber) {
                    self->retryLater(tr("The chain node says its newest block is %1, which no chain has "
                                        "reached; it is not answering truthfully.")
                                         .arg(head.number));
                    return next();
                }
                // The new blocks the reorganisation reports: at most a window's worth (the events of
                // any beyond it come with the catch-up that follows, page by page).
                QList<JsonRpcClient::Call> calls;
                const quint64 last =
                    std::min(head.number, ancestor.number + static_cast<quint64>(self->m_options.reorgWindow));
                for (quint64 n = ancestor.number + 1; n <= last; ++n)
                    calls.append({QStringLiteral("eth_getBlockByNumber"), {blockTag(n), false}});
                self->m_client.batch(calls, [self, generation, ancestor, newestSeen, head,
                                             next](Result<QList<JsonRpcClient::Response>> blocks) {
                    if (!self || generation != self->m_generation)
                        return;
                    if (!blocks) {
                        self->retryLater(blocks.error());
                        return next();
                    }
                    QList<BlockRef> newBlocks;
                    for (const JsonRpcClient::Response& b : blocks.value()) {
                        const EvmBlockHeader h = EvmBlockHeader::fromJson(b.result.toObject());
                        if (h.isValid())
                            newBlocks.append(BlockRef{h.number, h.hash});
                    }
                    if (self->m_coveredAny)
                        self->m_coveredTo = std::min(self->m_coveredTo, ancestor.number);
                    if (ancestor.number < newestSeen)
                        emit self->reorganized(ancestor, newBlocks);
                    self->coverUpTo(head, next);
                });
            });
    });
}

void EvmEventStream::findAncestor(std::function<void(Result<BlockRef>)> done)
{
    if (m_hashes.isEmpty())
        return done(Result<BlockRef>::failure(
            tr("The chain reorganised, and no block Modreg saw is left; sync again from an earlier block.")));
    QList<JsonRpcClient::Call> calls;
    const QList<quint64> numbers = m_hashes.keys();
    for (quint64 n : numbers)
        calls.append({QStringLiteral("eth_getBlockByNumber"), {blockTag(n), false}});
    QPointer<EvmEventStream> self(this);
    const quint64 generation = m_generation;
    m_client.batch(calls, [self, generation, numbers, done](Result<QList<JsonRpcClient::Response>> blocks) {
        if (!self || generation != self->m_generation)
            return;
        if (!blocks)
            return done(Result<BlockRef>::failure(blocks.error()));
        for (qsizetype i = numbers.size() - 1; i >= 0; --i) {
            const EvmBlockHeader now = EvmBlockHeader::fromJson(blocks->at(i).result.toObject());
            if (now.isValid() && now.hash == self->m_hashes.value(numbers[i])) {
                // Everything above the ancestor is void.
                while (!self->m_hashes.isEmpty() && self->m_hashes.lastKey() > numbers[i])
                    self->m_hashes.erase(std::prev(self->m_hashes.end()));
                while (!self->m_delivered.isEmpty() && self->m_delivered.lastKey() > numbers[i])
                    self->m_delivered.erase(std::prev(self->m_delivered.end()));
                return done(BlockRef{numbers[i], now.hash});
            }
        }
        done(Result<BlockRef>::failure(
            tr("The chain reorganised deeper than the %1 blocks Modreg remembers; sync again from an "
               "earlier block.")
                .arg(self->m_options.reorgWindow)));
    });
}

// --- bookkeeping ------------------------------------------------------------------------------

bool EvmEventStream::conflicts(quint64 number, const QByteArray& hash) const
{
    const auto it = m_hashes.constFind(number);
    return it != m_hashes.cend() && *it != hash;
}

void EvmEventStream::remember(quint64 number, const QByteArray& hash)
{
    m_hashes.insert(number, hash);
    const quint64 newest = m_hashes.lastKey();
    const quint64 window = static_cast<quint64>(m_options.reorgWindow);
    while (!m_hashes.isEmpty() && m_hashes.firstKey() + window < newest)
        m_hashes.erase(m_hashes.begin());
    while (!m_delivered.isEmpty() && m_delivered.firstKey() + window < newest)
        m_delivered.erase(m_delivered.begin());
}

Status EvmEventStream::deliver(const EvmLog& log)
{
    QSet<quint64>& seen = m_delivered[log.blockNumber];
    if (seen.contains(log.logIndex))
        return success();
    const Result<std::optional<RegistryEvent>> event = eventFromLog(log);
    if (!event)
        return Status::failure(event.error());
    seen.insert(log.logIndex);
    if (event.value())
        emit eventArrived(*event.value());
    return success();
}

// The node told a lie no retry can undo: stop, and say so (the syncer restarts from its checkpoint).
void EvmEventStream::fail(const QString& why)
{
    stop();
    emit failed(why);
}

void EvmEventStream::setLive(bool live, const QString& why)
{
    if (live)
        m_poll.stop();
    else if (m_started)
        m_poll.start();
    // A new reason is news even while not live: a stream that polls over HTTP and fails (a node
    // that lies about its head, say) must say so, not only one that loses its socket.
    if (live == m_live && (live || why.isEmpty() || why == m_notLiveBecause))
        return;
    m_live = live;
    m_notLiveBecause = live ? QString() : why;
    emit liveChanged(live, why);
}

void EvmEventStream::retryLater(const QString& why)
{
    setLive(false, why);
    m_lastPolledHead.clear(); // the next poll follows the head again, even if it did not move
}

Result<std::optional<RegistryEvent>> EvmEventStream::eventFromLog(const EvmLog& log)
{
    using R = Result<std::optional<RegistryEvent>>;
    const Result<ContractAbi::Decoded> decoded =
        ContractAbi::moduleRegistry().decodeEvent(log.topics, log.data);
    if (!decoded)
        return std::optional<RegistryEvent>();
    const auto value = [&](const QString& name) {
        const qsizetype i = std::find_if(decoded->params.cbegin(), decoded->params.cend(),
                                         [&](const ContractAbi::Param& p) { return p.name == name; }) -
                            decoded->params.cbegin();
        return decoded->values.value(i).bytes;
    };
    RegistryEvent event;
    if (decoded->name == QLatin1String("ModuleRegistered"))
        event.kind = RegistryEvent::Kind::Registered;
    else if (decoded->name == QLatin1String("ModuleUpdated"))
        event.kind = RegistryEvent::Kind::Updated;
    else if (decoded->name == QLatin1String("ModuleRemoved"))
        event.kind = RegistryEvent::Kind::Removed;
    else if (decoded->name == QLatin1String("ModuleTransferred"))
        event.kind = RegistryEvent::Kind::Transferred;
    else
        return std::optional<RegistryEvent>();
    event.key = value(QStringLiteral("key"));
    const QByteArray cid = value(QStringLiteral("cid"));
    // Every log of a mined block has both hashes; a replica keeps them with each event (a node that
    // left one out once stopped the sync for good: the replica refused the event, found by
    // FuzzReplicaEvents).
    if (log.blockHash.size() != 32 || log.transactionHash.size() != 32)
        return R::failure(tr("The chain node sent a registry event in block %1 without its block or "
                             "transaction hash; it is not answering truthfully.")
                              .arg(log.blockNumber));
    const bool namesACid = event.kind == RegistryEvent::Kind::Registered || event.kind == RegistryEvent::Kind::Updated;
    if (!Registry::checkKey(event.key) || cid.size() > kMaxCidBytes || (namesACid && cid.isEmpty()))
        return R::failure(tr("The chain node sent a registry event in block %1 that the registry contract "
                             "cannot have written (a key of %2 bytes, a CID of %3 bytes); it is not answering "
                             "truthfully.")
                              .arg(log.blockNumber)
                              .arg(event.key.size())
                              .arg(cid.size()));
    event.cid = QString::fromUtf8(cid);
    if (event.kind == RegistryEvent::Kind::Transferred) {
        event.account = value(QStringLiteral("to"));
        event.previousOwner = value(QStringLiteral("from"));
    } else {
        event.account = value(QStringLiteral("owner"));
    }
    event.block = BlockRef{log.blockNumber, log.blockHash};
    event.logIndex = log.logIndex;
    event.transactionHash = log.transactionHash;
    return std::optional<RegistryEvent>(event);
}

} // namespace modreg::evm
