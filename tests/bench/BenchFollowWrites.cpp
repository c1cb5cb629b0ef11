// The small writes of following the chain, into a large replica: after a backfill, the syncer writes
// a few modules at a time (their events, then their documents). Two copies of the same replica (one
// kept by `BenchSearch N FILE`) take the same writes: one as the backfill left it, the reference,
// and one after ModuleStore::compactSearchIndex, as the syncer now leaves it. Prints each side's
// write times (p50, p99, max, total, writes over 100 ms), the ratios, and what the compaction took.
// Usage: BenchFollowWrites REPLICA [WRITES [MODULES_PER_WRITE]]. Figures, not a pass/fail test.
#include "SyntheticRegistration.h"
#include "store/ModuleStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace modreg;

namespace {

struct Times
{
    std::vector<double> ms;
    double percentile(double p) const
    {
        std::vector<double> v = ms;
        std::sort(v.begin(), v.end());
        return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
    }
    double max() const { return *std::max_element(ms.begin(), ms.end()); }
    double total() const
    {
        double sum = 0;
        for (double x : ms)
            sum += x;
        return sum;
    }
    long over(double limit) const
    {
        return std::count_if(ms.begin(), ms.end(), [&](double x) { return x > limit; });
    }
};

// `writes` writes of `perWrite` new modules each (events, then documents: each a transaction),
// the same on every call; each write's time in ms, events and documents together.
Result<Times> follow(ModuleStore& store, int writes, int perWrite)
{
    QRandomGenerator rng(99);
    Times times;
    quint64 block = 1'000'000'000; // above any block of the replica
    for (int w = 0; w < writes; ++w, ++block) {
        QList<RegistryEvent> events;
        QList<FetchedDocument> documents;
        for (int i = 0; i < perWrite; ++i) {
            const QByteArray key = randomKey(rng);
            ModuleMetadata m;
            m.name = QStringLiteral("follow-%1-%2").arg(w).arg(i);
            m.version = QStringLiteral("1.0.0");
            m.author = QStringLiteral("follower");
            m.description = QStringLiteral("a text model published while the replica follows the chain");
            m.tags = {QStringLiteral("follow")};
            addSyntheticRegistration(m, key, block, static_cast<quint64>(i), events, documents);
        }
        QElapsedTimer t;
        t.start();
        if (Status s = store.apply(QStringLiteral("evm:bench"), events, events.last().block); !s)
            return Result<Times>::failure(s.error());
        if (Status s = store.recordDocuments(documents); !s)
            return Result<Times>::failure(s.error());
        times.ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    return times;
}

// Compacts the search index; `ms` is how long it took. False (said on stderr) if it failed.
bool timedCompaction(ModuleStore& store, double& ms)
{
    QElapsedTimer t;
    t.start();
    if (Status s = store.compactSearchIndex(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error()));
        return false;
    }
    ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
    return true;
}

bool copyReplica(const QString& from, const QString& to)
{
    for (const char* suffix : {"", "-wal"}) {
        QFile::remove(to + QLatin1String(suffix));
        if (QFile::exists(from + QLatin1String(suffix)) &&
            !QFile::copy(from + QLatin1String(suffix), to + QLatin1String(suffix)))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: BenchFollowWrites REPLICA [WRITES [MODULES_PER_WRITE]]\n");
        return 2;
    }
    const QString source = QString::fromLocal8Bit(argv[1]);
    const int writes = argc > 2 ? QByteArray(argv[2]).toInt() : 2000;
    const int perWrite = argc > 3 ? QByteArray(argv[3]).toInt() : 10;
    QTemporaryDir dir;
    Times sides[2];
    double compactMs = 0;
    double recompactMs = 0;
    for (int side = 0; side < 2; ++side) {
        const QString path = dir.filePath(QStringLiteral("replica-%1.sqlite").arg(side));
        if (!copyReplica(source, path)) {
            std::fprintf(stderr, "cannot copy %s\n", qPrintable(source));
            return 1;
        }
        Result<std::unique_ptr<ModuleStore>> store = ModuleStore::open(path);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error()));
            return 1;
        }
        if (side == 1 && !timedCompaction(*store.value(), compactMs))
            return 1;
        Result<Times> times = follow(*store.value(), writes, perWrite);
        if (!times) {
            std::fprintf(stderr, "%s\n", qPrintable(times.error()));
            return 1;
        }
        sides[side] = times.value();
        // What compacting at each start of the app, after following a while, cost.
        if (side == 1 && !timedCompaction(*store.value(), recompactMs))
            return 1;
        store = Result<std::unique_ptr<ModuleStore>>::failure(QString()); // closed before its file goes
        QFile::remove(path);
    }
    std::printf("%d writes of %d modules each (events, then documents) into copies of %s (%lld modules)\n",
                writes, perWrite, qPrintable(source),
                static_cast<long long>(std::move(ModuleStore::open(source)).value()->moduleCount()));
    std::printf("%-28s %8s %8s %10s %10s %9s\n", "", "p50 ms", "p99 ms", "max ms", "total ms", ">100 ms");
    const char* names[] = {"as the backfill left it", "compacted first"};
    for (int side = 0; side < 2; ++side)
        std::printf("%-28s %8.1f %8.1f %10.1f %10.0f %9ld\n", names[side], sides[side].percentile(0.5),
                    sides[side].percentile(0.99), sides[side].max(), sides[side].total(),
                    sides[side].over(100));
    std::printf("compaction took %.0f ms; longest write %.1f× shorter, all writes %.2f× faster, "
                "compaction included %.2f×\n",
                compactMs, sides[0].max() / sides[1].max(), sides[0].total() / sides[1].total(),
                sides[0].total() / (sides[1].total() + compactMs));
    std::printf("compacting again after those writes took %.0f ms (%.2f× the first compaction)\n",
                recompactMs, recompactMs / compactMs);
    return 0;
}
