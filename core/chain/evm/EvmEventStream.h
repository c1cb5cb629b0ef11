#pragma once

#include "chain/Registry.h"
#include "chain/evm/EvmLog.h"
#include "chain/evm/JsonRpcClient.h"

#include <QMap>
#include <QSet>
#include <QTimer>
#include <chrono>
#include <deque>
#include <functional>

namespace modreg::evm {

// The registry contract's events, from a block on, exactly once each and in chain order.
//
// Work runs one step at a time from a queue, so old and new events never interleave:
//   - catch up: eth_getLogs in pages from the first block not yet covered to the head;
//   - live: "newHeads" and "logs" subscriptions over the WebSocket. A log is delivered as it
//     arrives; each head then covers its block with eth_getLogs, which finds what a dropped
//     connection lost (what was already delivered is recognised by block hash and log index);
//   - while the socket is down (the client reopens it with backoff), heads are polled over HTTP;
//     when it is back, the stream subscribes again and catches up.
// Every head and log is checked against the block hashes seen so far; a mismatch walks back to the
// common ancestor, reports the new blocks, and delivers their events.
class EvmEventStream : public RegistryEventStream
{
    Q_OBJECT
public:
    struct Options
    {
        std::chrono::milliseconds pollInterval{500}; // heads over HTTP while there is no socket
        // eth_getLogs range per request, at most: a page the node refuses (too many results, an
        // answer over the size limit) is asked again in halves, down to one block.
        quint64 pageBlocks = 2000;
        int reorgWindow = 128;  // blocks whose hashes are remembered
        int maxWaiting = 4096;  // live heads and logs queued; beyond, they are dropped (see enqueue)
    };

    // No chain is anywhere near this height (2^40: a block every millisecond for 34 years); a node
    // that says its head is higher is refused, so block arithmetic never comes near overflowing.
    static constexpr quint64 kMaxBlockNumber = quint64(1) << 40;

    EvmEventStream(JsonRpcClient& client, QByteArray contract, Options options, QObject* parent = nullptr);
    ~EvmEventStream() override;

    void start(quint64 fromBlock) override;
    void stop() override;

    // A registry event from one of the contract's logs; nullopt for a log that is not one. A log
    // the contract cannot have written (a key or CID of a length it refuses) fails: the node lies.
    static Result<std::optional<RegistryEvent>> eventFromLog(const EvmLog& log);

private:
    using Next = std::function<void()>;
    using Step = std::function<void(Next)>;

    void enqueue(Step step);
    void pump();
    void subscribe();
    void pollHead();
    // The steps.
    void followHead(const EvmBlockHeader& head, Next next);
    void takeLiveLog(const EvmLog& log, Next next);
    void coverUpTo(EvmBlockHeader head, Next next);
    void findAncestor(std::function<void(Result<BlockRef>)> done);
    void reorganize(Next next);

    bool conflicts(quint64 number, const QByteArray& hash) const;
    void remember(quint64 number, const QByteArray& hash);
    Status deliver(const EvmLog& log);
    void enqueueLive(Step step);
    void setLive(bool live, const QString& why);
    void retryLater(const QString& why);
    void fail(const QString& why);

    JsonRpcClient& m_client;
    QByteArray m_contract;
    Options m_options;
    bool m_started = false;
    quint64 m_generation = 0; // steps of an earlier start() see a different number and stop
    std::deque<Step> m_steps;
    bool m_busy = false;
    QTimer m_poll;
    bool m_live = false;
    QString m_notLiveBecause; // the reason last given with liveChanged(false, …)
    QString m_subscriptionHeads;
    QString m_subscriptionLogs;

    quint64 m_coveredTo = 0;   // every event up to this block delivered
    bool m_coveredAny = false; // false: nothing covered yet, start at m_from
    quint64 m_from = 0;
    QMap<quint64, QByteArray> m_hashes;       // recent blocks seen: number → hash
    QMap<quint64, QSet<quint64>> m_delivered; // recent blocks: log indexes delivered
    QByteArray m_lastPolledHead;
    quint64 m_pageBlocks = 0; // the page size now: Options::pageBlocks, halved after a refusal
};

} // namespace modreg::evm
