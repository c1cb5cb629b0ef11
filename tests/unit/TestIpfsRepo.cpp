#include "devnet/IpfsRepo.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using modreg::IpfsRepo;

class TestIpfsRepo : public QObject
{
    Q_OBJECT

    // The shape `jsipfs init --profile test` writes (the fields configure() touches, and one it must keep).
    static QByteArray initConfig()
    {
        return R"({"Addresses":{"Swarm":["/ip4/127.0.0.1/tcp/0"],"API":"/ip4/127.0.0.1/tcp/0",
                   "Gateway":"/ip4/127.0.0.1/tcp/0","RPC":"/ip4/127.0.0.1/tcp/5003","Delegates":[]},
                   "Bootstrap":["/dnsaddr/bootstrap.libp2p.io/p2p/QmNnoo"],
                   "Discovery":{"MDNS":{"Enabled":true,"Interval":10}},
                   "Identity":{"PeerID":"12D3KooWTest"}})";
    }

    static QJsonObject readConfig(const QString& dir)
    {
        QFile f(dir + QStringLiteral("/config"));
        f.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(f.readAll()).object();
    }

private slots:
    void configurePutsEveryListenerOnLoopbackAndTurnsTheSwarmOff()
    {
        QTemporaryDir dir;
        IpfsRepo repo(dir.path());
        QVERIFY(!repo.isInitialized());
        QFile f(dir.path() + QStringLiteral("/config"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(initConfig());
        f.close();
        QVERIFY(repo.isInitialized());

        const auto status = repo.configure({40001, 40002, 40003});
        QVERIFY2(status.ok(), qPrintable(status.error()));
        const QJsonObject config = readConfig(dir.path());
        const QJsonObject addresses = config.value(QLatin1String("Addresses")).toObject();
        QCOMPARE(addresses.value(QLatin1String("API")).toString(),
                 QStringLiteral("/ip4/127.0.0.1/tcp/40001"));
        QCOMPARE(addresses.value(QLatin1String("Gateway")).toString(),
                 QStringLiteral("/ip4/127.0.0.1/tcp/40002"));
        QCOMPARE(addresses.value(QLatin1String("RPC")).toString(),
                 QStringLiteral("/ip4/127.0.0.1/tcp/40003"));
        QCOMPARE(addresses.value(QLatin1String("Swarm")).toArray().size(), 0);
        QCOMPARE(config.value(QLatin1String("Bootstrap")).toArray().size(), 0);
        QCOMPARE(config.value(QLatin1String("Discovery"))
                     .toObject()
                     .value(QLatin1String("MDNS"))
                     .toObject()
                     .value(QLatin1String("Enabled"))
                     .toBool(),
                 false);
        // The node's identity is kept.
        QCOMPARE(config.value(QLatin1String("Identity")).toObject().value(QLatin1String("PeerID")).toString(),
                 QStringLiteral("12D3KooWTest"));
    }

    void aDamagedConfigIsReportedAndLeftAlone()
    {
        QTemporaryDir dir;
        QFile f(dir.path() + QStringLiteral("/config"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"Addresses\": {");
        f.close();
        const auto status = IpfsRepo(dir.path()).configure({1, 2, 3});
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(QLatin1String("not valid JSON")), qPrintable(status.error()));
        QVERIFY(status.error().contains(dir.path()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("{\"Addresses\": {"));
    }

    void removeStaleLockDeletesOnlyTheLock()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("repo.lock")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("blocks")));
        IpfsRepo(dir.path()).removeStaleLock();
        QVERIFY(!QDir(dir.path() + QStringLiteral("/repo.lock")).exists());
        QVERIFY(QDir(dir.path() + QStringLiteral("/blocks")).exists());
    }
};

QTEST_GUILESS_MAIN(TestIpfsRepo)
#include "TestIpfsRepo.moc"
