// The RPC client against the real devnet node (js-ipfs): add, cat, block, pin; and the importer's
// CIDs equal the node's for the same folder.
#include "StartedDevnet.h"
#include "TestEnvironment.h"
#include "TestFiles.h"
#include "WaitForCallback.h"
#include "ipfs/IpfsRpcClient.h"
#include "ipfs/UnixfsImporter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace modreg;

class TestIpfsRpcClient : public QObject
{
    Q_OBJECT
    TestEnvironment m_env;
    std::unique_ptr<Devnet> m_devnet;
    std::unique_ptr<IpfsRpcClient> m_ipfs;
    QString m_folder;
    QByteArray m_twoChunks;

private slots:
    void initTestCase()
    {
        QString error;
        m_devnet = startDevnet(m_env, error);
        QVERIFY2(m_devnet, qPrintable(error));
        m_ipfs = std::make_unique<IpfsRpcClient>(m_devnet->endpoints().ipfsApi);
        m_ipfs->setTimeout(std::chrono::seconds(20));

        m_folder = m_env.path() + QStringLiteral("/module");
        QDir().mkpath(m_folder + QStringLiteral("/weights/empty"));
        m_twoChunks = QByteArray(262144 + 1000, Qt::Uninitialized);
        QRandomGenerator(5).fillRange(reinterpret_cast<quint32*>(m_twoChunks.data()), m_twoChunks.size() / 4);
        writeFile(m_folder + QStringLiteral("/weights/model.bin"), m_twoChunks);
        writeFile(m_folder + QStringLiteral("/README ünïcode.md"), "# A module\n");
        writeFile(m_folder + QStringLiteral("/empty.txt"), {});
    }

    void cleanupTestCase()
    {
        if (m_devnet)
            m_devnet->stop();
    }

    void versionIsTheNodesPackage()
    {
        // js-ipfs reports its core package's version; read the same from the installed package.
        QFile package(QStringLiteral(MODREG_SOURCE_DIR "/node_modules/ipfs-core/package.json"));
        QVERIFY(package.open(QIODevice::ReadOnly));
        const QString expected =
            QJsonDocument::fromJson(package.readAll()).object().value(QLatin1String("version")).toString();
        const auto v = waitForCallback<Result<QString>>([&](auto done) { m_ipfs->version(done); });
        QVERIFY2(v && v->ok(), v ? qPrintable(v->error()) : "no answer");
        QCOMPARE(v->value(), expected);
    }

    void addGivesTheImportersCids()
    {
        for (int version : {0, 1}) {
            qint64 sent = 0;
            qint64 total = 0;
            IpfsAddOptions options;
            options.cidVersion = version;
            const auto added = waitForCallback<Result<IpfsAdded>>([&](auto done) {
                m_ipfs->add(
                    m_folder, options, [&](qint64 s, qint64 t) { sent = s, total = t; }, done);
            });
            QVERIFY(added.has_value());
            QVERIFY2(added->ok(), qPrintable(added->error()));
            const auto ours = UnixfsImporter(UnixfsImporter::Options::forVersion(version)).addPath(m_folder);
            QCOMPARE(added->value().root.toString(), ours->cid.toString());
            QVERIFY2(total > m_twoChunks.size(),
                     qPrintable(QStringLiteral("sent %1 of %2").arg(sent).arg(total)));
            QCOMPARE(sent, total);
        }
    }

    void catBlockAndPinRoundTrip()
    {
        const Cid file = UnixfsImporter(UnixfsImporter::Options::forVersion(0))
                             .addPath(m_folder + QStringLiteral("/weights/model.bin"))
                             ->cid;
        const auto bytes = waitForCallback<Result<QByteArray>>([&](auto done) { m_ipfs->cat(file, done); });
        QVERIFY2(bytes && bytes->ok(), bytes ? qPrintable(bytes->error()) : "no answer");
        QCOMPARE(bytes->value(), m_twoChunks);

        const auto root =
            waitForCallback<Result<QByteArray>>([&](auto done) { m_ipfs->blockGet(file, done); });
        QVERIFY(root && root->ok());
        QVERIFY(file.matches(root->value()));
        const auto size = waitForCallback<Result<qint64>>([&](auto done) { m_ipfs->blockStat(file, done); });
        QVERIFY(size && size->ok());
        QCOMPARE(size->value(), root->value().size());

        const auto put = waitForCallback<Result<Cid>>(
            [&](auto done) { m_ipfs->blockPut("hello block", Cid::Codec::Raw, done); });
        QVERIFY2(put && put->ok(), put ? qPrintable(put->error()) : "no answer");
        QCOMPARE(put->value(), Cid::forBlock(Cid::Codec::Raw, "hello block"));

        const Cid folder = UnixfsImporter(UnixfsImporter::Options::forVersion(0)).addPath(m_folder)->cid;
        auto pins = waitForCallback<Result<QList<Cid>>>([&](auto done) { m_ipfs->pinLs(done); });
        QVERIFY2(pins && pins->ok(), pins ? qPrintable(pins->error()) : "no answer");
        QVERIFY(pins->value().contains(folder)); // add pins by default
        const auto removed = waitForCallback<Status>([&](auto done) { m_ipfs->pinRm(folder, done); });
        QVERIFY(removed && removed->ok());
        pins = waitForCallback<Result<QList<Cid>>>([&](auto done) { m_ipfs->pinLs(done); });
        QVERIFY(!pins->value().contains(folder));
        const auto again = waitForCallback<Status>([&](auto done) { m_ipfs->pinAdd(folder, done); });
        QVERIFY2(again && again->ok(), again ? qPrintable(again->error()) : "no answer");
    }

    void aMissingBlockFailsInWordsInsteadOfHanging()
    {
        m_ipfs->setTimeout(std::chrono::seconds(2));
        const Cid absent = Cid::forBlock(Cid::Codec::Raw, "nobody ever stored this");
        const auto r =
            waitForCallback<Result<QByteArray>>([&](auto done) { m_ipfs->blockGet(absent, done); }, 15000);
        QVERIFY(r.has_value()); // an answer, not a hang
        QVERIFY(!r->ok());
        QVERIFY(!r->error().isEmpty());
        m_ipfs->setTimeout(std::chrono::seconds(20));
    }

    void addingSomethingMissingSaysSo()
    {
        const auto r = waitForCallback<Result<IpfsAdded>>(
            [&](auto done) { m_ipfs->add(QStringLiteral("/no/such/module"), {}, {}, done); });
        QVERIFY(r && !r->ok());
        QVERIFY(r->error().contains(QLatin1String("does not exist")));
    }
};

QTEST_GUILESS_MAIN(TestIpfsRpcClient)
#include "TestIpfsRpcClient.moc"
