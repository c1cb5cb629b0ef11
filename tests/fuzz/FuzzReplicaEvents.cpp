// The registry's events as the replica reads them: a page of logs as a node returns it for
// eth_getLogs (any JSON at all), made into events and applied to a replica, then rolled back to a
// block in the middle. The replica must take any sequence the node claims (registers of keys that
// exist, updates of keys that do not, transfers from strangers) without failing or crashing, and a
// rollback must leave exactly what applying only the events up to that block leaves.
#include "FuzzSupport.h"
#include "chain/evm/EvmEventStream.h"
#include "store/ModuleStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace modreg;
using namespace modreg::evm;

namespace {
const QString kLocation = QStringLiteral("evm:00000000000000000000000000000000000000aa");

QStringList contentsOf(const ModuleStore& store, const QSet<QByteArray>& keys)
{
    QStringList rows;
    for (const QByteArray& key : keys) {
        const std::optional<StoredModule> m = store.module(key);
        rows << (m ? QStringLiteral("%1 %2 %3 %4 %5")
                         .arg(QString::fromLatin1(key.toHex()), QString::fromLatin1(m->owner.toHex()), m->metadataCid)
                         .arg(m->block)
                         .arg(store.history(key).size())
                   : QStringLiteral("%1 -").arg(QString::fromLatin1(key.toHex())));
    }
    rows.sort();
    rows << QString::number(store.moduleCount());
    return rows;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::ensureApplication();
    const QJsonArray logs = QJsonDocument::fromJson(fuzz::bytes(data, size)).array();
    QList<RegistryEvent> events;
    for (const QJsonValue& entry : logs) {
        const Result<std::optional<RegistryEvent>> event = EvmEventStream::eventFromLog(EvmLog::fromJson(entry.toObject()));
        if (event && event.value() && event.value()->block.number <= EvmEventStream::kMaxBlockNumber)
            events << *event.value();
    }
    if (events.isEmpty())
        return 0;
    // In chain order, as the stream delivers them.
    std::stable_sort(events.begin(), events.end(), [](const RegistryEvent& a, const RegistryEvent& b) {
        return std::pair(a.block.number, a.logIndex) < std::pair(b.block.number, b.logIndex);
    });
    // One hash per block number: the first event's (a node that gives two is a reorganisation,
    // which the stream reports as such, never as one page).
    QHash<quint64, QByteArray> hashes;
    for (RegistryEvent& e : events)
        e.block.hash = *hashes.insert(e.block.number, hashes.value(e.block.number, e.block.hash));
    QSet<QByteArray> keys;
    for (const RegistryEvent& e : events)
        keys << e.key;

    const BlockRef last = events.last().block;
    const BlockRef ancestor = events[events.size() / 2].block;
    auto whole = ModuleStore::open(QStringLiteral(":memory:")).value();
    if (const Status applied = whole->apply(kLocation, events, last); !applied)
        std::fprintf(stderr, "fuzz: apply: %s\n", qPrintable(applied.error()));
    fuzz::expect(whole->apply(kLocation, events, last).ok(), "any page of events applies");
    fuzz::expect(whole->apply(kLocation, events, last).ok(), "a replayed page is harmless");
    fuzz::expect(whole->checkpoint(kLocation) == last, "the checkpoint is the page's");
    const QStringList applied = contentsOf(*whole, keys);
    fuzz::expect(whole->rollback(kLocation, ancestor).ok(), "a rollback succeeds");

    QList<RegistryEvent> upToAncestor;
    for (const RegistryEvent& e : events)
        if (e.block.number <= ancestor.number)
            upToAncestor << e;
    auto partial = ModuleStore::open(QStringLiteral(":memory:")).value();
    fuzz::expect(partial->apply(kLocation, upToAncestor, ancestor).ok(), "the first half applies");
    fuzz::expect(contentsOf(*whole, keys) == contentsOf(*partial, keys),
                 "a rollback leaves what applying up to the ancestor leaves");
    fuzz::expect(whole->apply(kLocation, events, last).ok() && contentsOf(*whole, keys) == applied,
                 "applying again after a rollback gives the same replica");
    return 0;
}
