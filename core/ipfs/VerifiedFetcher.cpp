#include "ipfs/VerifiedFetcher.h"

#include "ipfs/CarBlockSpool.h"
#include "ipfs/CarFormat.h"
#include "ipfs/ExportTarget.h"
#include "ipfs/GatewayBlockSource.h"
#include "ipfs/IpfsRpcClient.h"
#include "ipfs/RpcBlockSource.h"
#include "ipfs/UnixfsExporter.h"
#include "net/NetworkErrorText.h"

#include <QPointer>
#include <deque>
#include <memory>

namespace modreg {

namespace {

// One fetch: the sources still to try, the one being tried, what went wrong so far.
class FetchJob : public QObject
{
public:
    using MakeTarget = std::function<std::unique_ptr<ExportTarget>()>;
    using Finish = std::function<Status(ExportTarget&)>; // after a verified export: commit it
    // `final`: a failure no other source or later try can change (see UnixfsExporter::Fault).
    using Done = std::function<void(Result<VerifiedFetcher::Report>, bool final)>;

    FetchJob(VerifiedFetcher& owner, const VerifiedFetcher::Options& options, IpfsPath path,
             MakeTarget makeTarget, Finish finish, Done done)
        : QObject(&owner)
        , m_owner(owner)
        , m_options(options)
        , m_path(std::move(path))
        , m_makeTarget(std::move(makeTarget))
        , m_finish(std::move(finish))
        , m_done(std::move(done))
    {
        if (!m_options.rpcApi.isEmpty())
            m_attempts.push_back({Attempt::Kind::Rpc, m_options.rpcApi});
        for (const QUrl& gateway : m_options.gateways)
            m_attempts.push_back({Attempt::Kind::GatewayCar, gateway});
    }

    void start()
    {
        if (m_attempts.empty())
            return complete(Result<VerifiedFetcher::Report>::failure(
                VerifiedFetcher::tr("No IPFS node or gateway is set up to fetch from.")));
        tryNext();
    }

private:
    struct Attempt
    {
        enum class Kind
        {
            Rpc,
            GatewayCar,
            GatewayRaw
        };
        Kind kind;
        QUrl url;
    };

    QString label(const Attempt& a) const
    {
        return a.kind == Attempt::Kind::Rpc ? VerifiedFetcher::tr("IPFS node %1").arg(net::displayUrl(a.url))
                                            : VerifiedFetcher::tr("gateway %1").arg(net::displayUrl(a.url));
    }

    void tryNext()
    {
        m_exporter.reset();
        m_target.reset();
        m_source.reset();
        m_spool.reset();
        m_rpc.reset();
        if (m_attempts.empty()) {
            QString message = m_failures.size() == 1
                                  ? m_failures.first()
                                  : VerifiedFetcher::tr("No source delivered %1 intact:\n• %2")
                                        .arg(m_path.toString(), m_failures.join(QStringLiteral("\n• ")));
            return complete(Result<VerifiedFetcher::Report>::failure(message));
        }
        m_current = m_attempts.front();
        m_attempts.pop_front();
        m_target = m_makeTarget();
        switch (m_current.kind) {
        case Attempt::Kind::Rpc:
            m_rpc = std::make_unique<IpfsRpcClient>(m_current.url);
            m_rpc->setTimeout(m_options.rpcTimeout);
            m_source = std::make_unique<RpcBlockSource>(*m_rpc);
            return exportFrom(*m_source);
        case Attempt::Kind::GatewayRaw:
            m_source = std::make_unique<GatewayBlockSource>(m_current.url, m_options.transfer);
            return exportFrom(*m_source);
        case Attempt::Kind::GatewayCar:
            return downloadCar();
        }
    }

    void exportFrom(BlockSource& source)
    {
        UnixfsExporter::Limits limits;
        limits.maxBytes = m_options.maxBytes;
        m_exporter = std::make_unique<UnixfsExporter>(source, *m_target, limits);
        QObject::connect(m_exporter.get(), &UnixfsExporter::progress, &m_owner, &VerifiedFetcher::progress);
        m_exporter->run(m_path.root, m_path.segments, [this](Status status) {
            // What is wrong with the content itself is wrong at every source: the verdict is final.
            // A file asked for in memory that is a folder is such a verdict too (MemoryExport refuses
            // nothing else).
            const UnixfsExporter::Fault fault = m_exporter->fault();
            if (!status && (fault == UnixfsExporter::Fault::Content ||
                            (fault == UnixfsExporter::Fault::Target && dynamic_cast<MemoryExport*>(m_target.get()))))
                return complete(Result<VerifiedFetcher::Report>::failure(status.error()), true);
            if (status && m_spool && m_spool->unusedBlockCount() > 0)
                status = Status::failure(
                    VerifiedFetcher::tr("The CAR from %1 holds %2 blocks that the content does "
                                        "not use.")
                        .arg(net::displayUrl(m_current.url))
                        .arg(m_spool->unusedBlockCount()));
            if (status)
                status = m_finish(*m_target);
            if (!status)
                return failed(status.error());
            VerifiedFetcher::Report report{label(m_current), m_failures, m_exporter->bytesFetched()};
            complete(std::move(report));
        });
    }

    // One request for the whole DAG (with the path's folders on the way), read into a spool while
    // every block is checked, then exported from the spool.
    void downloadCar()
    {
        CarBlockSpool::Limits spoolLimits;
        spoolLimits.maxBytes = m_options.maxBytes;
        m_spool = std::make_unique<CarBlockSpool>(label(m_current), m_options.tempDir, spoolLimits);
        m_headerSeen = false;
        m_reader = std::make_unique<car::Reader>(
            [this](const QList<Cid>& roots) {
                m_headerSeen = true;
                if (!roots.contains(m_path.root) && !roots.contains(m_path.root.toV1()))
                    return Status::failure(
                        VerifiedFetcher::tr("The CAR from %1 is for %2, not for the requested %3.")
                            .arg(net::displayUrl(m_current.url),
                                 roots.isEmpty() ? VerifiedFetcher::tr("no root") : roots.first().toString(),
                                 m_path.root.toString()));
                return success();
            },
            [this](const Cid& cid, const QByteArray& block) { return m_spool->add(cid, block); });

        net::HttpGet request = m_options.transfer;
        request.url = GatewayBlockSource::urlFor(m_current.url, m_path.root, QStringLiteral("car"));
        if (!m_path.segments.isEmpty())
            request.url.setPath(request.url.path() + QLatin1Char('/') +
                                m_path.segments.join(QLatin1Char('/')));
        request.accept = "application/vnd.ipld.car; version=1";
        request.maxBytes = m_options.maxBytes;
        request.onResponse = [this](const QByteArray& type) {
            if (!type.startsWith("application/vnd.ipld.car"))
                return Status::failure(
                    VerifiedFetcher::tr("%1 answered with %2 instead of a CAR.")
                        .arg(net::displayUrl(m_current.url), type.isEmpty() ? VerifiedFetcher::tr("no content type")
                                                                      : QString::fromLatin1(type)));
            return success();
        };
        request.onData = [this](const QByteArray& chunk) { return m_reader->feed(chunk); };
        QPointer<FetchJob> self(this);
        net::get(request, this, [self](Result<net::HttpGetReply> reply) {
            if (!self)
                return;
            Status read = reply ? self->m_reader->finish() : Status::failure(reply.error());
            if (!read) {
                // A gateway that never started a CAR may still serve single blocks: try those next.
                if (!self->m_headerSeen)
                    self->m_attempts.push_front({Attempt::Kind::GatewayRaw, self->m_current.url});
                return self->failed(read.error());
            }
            self->exportFrom(*self->m_spool);
        });
    }

    void failed(const QString& why)
    {
        const QString source = label(m_current);
        m_failures << VerifiedFetcher::tr("%1: %2").arg(source, why);
        emit m_owner.sourceFailed(source, why);
        // Not from inside the exporter's or the network's callback: they are torn down next.
        QMetaObject::invokeMethod(this, &FetchJob::tryNext, Qt::QueuedConnection);
    }

    void complete(Result<VerifiedFetcher::Report> result, bool final = false)
    {
        Done done = std::exchange(m_done, nullptr);
        deleteLater();
        if (done)
            done(std::move(result), final);
    }

    VerifiedFetcher& m_owner;
    VerifiedFetcher::Options m_options;
    IpfsPath m_path;
    MakeTarget m_makeTarget;
    Finish m_finish;
    Done m_done;
    std::deque<Attempt> m_attempts;
    Attempt m_current{Attempt::Kind::Rpc, {}};
    QStringList m_failures;
    std::unique_ptr<IpfsRpcClient> m_rpc;
    std::unique_ptr<BlockSource> m_source;
    std::unique_ptr<CarBlockSpool> m_spool;
    std::unique_ptr<car::Reader> m_reader;
    bool m_headerSeen = false;
    std::unique_ptr<ExportTarget> m_target;
    std::unique_ptr<UnixfsExporter> m_exporter;
};

} // namespace

VerifiedFetcher::VerifiedFetcher(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

void VerifiedFetcher::fetchToDisk(const IpfsPath& path, const QString& destination,
                                  std::function<void(Result<Report>)> done)
{
    if (Status s = DiskExport::checkDestination(destination); !s)
        return done(Result<Report>::failure(s.error()));
    auto* job = new FetchJob(
        *this, m_options, path, [destination] { return std::make_unique<DiskExport>(destination); },
        [](ExportTarget& target) { return static_cast<DiskExport&>(target).commit(); },
        [done = std::move(done)](Result<Report> report, bool) { done(std::move(report)); });
    job->start();
}

void VerifiedFetcher::fetchBytes(const IpfsPath& path, std::function<void(Result<QByteArray>)> done)
{
    fetchDocument(path, [done = std::move(done)](Fetched fetched) { done(std::move(fetched.bytes)); });
}

void VerifiedFetcher::fetchDocument(const IpfsPath& path, std::function<void(Fetched)> done)
{
    auto bytes = std::make_shared<QByteArray>();
    auto* job = new FetchJob(
        *this, m_options, path, [] { return std::make_unique<MemoryExport>(); },
        [bytes](ExportTarget& target) {
            *bytes = static_cast<MemoryExport&>(target).bytes();
            return success();
        },
        [bytes, done = std::move(done)](Result<Report> report, bool final) {
            if (!report)
                return done(Fetched{Result<QByteArray>::failure(report.error()), final});
            done(Fetched{*bytes, false});
        });
    job->start();
}

} // namespace modreg
