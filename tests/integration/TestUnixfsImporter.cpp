// The importer's CIDs against the real devnet node's `add --only-hash` over the RPC API, run at
// test time on the same corpus, for CIDv0 (dag-pb leaves) and CIDv1 (raw leaves).
#include "StartedDevnet.h"
#include "TestEnvironment.h"
#include "WaitForCallback.h"
#include "ipfs/IpfsRpcClient.h"
#include "ipfs/UnixfsImporter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

using namespace modreg;

namespace {
constexpr qint64 kChunk = 262144;

void writeRandom(const QString& path, qint64 size, quint32 seed)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QRandomGenerator rng(seed);
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (qint64 left = size; left > 0;) {
        const qint64 n = std::min<qint64>(left, block.size());
        rng.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
        f.write(block.constData(), n);
        left -= n;
    }
}
} // namespace

class TestUnixfsImporter : public QObject
{
    Q_OBJECT
    TestEnvironment m_env;
    QTemporaryDir m_dir;
    std::unique_ptr<Devnet> m_devnet;
    QString m_corpus;
    QHash<QString, QString> m_reference[2]; // per CID version: path inside the corpus → CID text

    Cid ours(const QString& relative, int version)
    {
        UnixfsImporter importer(UnixfsImporter::Options::forVersion(version));
        const auto node = importer.addPath(m_corpus + QLatin1Char('/') + relative);
        if (!node)
            qWarning("%s", qPrintable(node.error()));
        return node ? node->cid : Cid::forBlock(Cid::Codec::Raw, "failed");
    }

private slots:
    void initTestCase()
    {
        m_corpus = m_dir.filePath(QStringLiteral("corpus"));
        QDir d(m_corpus);
        QVERIFY(d.mkpath(QStringLiteral("nested/deeper/deepest")));
        QVERIFY(d.mkpath(QStringLiteral("empty-dir")));
        QVERIFY(d.mkpath(QStringLiteral("nested/also-empty")));
        writeRandom(m_corpus + QStringLiteral("/empty"), 0, 1);
        writeRandom(m_corpus + QStringLiteral("/one-byte"), 1, 2);
        writeRandom(m_corpus + QStringLiteral("/one-chunk"), kChunk, 3);
        writeRandom(m_corpus + QStringLiteral("/one-chunk-plus-one"), kChunk + 1, 4);
        writeRandom(m_corpus + QStringLiteral("/174-chunks"), 174 * kChunk, 5);
        writeRandom(m_corpus + QStringLiteral("/175-chunks"), 175 * kChunk, 6);
        writeRandom(m_corpus + QStringLiteral("/100-MB"), 100 * 1000 * 1000, 7);
        writeRandom(m_corpus + QStringLiteral("/nested/deeper/deepest/small.txt"), 1234, 8);
        writeRandom(m_corpus + QStringLiteral("/nested/ünïcødé—名前.bin"), 777, 9);
        writeRandom(m_corpus + QLatin1Char('/') + QString(200, QLatin1Char('L')), 10, 10);
        writeRandom(m_corpus + QStringLiteral("/nested/.hidden"), 10,
                    11); // skipped by both, as `ipfs add` does

        QString error;
        m_devnet = startDevnet(m_env, error);
        QVERIFY2(m_devnet, qPrintable(error));
        IpfsRpcClient node(m_devnet->endpoints().ipfsApi);
        node.setTimeout(std::chrono::seconds(120));
        for (int version : {0, 1}) {
            IpfsAddOptions options;
            options.cidVersion = version;
            options.onlyHash = true;
            const auto added = waitForCallback<Result<IpfsAdded>>(
                [&](auto done) { node.add(m_corpus, options, {}, done); }, 300000);
            QVERIFY(added.has_value());
            QVERIFY2(added->ok(), qPrintable(added->error()));
            for (const auto& [name, cid] : added->value().entries) {
                const QString path =
                    name == QLatin1String("corpus") ? QString() : name.mid(QStringLiteral("corpus/").size());
                m_reference[version].insert(path, cid.toString());
            }
            QVERIFY2(m_reference[version].size() >= 14,
                     qPrintable(QString::number(m_reference[version].size())));
        }
        m_devnet->stop();
    }

    void everyFileAndFolderMatchesTheNode_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("version");
        for (int version : {0, 1}) {
            QStringList paths = m_reference[version].keys();
            paths.sort();
            for (const QString& p : paths)
                QTest::addRow("v%d %s", version,
                              qPrintable(p.isEmpty() ? QStringLiteral("(root)") : p.left(40)))
                    << p << version;
        }
    }
    void everyFileAndFolderMatchesTheNode()
    {
        QFETCH(QString, path);
        QFETCH(int, version);
        const Cid expected = Cid::parse(m_reference[version].value(path)).value();
        QCOMPARE(ours(path, version).toString(), expected.toString());
    }

    void theCliGivesTheSameCids()
    {
        for (int version : {0, 1}) {
            QProcess cli;
            cli.start(QStringLiteral(MODREG_CLI_PATH),
                      {QStringLiteral("ipfs"), QStringLiteral("cid"), m_corpus,
                       QStringLiteral("--cid-version"), QString::number(version)});
            QVERIFY(cli.waitForFinished(120000));
            QCOMPARE(cli.exitCode(), 0);
            const Cid printed = Cid::parse(QString::fromUtf8(cli.readAllStandardOutput()).trimmed()).value();
            QCOMPARE(printed, Cid::parse(m_reference[version].value(QString())).value());
        }
        QProcess missing;
        missing.start(QStringLiteral(MODREG_CLI_PATH),
                      {QStringLiteral("ipfs"), QStringLiteral("cid"), QStringLiteral("/no/such/path")});
        QVERIFY(missing.waitForFinished());
        QCOMPARE(missing.exitCode(), 1);
        QVERIFY(missing.readAllStandardError().contains("/no/such/path"));
    }

    void cleanupTestCase()
    {
        if (m_devnet)
            m_devnet->stop();
    }

    void hiddenFilesAreSkippedLikeIpfsAdd()
    {
        // The `ipfs` CLI leaves dotfiles out of what it sends; so do the importer and our add request.
        QVERIFY(!m_reference[0].contains(QStringLiteral("nested/.hidden")));
        QVERIFY(m_reference[0].contains(QStringLiteral("nested")));
        // js-ipfs reports no entry for an empty folder but does link it into its parent (removing one
        // changes the parent's CID), so "nested" and the root, both holding empty folders, already
        // compare them; ours must not drop them either:
        UnixfsImporter importer(UnixfsImporter::Options::forVersion(0));
        QTemporaryDir withEmpty;
        QTemporaryDir without;
        QVERIFY(QDir(withEmpty.path()).mkdir(QStringLiteral("e")));
        QVERIFY(importer.addPath(withEmpty.path())->cid != importer.addPath(without.path())->cid);
    }

    void everyBlockIsHandedOutAndNamedByItsHash()
    {
        QByteArray content(3 * kChunk + 17, 'q');
        QBuffer buffer(&content);
        buffer.open(QIODevice::ReadOnly);
        quint64 total = 0;
        int blocks = 0;
        qint64 lastProgress = 0;
        UnixfsImporter importer(
            UnixfsImporter::Options::forVersion(1),
            [&](const Cid& cid, const QByteArray& block) {
                QVERIFY(cid.matches(block));
                total += static_cast<quint64>(block.size());
                ++blocks;
            },
            [&](qint64 read) { lastProgress = read; });
        const auto root = importer.addFile(buffer);
        QVERIFY(root.ok());
        QCOMPARE(blocks, 5); // 4 raw leaves and their parent
        QCOMPARE(root->tsize, total);
        QCOMPARE(root->fileSize, quint64(content.size()));
        QCOMPARE(lastProgress, content.size());
    }

    void hugeDirectoriesAreRefusedNotSharded()
    {
        QTemporaryDir big;
        for (int i = 0; i < 1200; ++i)
            QFile(big.filePath(QStringLiteral("%1-%2")
                                   .arg(i, 4, 10, QLatin1Char('0'))
                                   .arg(QString(200, QLatin1Char('n')))))
                .open(QIODevice::WriteOnly);
        UnixfsImporter importer(UnixfsImporter::Options::forVersion(1));
        const auto r = importer.addPath(big.path());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QLatin1String("shard")), qPrintable(r.error()));
    }

    void symlinksAreRefusedWithAReason()
    {
        QTemporaryDir d;
        QVERIFY(QFile::link(QStringLiteral("/etc/hostname"), d.filePath(QStringLiteral("link"))));
        const auto r = UnixfsImporter(UnixfsImporter::Options::forVersion(0))
                           .addPath(d.filePath(QStringLiteral("link")));
        QVERIFY(!r.ok());
        QVERIFY(r.error().contains(QLatin1String("symbolic link")));
    }
};

QTEST_GUILESS_MAIN(TestUnixfsImporter)
#include "TestUnixfsImporter.moc"
