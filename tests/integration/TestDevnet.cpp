// The real devnet: anvil and js-ipfs as child processes, in a temporary data folder.
#include "BuildInfo.h"
#include "TestEnvironment.h"
#include "WaitForCallback.h"
#include "chain/evm/JsonRpcClient.h"
#include "devnet/Devnet.h"
#include "devnet/DevnetState.h"
#include "devnet/ProcessControl.h"
#include "ipfs/IpfsRpcClient.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <csignal>

using namespace modreg;

class TestDevnet : public QObject
{
    Q_OBJECT
    TestEnvironment m_env;

    Devnet::Options options() const
    {
        return {m_env.dataDir() + QStringLiteral("/devnet"), QString::fromUtf8(build::devnetToolsDir)};
    }

    static bool waitUntilUsable(Devnet& devnet)
    {
        const bool usable = QTest::qWaitFor(
            [&] { return devnet.isUsable() || devnet.state() == Devnet::State::Failed; }, 90000);
        if (!devnet.isUsable())
            qWarning("devnet: %s", qPrintable(devnet.errorString()));
        return usable && devnet.isUsable();
    }

    static Result<QJsonValue> rpc(const QUrl& url, const QString& method, const QJsonArray& params = {})
    {
        evm::JsonRpcClient client(url);
        const auto answer =
            waitForCallback<Result<QJsonValue>>([&](auto done) { client.call(method, params, done); }, 10000);
        return answer.value_or(
            Result<QJsonValue>::failure(QStringLiteral("%1 got no answer within 10 s").arg(method)));
    }

    static quint64 blockNumber(const QUrl& url)
    {
        const auto r = rpc(url, QStringLiteral("eth_blockNumber"));
        return r ? evm::JsonRpcClient::parseQuantity(r.value()).value() : 0;
    }

    // Every live process whose command line names this test's anvil state file.
    QList<qint64> anvilsOnOurState() const
    {
        QList<qint64> found;
        const QString state = options().dir + QStringLiteral("/anvil-state.json");
        for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            bool isPid = false;
            const qint64 pid = entry.toLongLong(&isPid);
            if (isPid && process::matches(pid, {QStringLiteral("anvil"), state}))
                found << pid;
        }
        return found;
    }

private slots:
    void startsBothNodesAndTheyAnswer()
    {
        Devnet devnet(options());
        QSignalSpy states(&devnet, &Devnet::stateChanged);
        devnet.start();
        QVERIFY(waitUntilUsable(devnet));
        QCOMPARE(devnet.state(), Devnet::State::Running);
        QCOMPARE(states.first().first().value<Devnet::State>(), Devnet::State::Starting);

        const Endpoints e = devnet.endpoints();
        QCOMPARE(e.chainRpc.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(e.ipfsApi.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(e.gateways.size(), 1);

        const auto chainId = rpc(e.chainRpc, QStringLiteral("eth_chainId"));
        QVERIFY2(chainId.ok(), qPrintable(chainId.error()));
        QCOMPARE(chainId.value().toString(), QStringLiteral("0x7a69"));
        // The endpoints carry the chain id they must answer with: Services checks it for app and CLI.
        QCOMPARE(e.chainId, quint64(0x7a69));

        IpfsRpcClient ipfs(e.ipfsApi);
        const auto id = waitForCallback<Result<IpfsNodeInfo>>([&](auto done) { ipfs.id(done); }, 10000);
        QVERIFY(id.has_value());
        QVERIFY2(id->ok(), qPrintable(id->error()));
        QVERIFY(id->value().peerId.startsWith(QLatin1String("12D3KooW")));

        // devnet.json says who runs it, so others can find it.
        const auto recorded = DevnetState::read(options().dir);
        QVERIFY(recorded.ok());
        QVERIFY(recorded->ready);
        QCOMPARE(recorded->endpoints, e);

        const QList<qint64> pids = devnet.ownedPids();
        QCOMPARE(pids.size(), 2);
        devnet.stop();
        QCOMPARE(devnet.state(), Devnet::State::Stopped);
        for (qint64 pid : pids)
            QVERIFY2(!process::isAlive(pid), qPrintable(QStringLiteral("pid %1 survived stop()").arg(pid)));
        QVERIFY(!QFile::exists(DevnetState::path(options().dir)));
    }

    void chainStatePersistsAcrossRestarts()
    {
        quint64 before = 0;
        {
            Devnet devnet(options());
            devnet.start();
            QVERIFY(waitUntilUsable(devnet));
            for (int i = 0; i < 3; ++i)
                QVERIFY(rpc(devnet.endpoints().chainRpc, QStringLiteral("evm_mine")).ok());
            before = blockNumber(devnet.endpoints().chainRpc);
            QVERIFY(before >= 3);
        } // destructor stops it; anvil writes its state on SIGTERM
        Devnet again(options());
        again.start();
        QVERIFY(waitUntilUsable(again));
        QCOMPARE(blockNumber(again.endpoints().chainRpc), before);
    }

    // anvil keeps the states of older blocks on disk; they belong in the devnet's folder and go when
    // the devnet stops (anvil itself leaves them behind in ~/.foundry when stopped by a signal).
    void olderBlockStatesStayInTheDevnetFolderAndGoWithIt()
    {
        const QDir cache(options().dir + QStringLiteral("/anvil-cache"));
        {
            Devnet devnet(options());
            devnet.start();
            QVERIFY(waitUntilUsable(devnet));
            const quint64 before = blockNumber(devnet.endpoints().chainRpc);
            // anvil keeps ~500 states in memory; mined 200 at a time, each call answers well within
            // rpc()'s 10 s even beside other devnets (2,000 in one call did not, under ctest -j2).
            for (int i = 0; i < 4; ++i)
                QVERIFY(
                    rpc(devnet.endpoints().chainRpc, QStringLiteral("anvil_mine"), {QStringLiteral("0xc8")})
                        .ok());
            QCOMPARE(blockNumber(devnet.endpoints().chainRpc), before + 800);
            QTRY_VERIFY_WITH_TIMEOUT(!cache.entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty(),
                                     10000);
        }
        QVERIFY(!cache.exists());
    }

    void leftoversOfACrashedRunAreStoppedNotDuplicated()
    {
        auto crashed = std::make_unique<Devnet>(options());
        crashed->start();
        QVERIFY(waitUntilUsable(*crashed));
        const QList<qint64> leftovers = crashed->ownedPids();
        QCOMPARE(anvilsOnOurState().size(), 1);

        // Make the record look like its owner died without cleaning up.
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForStarted());
        const qint64 deadPid = gone.processId();
        gone.waitForFinished();
        DevnetState record = DevnetState::read(options().dir).value();
        record.ownerPid = deadPid;
        QVERIFY(record.write(options().dir).ok());

        Devnet fresh(options());
        QSignalSpy progress(&fresh, &Devnet::progress);
        fresh.start();
        QVERIFY(waitUntilUsable(fresh));
        QCOMPARE(fresh.state(), Devnet::State::Running);
        for (qint64 pid : leftovers)
            QVERIFY2(!process::isAlive(pid), qPrintable(QStringLiteral("leftover %1 still runs").arg(pid)));
        QCOMPARE(anvilsOnOurState().size(), 1);
        bool told = false;
        for (const auto& args : progress)
            told = told || args.first().toString().contains(QLatin1String("did not shut down cleanly"));
        QVERIFY(told);
        crashed.reset(); // its nodes are already gone; this must not touch the fresh ones
        QCOMPARE(fresh.ownedPids().size(), 2);
        for (qint64 pid : fresh.ownedPids())
            QVERIFY(process::isAlive(pid));
    }

    void aSecondUserAttachesInsteadOfStartingAnotherDevnet()
    {
        Devnet owner(options());
        owner.start();
        QVERIFY(waitUntilUsable(owner));

        Devnet second(options());
        second.start();
        QVERIFY(waitUntilUsable(second));
        QCOMPARE(second.state(), Devnet::State::Attached);
        QCOMPARE(second.endpoints(), owner.endpoints());
        QVERIFY(second.ownedPids().isEmpty());
        QCOMPARE(anvilsOnOurState().size(), 1);

        second.stop(); // leaves the owner's devnet running
        for (qint64 pid : owner.ownedPids())
            QVERIFY(process::isAlive(pid));
        QVERIFY(rpc(owner.endpoints().chainRpc, QStringLiteral("eth_chainId")).ok());
    }

    void missingToolsFailWithTheFix()
    {
        QTemporaryDir empty;
        Devnet devnet({m_env.dataDir() + QStringLiteral("/other"), empty.path()});
        devnet.start();
        QCOMPARE(devnet.state(), Devnet::State::Failed);
        QVERIFY2(devnet.errorString().contains(QLatin1String("scripts/setup")),
                 qPrintable(devnet.errorString()));
    }

    void aNodeThatDiesIsReported()
    {
        Devnet devnet(options());
        devnet.start();
        QVERIFY(waitUntilUsable(devnet));
        const QList<qint64> pids = devnet.ownedPids();
        ::kill(static_cast<pid_t>(pids.first()), SIGKILL); // the chain node
        QVERIFY(QTest::qWaitFor([&] { return devnet.state() == Devnet::State::Failed; }, 15000));
        QVERIFY2(devnet.errorString().contains(QLatin1String("chain node")),
                 qPrintable(devnet.errorString()));
        QVERIFY(QTest::qWaitFor([&] { return !process::isAlive(pids.last()); },
                                15000)); // the other one is stopped too
    }

    void aDamagedChainStateIsRestoredFromTheLastStart()
    {
        quint64 mined = 0;
        {
            Devnet devnet(options());
            devnet.start();
            QVERIFY(waitUntilUsable(devnet));
            QVERIFY(rpc(devnet.endpoints().chainRpc, QStringLiteral("evm_mine")).ok());
            mined = blockNumber(devnet.endpoints().chainRpc);
        }
        {
            Devnet devnet(options()); // a start that loads this state keeps it as the backup
            devnet.start();
            QVERIFY(waitUntilUsable(devnet));
        }
        // As if anvil had been killed while writing its state.
        QFile state(options().dir + QStringLiteral("/anvil-state.json"));
        QVERIFY(state.open(QIODevice::ReadWrite));
        QVERIFY(state.resize(state.size() / 2));
        state.close();

        Devnet devnet(options());
        QSignalSpy progress(&devnet, &Devnet::progress);
        devnet.start();
        QVERIFY(waitUntilUsable(devnet));
        QCOMPARE(blockNumber(devnet.endpoints().chainRpc), mined);
        bool told = false;
        for (const auto& args : progress)
            told = told || args.first().toString().contains(QLatin1String("restored the copy"));
        QVERIFY(told);
        QCOMPARE(QDir(options().dir).entryList({QStringLiteral("anvil-state.json.damaged-*")}).size(), 1);
    }

    void aDevnetThatDoesNotAnswerInTimeIsStopped()
    {
        Devnet::Options impatient = options();
        impatient.startTimeout = std::chrono::milliseconds(200); // js-ipfs needs seconds
        Devnet devnet(impatient);
        devnet.start();
        QVERIFY(QTest::qWaitFor([&] { return devnet.state() == Devnet::State::Failed; }, 20000));
        QVERIFY2(devnet.errorString().contains(QLatin1String("did not answer within 0.2 s")),
                 qPrintable(devnet.errorString()));
        QVERIFY(devnet.errorString().contains(options().dir + QStringLiteral("/logs")));
        QCOMPARE(anvilsOnOurState().size(), 0);
        QVERIFY(!QFile::exists(DevnetState::path(options().dir)));
    }

    void cleanupTestCase() { QCOMPARE(anvilsOnOurState().size(), 0); }
};

QTEST_GUILESS_MAIN(TestDevnet)
#include "TestDevnet.moc"
