// Verified retrieval against the real devnet node, and against a test gateway that serves the
// node's real blocks and CARs honestly or bends them like a hostile peer. Every failure must say
// what went wrong and leave nothing where the caller asked for the output.
#include "StartedDevnet.h"
#include "TestEnvironment.h"
#include "TestFiles.h"
#include "TestGateway.h"
#include "WaitForCallback.h"
#include "ipfs/CarFormat.h"
#include "ipfs/DagPb.h"
#include "ipfs/IpfsRpcClient.h"
#include "ipfs/UnixfsImporter.h"
#include "ipfs/VerifiedFetcher.h"
#include "net/HttpPost.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace modreg;
using Behaviour = TestGateway::Behaviour;

Q_DECLARE_METATYPE(TestGateway::Behaviour)

namespace {
QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray b(size, Qt::Uninitialized);
    QRandomGenerator(seed).fillRange(reinterpret_cast<quint32*>(b.data()), size / 4);
    return b;
}

// Every file under `root` with its bytes, by relative path; folders as "name/".
QMap<QString, QByteArray> tree(const QString& root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = QDir(root).relativeFilePath(path);
        if (it.fileInfo().isDir()) {
            out.insert(rel + QLatin1Char('/'), {});
        } else {
            out.insert(rel, readFile(path));
        }
    }
    return out;
}
} // namespace

class TestVerifiedFetcher : public QObject
{
    Q_OBJECT
    TestEnvironment m_env;
    std::unique_ptr<Devnet> m_devnet;
    std::unique_ptr<IpfsRpcClient> m_ipfs;
    std::unique_ptr<TestGateway> m_gateway;
    QString m_folder;
    Cid m_folderCid = Cid::forBlock(Cid::Codec::Raw, {});
    Cid m_fileCid = Cid::forBlock(Cid::Codec::Raw, {}); // a 3-chunk file, CIDv1
    QByteArray m_fileBytes;

    Cid add(const QString& path, int version)
    {
        IpfsAddOptions options;
        options.cidVersion = version;
        const auto added =
            waitForCallback<Result<IpfsAdded>>([&](auto done) { m_ipfs->add(path, options, {}, done); });
        if (!added || !added->ok())
            qFatal("add failed: %s", added ? qPrintable(added->error()) : "no answer");
        return added->value().root;
    }

    Cid putBlock(const QByteArray& block, Cid::Codec codec)
    {
        const auto put =
            waitForCallback<Result<Cid>>([&](auto done) { m_ipfs->blockPut(block, codec, done); });
        if (!put || !put->ok())
            qFatal("block/put failed");
        return put->value();
    }

    VerifiedFetcher::Options rpcOnly() const
    {
        VerifiedFetcher::Options o;
        o.rpcApi = m_devnet->endpoints().ipfsApi;
        o.tempDir = m_env.path();
        return o;
    }

    VerifiedFetcher::Options gatewaysOnly(QList<QUrl> gateways) const
    {
        VerifiedFetcher::Options o;
        o.gateways = std::move(gateways);
        o.tempDir = m_env.path();
        o.transfer.idleTimeout = std::chrono::seconds(3);
        o.transfer.window = std::chrono::milliseconds(1500);
        o.transfer.minBytes = 1024;
        return o;
    }

    std::optional<Result<VerifiedFetcher::Report>> fetch(const VerifiedFetcher::Options& options,
                                                         const QString& path, const QString& destination)
    {
        VerifiedFetcher fetcher(options);
        return waitForCallback<Result<VerifiedFetcher::Report>>(
            [&](auto done) { fetcher.fetchToDisk(IpfsPath::parse(path).value(), destination, done); }, 60000);
    }

    // Nothing at the destination, and no staging folder left beside it.
    void verifyNothingWritten(const QString& destination)
    {
        QVERIFY2(!QFileInfo::exists(destination), qPrintable(destination));
        const QStringList leftovers =
            QDir(QFileInfo(destination).absolutePath())
                .entryList({QStringLiteral("*.modreg-partial-*")}, QDir::AllEntries | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_devnet = startDevnet(m_env, error);
        QVERIFY2(m_devnet, qPrintable(error));
        m_ipfs = std::make_unique<IpfsRpcClient>(m_devnet->endpoints().ipfsApi);
        m_ipfs->setTimeout(std::chrono::seconds(20));
        m_gateway = std::make_unique<TestGateway>(m_devnet->endpoints().ipfsApi);

        m_folder = m_env.path() + QStringLiteral("/module");
        QDir().mkpath(m_folder + QStringLiteral("/weights/empty"));
        m_fileBytes = randomBytes(2 * 262144 + 12345, 11);
        writeFile(m_folder + QStringLiteral("/weights/model.bin"), m_fileBytes);
        writeFile(m_folder + QStringLiteral("/README ünïcode.md"), "# A module\n");
        writeFile(m_folder + QStringLiteral("/empty.txt"), {});
        m_folderCid = add(m_folder, 0);
        m_fileCid = add(m_folder + QStringLiteral("/weights/model.bin"), 1);
        m_gateway->setOtherContent(add(m_folder + QStringLiteral("/README ünïcode.md"), 1));
    }

    void cleanupTestCase()
    {
        if (m_devnet)
            m_devnet->stop();
    }

    void init() { m_gateway->clearRequests(); }

    void folderFromTheNodeEqualsTheOriginal()
    {
        const QString out = m_env.path() + QStringLiteral("/out-folder");
        const auto r = fetch(rpcOnly(), m_folderCid.toString(), out);
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->error()));
        QCOMPARE(tree(out), tree(m_folder)); // empty folder and empty file included
        QVERIFY(r->value().source.contains(m_devnet->endpoints().ipfsApi.toString()));
        QVERIFY(r->value().failures.isEmpty());
    }

    void pathInsideAFolderAndBytesInMemory()
    {
        const QString out = m_env.path() + QStringLiteral("/model-from-path.bin");
        const auto r = fetch(rpcOnly(), m_folderCid.toString() + QStringLiteral("/weights/model.bin"), out);
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error()) : "no answer");
        QCOMPARE(readFile(out), m_fileBytes);

        VerifiedFetcher fetcher(rpcOnly());
        const auto bytes = waitForCallback<Result<QByteArray>>([&](auto done) {
            fetcher.fetchBytes(
                IpfsPath::parse(m_folderCid.toString() + QStringLiteral("/README ünïcode.md")).value(), done);
        });
        QVERIFY2(bytes && bytes->ok(), bytes ? qPrintable(bytes->error()) : "no answer");
        QCOMPARE(bytes->value(), QByteArray("# A module\n"));

        const auto folder = waitForCallback<Result<QByteArray>>(
            [&](auto done) { fetcher.fetchBytes(IpfsPath::parse(m_folderCid.toString()).value(), done); });
        QVERIFY(folder && !folder->ok());
        QVERIFY2(folder->error().contains(QLatin1String("folder, not a file")), qPrintable(folder->error()));

        const QString missing = m_env.path() + QStringLiteral("/missing");
        const auto absent = fetch(rpcOnly(), m_folderCid.toString() + QStringLiteral("/nope"), missing);
        QVERIFY(absent && !absent->ok());
        QVERIFY2(absent->error().contains(QLatin1String("no entry named \"nope\"")),
                 qPrintable(absent->error()));
        verifyNothingWritten(missing);
    }

    void carMatchesJsIpfsDagExport()
    {
        // js-ipfs's own CAR of the file: its header is byte for byte ours, and its blocks are
        // exactly the importer's (compared as a set: js-ipfs writes parents first, the importer
        // builds children first).
        const auto exported = waitForCallback<Result<QByteArray>>([&](auto done) {
            QUrl url = m_devnet->endpoints().ipfsApi;
            url.setPath(QStringLiteral("/api/v0/dag/export"));
            url.setQuery(QStringLiteral("arg=") + m_fileCid.toString());
            net::HttpPost request;
            request.url = url;
            net::post(request, this, done);
        });
        QVERIFY2(exported && exported->ok(), exported ? qPrintable(exported->error()) : "no answer");
        QVERIFY(exported->value().startsWith(car::encodeHeader({m_fileCid})));

        QSet<QByteArray> theirs;
        car::Reader reader(
            [&](const QList<Cid>& roots) {
                return roots == QList<Cid>{m_fileCid} ? success() : Status::failure(QStringLiteral("root"));
            },
            [&](const Cid& cid, const QByteArray& block) {
                theirs.insert(car::encodeSection(cid, block));
                return success();
            });
        QVERIFY(reader.feed(exported->value()));
        QVERIFY(reader.finish());

        QSet<QByteArray> ours;
        UnixfsImporter importer(
            UnixfsImporter::Options::forVersion(1),
            [&](const Cid& cid, const QByteArray& block) { ours.insert(car::encodeSection(cid, block)); });
        QCOMPARE(importer.addPath(m_folder + QStringLiteral("/weights/model.bin"))->cid, m_fileCid);
        QCOMPARE(ours.size(), 4); // three leaves and the root
        QCOMPARE(ours, theirs);
    }

    void honestGatewayServesCarAndRawBlocks()
    {
        m_gateway->setBehaviour(Behaviour::Honest);
        const QString out = m_env.path() + QStringLiteral("/via-car");
        auto r = fetch(gatewaysOnly({m_gateway->url()}), m_folderCid.toString(), out);
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error()) : "no answer");
        QCOMPARE(tree(out), tree(m_folder));
        QCOMPARE(m_gateway->requests().size(), 1); // one CAR for everything
        QVERIFY(m_gateway->requests().first().contains(QLatin1String("format=car")));

        // A gateway without CARs is read block by block.
        m_gateway->setBehaviour(Behaviour::NoCar);
        m_gateway->clearRequests();
        const QString raw = m_env.path() + QStringLiteral("/via-raw.bin");
        r = fetch(gatewaysOnly({m_gateway->url()}), m_fileCid.toString(), raw);
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error()) : "no answer");
        QCOMPARE(readFile(raw), m_fileBytes);
        QCOMPARE(m_gateway->requests().size(), 1 + 4); // the refused CAR, then root and three leaves
    }

    void hostileGatewayIsRefused_data()
    {
        QTest::addColumn<Behaviour>("behaviour");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("expected");
        const QString file = m_fileCid.toString();
        QTest::newRow("wrong bytes (CAR)")
            << Behaviour::WrongBytes << file << QStringLiteral("does not match that CID");
        QTest::newRow("wrong bytes (raw)")
            << Behaviour::WrongRawBytes << file << QStringLiteral("does not match that CID");
        QTest::newRow("truncated") << Behaviour::Truncated << file << QStringLiteral("closed the connection");
        QTest::newRow("wrong CAR root")
            << Behaviour::WrongCarRoot << file << QStringLiteral("not for the requested");
        QTest::newRow("extra block") << Behaviour::ExtraBlock << file << QStringLiteral("does not use");
        QTest::newRow("missing block")
            << Behaviour::MissingBlock << file << QStringLiteral("lacks the block");
        QTest::newRow("oversized (announced)")
            << Behaviour::OversizedAnnounced << file << QStringLiteral("more than the limit");
        QTest::newRow("oversized (streamed)")
            << Behaviour::OversizedStream << file << QStringLiteral("more than the limit");
        QTest::newRow("slow drip") << Behaviour::SlowDrip << file << QStringLiteral("too slowly");
        QTest::newRow("redirect") << Behaviour::Redirect << file
                                  << QStringLiteral("redirected to http://127.0.0.2");
    }

    void hostileGatewayIsRefused()
    {
        QFETCH(Behaviour, behaviour);
        QFETCH(QString, target);
        QFETCH(QString, expected);
        m_gateway->setBehaviour(behaviour);
        VerifiedFetcher::Options options = gatewaysOnly({m_gateway->url()});
        options.maxBytes = 8 * 1024 * 1024;
        const QString out =
            m_env.path() + QStringLiteral("/hostile-") +
            QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
        const auto r = fetch(options, target, out);
        QVERIFY(r.has_value());
        QVERIFY(!r->ok());
        QVERIFY2(r->error().contains(expected), qPrintable(r->error()));
        verifyNothingWritten(out);
    }

    void nextGatewayIsTriedAfterAHostileOne()
    {
        TestGateway liar(m_devnet->endpoints().ipfsApi);
        liar.setBehaviour(Behaviour::WrongBytes);
        m_gateway->setBehaviour(Behaviour::Honest);
        const QString out = m_env.path() + QStringLiteral("/after-liar.bin");
        VerifiedFetcher fetcher(gatewaysOnly({liar.url(), m_gateway->url()}));
        QStringList failed;
        connect(&fetcher, &VerifiedFetcher::sourceFailed, this,
                [&](const QString& source, const QString&) { failed << source; });
        const auto r = waitForCallback<Result<VerifiedFetcher::Report>>(
            [&](auto done) { fetcher.fetchToDisk(IpfsPath::parse(m_fileCid.toString()).value(), out, done); },
            60000);
        QVERIFY2(r && r->ok(), r ? qPrintable(r->error()) : "no answer");
        QVERIFY(r->value().source.contains(m_gateway->url().toString()));
        QCOMPARE(r->value().failures.size(), 1);
        QVERIFY2(r->value().failures.first().contains(liar.url().toString()),
                 qPrintable(r->value().failures.first()));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(readFile(out), m_fileBytes);
    }

    void sizeLimitStopsTheNodeToo()
    {
        VerifiedFetcher::Options options = rpcOnly();
        options.maxBytes = 300000;
        const QString out = m_env.path() + QStringLiteral("/too-big.bin");
        const auto r = fetch(options, m_fileCid.toString(), out);
        QVERIFY(r && !r->ok());
        QVERIFY2(r->error().contains(QLatin1String("larger than the limit of 300000 bytes")),
                 qPrintable(r->error()));
        verifyNothingWritten(out);
    }

    void hostileDagsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("root");
        QTest::addColumn<QString>("expected");
        const Cid leaf = putBlock("leaf bytes", Cid::Codec::Raw);
        // Hash-valid but hostile: a folder entry that climbs out of the output folder...
        QTest::newRow("dot-dot name")
            << dagpb::encodeNode({{leaf, QStringLiteral(".."), 10}}, dagpb::unixfs::directory())
            << QStringLiteral("could write outside");
        QTest::newRow("slash in name")
            << dagpb::encodeNode({{leaf, QStringLiteral("a/../../b"), 10}}, dagpb::unixfs::directory())
            << QStringLiteral("could write outside");
        // ...and a file that claims more bytes than its parts hold.
        QTest::newRow("size lie") << dagpb::encodeNode({{leaf, {}, 10}}, dagpb::unixfs::file({}, {1000}))
                                  << QStringLiteral("add up to 10 bytes, but it declares 1000");
    }

    void hostileDagsAreRefused()
    {
        QFETCH(QByteArray, root);
        QFETCH(QString, expected);
        const Cid cid = putBlock(root, Cid::Codec::DagPb);
        const QString out = m_env.path() + QStringLiteral("/hostile-dag");
        const auto r = fetch(rpcOnly(), cid.toString(), out);
        QVERIFY(r && !r->ok());
        QVERIFY2(r->error().contains(expected), qPrintable(r->error()));
        verifyNothingWritten(out);
    }

    void existingFolderIsNotOverwritten()
    {
        const QString out = m_env.path() + QStringLiteral("/existing");
        QDir().mkpath(out);
        const auto r = fetch(rpcOnly(), m_fileCid.toString(), out);
        QVERIFY(r && !r->ok());
        QVERIFY2(r->error().contains(QLatin1String("existing folder")), qPrintable(r->error()));
        QVERIFY(QDir(out).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVerifiedFetcher)
#include "TestVerifiedFetcher.moc"
