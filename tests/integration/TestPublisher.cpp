// The publish pipeline on the real devnet (anvil + js-ipfs): publish, a new version, the same
// publish again (nothing sent), remove, transfer, a key someone else owns (nothing spent); and the
// IPFS node stopped, the chain node stopped or the app closed at each step in turn, then the same
// publish again: exactly one registration, the right metadata CID on chain, the metadata verifies
// and the content comes back intact through a verified fetch.
#include "StartedDevnet.h"
#include "TcpProxy.h"
#include "TestEnvironment.h"
#include "TestFiles.h"
#include "TestKeys.h"
#include "WaitForCallback.h"
#include "chain/evm/EvmRegistry.h"
#include "crypto/Addresses.h"
#include "ipfs/IpfsPath.h"
#include "ipfs/IpfsRpcClient.h"
#include "ipfs/VerifiedFetcher.h"
#include "keys/Keystore.h"
#include "metadata/MetadataSignature.h"
#include "metadata/MetadataValidator.h"
#include "registry/Publisher.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTest>

using namespace modreg;
using namespace modreg::evm;
using Step = Publisher::Step;

namespace {

// What one run of a Publisher ended with.
struct Ending
{
    std::optional<Publisher::Outcome> outcome;
    std::optional<std::pair<Step, QString>> failure;
    QList<Step> started;
};

ModuleMetadata draftNamed(const QString& name, const QString& version = QStringLiteral("1.0.0"))
{
    ModuleMetadata m;
    m.name = name;
    m.version = version;
    m.author = QStringLiteral("Test Author");
    m.description = QStringLiteral("A module made by TestPublisher.");
    m.entrypoint = QStringLiteral("main.py");
    m.args = {{"threshold", 0.5}};
    m.tags = {QStringLiteral("test")};
    m.license = QStringLiteral("MIT");
    return m;
}

} // namespace

class TestPublisher : public QObject
{
    Q_OBJECT
    TestEnvironment m_env;
    std::unique_ptr<Devnet> m_devnet;
    std::unique_ptr<Keystore> m_keystore;
    std::unique_ptr<TcpProxy> m_ipfsProxy, m_chainProxy;
    std::unique_ptr<IpfsRpcClient> m_ipfs;
    std::unique_ptr<JsonRpcClient> m_chain;
    std::unique_ptr<EvmRegistry> m_registry;
    QString m_account, m_otherAccount;
    QByteArray m_accountAddress, m_otherAddress;
    int m_folders = 0;

    // A folder no other case has: two files (one of several chunks) and a subfolder.
    QString newFolder()
    {
        const QString dir = m_env.path() + QStringLiteral("/content-%1").arg(++m_folders);
        QDir().mkpath(dir + QStringLiteral("/src"));
        QByteArray big(700 * 1024, '\0');
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(big.data()), big.size() / 4);
        writeFile(dir + QStringLiteral("/weights.bin"), big);
        writeFile(dir + QStringLiteral("/src/main.py"),
                  QByteArray("print('module %1')\n").replace("%1", QByteArray::number(m_folders)));
        return dir;
    }

    Publisher::Request requestFor(const QString& moduleKeyId, const QString& folder, const QString& name,
                                  const QString& version = QStringLiteral("1.0.0"))
    {
        Publisher::Request r;
        r.contentPath = folder;
        r.draft = draftNamed(name, version);
        r.moduleKeyId = moduleKeyId;
        r.keyType = ModuleKey::Type::Ed25519;
        r.accountKeyId = m_account;
        return r;
    }

    QByteArray registryKeyOf(const QString& keyId) { return m_keystore->key(keyId)->publicKey; }

    // Runs `start` on `publisher` until it finishes or fails; `onStep` may interfere at a step.
    Ending run(Publisher& publisher, const std::function<void(Publisher&)>& start,
               const std::function<void(Step)>& onStep = {})
    {
        Ending ending;
        QObject guard;
        QObject::connect(&publisher, &Publisher::stepStarted, &guard, [&](Step s) {
            ending.started << s;
            if (onStep)
                onStep(s);
        });
        QObject::connect(&publisher, &Publisher::finished, &guard,
                         [&](const Publisher::Outcome& o) { ending.outcome = o; });
        QObject::connect(&publisher, &Publisher::failed, &guard,
                         [&](Step s, const QString& why) { ending.failure = std::make_pair(s, why); });
        QPointer<Publisher> alive(&publisher);
        start(publisher);
        // Until it ends, or is gone (the app closed mid-step).
        (void)QTest::qWaitFor([&] { return ending.outcome || ending.failure || !alive; }, 60000);
        return ending;
    }

    std::unique_ptr<Publisher> newPublisher()
    {
        return std::make_unique<Publisher>(*m_keystore, *m_ipfs, *m_registry,
                                           m_env.dataDir() + QStringLiteral("/publish"));
    }

    Ending publish(const Publisher::Request& request, const std::function<void(Step)>& onStep = {})
    {
        auto publisher = newPublisher();
        return run(
            *publisher, [&](Publisher& p) { p.publish(request); }, onStep);
    }

    // Straight to the devnet, never through the proxies.
    JsonRpcClient& directChain()
    {
        static JsonRpcClient client(m_devnet->endpoints().chainRpc);
        return client;
    }
    quint64 nonceOf(const QByteArray& address)
    {
        const auto r = waitForCallback<Result<QJsonValue>>([&](auto done) {
            directChain().call(QStringLiteral("eth_getTransactionCount"),
                               {TransactionSender::hexData(address), QStringLiteral("latest")}, done);
        });
        return r && r->ok() ? hexQuantityOf(r->value()) : 0;
    }
    std::optional<ModuleEntry> onChain(const QByteArray& key)
    {
        EvmRegistry direct(directChain(), *m_keystore,
                           {ethereum::decode(m_devnet->endpoints().registryAddress).value()});
        const auto r = waitForCallback<Result<std::optional<ModuleEntry>>>(
            [&](auto done) { direct.getModule(key, done); });
        return r && r->ok() ? r->value() : std::nullopt;
    }
    // Every registry event about `key`, from the chain's logs.
    QList<RegistryEvent::Kind> eventsFor(const QByteArray& key)
    {
        EvmRegistry direct(directChain(), *m_keystore,
                           {ethereum::decode(m_devnet->endpoints().registryAddress).value()});
        std::unique_ptr<RegistryEventStream> stream = direct.eventStream();
        QList<RegistryEvent::Kind> kinds;
        bool caughtUp = false;
        connect(stream.get(), &RegistryEventStream::eventArrived, this, [&](const RegistryEvent& e) {
            if (e.key == key)
                kinds << e.kind;
        });
        connect(stream.get(), &RegistryEventStream::caughtUp, this, [&] { caughtUp = true; });
        stream->start(0);
        (void)QTest::qWaitFor([&] { return caughtUp; }, 20000);
        stream->stop();
        return kinds;
    }

    // The registry points at verified metadata naming the key, whose content matches `folder`.
    void verifyPublished(const QByteArray& key, const Publisher::Outcome& outcome, const QString& folder)
    {
        const std::optional<ModuleEntry> entry = onChain(key);
        QVERIFY(entry);
        QCOMPARE(entry->cid, outcome.metadataCid);
        QCOMPARE(entry->owner, m_accountAddress);
        VerifiedFetcher::Options options;
        options.rpcApi = m_devnet->endpoints().ipfsApi;
        options.tempDir = m_env.path();
        VerifiedFetcher fetcher(options);
        const auto bytes = waitForCallback<Result<QByteArray>>(
            [&](auto done) { fetcher.fetchBytes(IpfsPath::parse(outcome.metadataCid).value(), done); });
        QVERIFY(bytes && bytes->ok());
        QCOMPARE(bytes->value(), outcome.documentBytes);
        QCOMPARE(MetadataValidator::checkText(bytes->value(), MetadataValidator::Stage::Published), {});
        const ModuleMetadata document =
            ModuleMetadata::fromJson(MetadataValidator::parse(bytes->value()).value());
        QVERIFY(MetadataSignature::verify(document).ok());
        QCOMPARE(document.key->bytes, key);
        QCOMPARE(document.cid, outcome.contentCid);
        const QString copy = m_env.path() + QStringLiteral("/fetched-") + QString::number(++m_folders);
        const auto fetched = waitForCallback<Result<VerifiedFetcher::Report>>(
            [&](auto done) { fetcher.fetchToDisk(IpfsPath::parse(document.cid).value(), copy, done); });
        QVERIFY2(fetched && fetched->ok(), fetched ? qPrintable(fetched->error()) : "no answer");
        QCOMPARE(readFile(copy + QStringLiteral("/weights.bin")),
                 readFile(folder + QStringLiteral("/weights.bin")));
        QCOMPARE(readFile(copy + QStringLiteral("/src/main.py")),
                 readFile(folder + QStringLiteral("/src/main.py")));
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_devnet = startDevnet(m_env, error);
        QVERIFY2(m_devnet, qPrintable(error));
        m_keystore = newUnlockedKeystore(m_env.dataDir());
        QVERIFY(m_keystore);
        m_account = addRandomKey(*m_keystore, KeyType::Secp256k1, QStringLiteral("account"));
        m_otherAccount = addRandomKey(*m_keystore, KeyType::Secp256k1, QStringLiteral("other account"));
        m_accountAddress = ethereum::addressOf(m_keystore->key(m_account)->publicKey);
        m_otherAddress = ethereum::addressOf(m_keystore->key(m_otherAccount)->publicKey);
        const auto funded = waitForCallback<Status>([&](auto done) {
            m_devnet->fundAccounts({m_accountAddress, m_otherAddress}, done);
        });
        QVERIFY(funded && funded->ok());

        // Both nodes behind proxies: a test can stop and restart "the node" without touching the devnet.
        m_ipfsProxy = std::make_unique<TcpProxy>(static_cast<quint16>(m_devnet->endpoints().ipfsApi.port()));
        m_chainProxy =
            std::make_unique<TcpProxy>(static_cast<quint16>(m_devnet->endpoints().chainRpc.port()));
        m_ipfs = std::make_unique<IpfsRpcClient>(m_ipfsProxy->url());
        m_chain = std::make_unique<JsonRpcClient>(m_chainProxy->url());
        m_chain->setTimeout(std::chrono::seconds(5));
        EvmRegistry::Options options;
        options.contract = ethereum::decode(m_devnet->endpoints().registryAddress).value();
        options.pollInterval = std::chrono::milliseconds(50);
        m_registry = std::make_unique<EvmRegistry>(*m_chain, *m_keystore, options);
    }

    void cleanupTestCase()
    {
        m_registry.reset();
        m_chain.reset();
        if (m_devnet)
            m_devnet->stop();
    }

    void publishThenANewVersionThenNothingToDo()
    {
        const QString moduleKey = addRandomKey(*m_keystore, KeyType::Ed25519, QStringLiteral("module one"));
        const QByteArray key = registryKeyOf(moduleKey);
        const QString folder = newFolder();
        const quint64 nonce = nonceOf(m_accountAddress);

        const Ending first = publish(requestFor(moduleKey, folder, QStringLiteral("module-one")));
        QVERIFY2(first.outcome, first.failure ? qPrintable(first.failure->second) : "no answer");
        QCOMPARE(first.started, Publisher::stepsOf(RegistryCall::Kind::Register));
        QCOMPARE(first.outcome->kind, RegistryCall::Kind::Register);
        QVERIFY(first.outcome->receipt);
        verifyPublished(key, *first.outcome, folder);

        // A new version of the same content: update, by the owner; the content is not uploaded again.
        const Ending second =
            publish(requestFor(moduleKey, folder, QStringLiteral("module-one"), QStringLiteral("1.1.0")));
        QVERIFY2(second.outcome, second.failure ? qPrintable(second.failure->second) : "no answer");
        QCOMPARE(second.outcome->kind, RegistryCall::Kind::Update);
        QCOMPARE(second.outcome->contentCid, first.outcome->contentCid);
        QVERIFY(second.outcome->metadataCid != first.outcome->metadataCid);
        verifyPublished(key, *second.outcome, folder);

        // The same publish once more: the registry already points at this very document; nothing is sent.
        const Ending third =
            publish(requestFor(moduleKey, folder, QStringLiteral("module-one"), QStringLiteral("1.1.0")));
        QVERIFY2(third.outcome, third.failure ? qPrintable(third.failure->second) : "no answer");
        QVERIFY(!third.outcome->receipt);
        QCOMPARE(third.outcome->metadataCid, second.outcome->metadataCid);
        QCOMPARE(eventsFor(key),
                 (QList<RegistryEvent::Kind>{RegistryEvent::Kind::Registered, RegistryEvent::Kind::Updated}));
        QCOMPARE(nonceOf(m_accountAddress), nonce + 2);
    }

    void someoneElsesKeyStopsBeforeSpending()
    {
        const QString moduleKey = addRandomKey(*m_keystore, KeyType::Ed25519, QStringLiteral("taken"));
        const QByteArray key = registryKeyOf(moduleKey);
        // The other account registers the key first (squatting, which the contract allows once).
        const auto squatted = waitForCallback<Result<RegistryReceipt>>([&](auto done) {
            m_registry->registerModule(
                key, QStringLiteral("bafkreiey5jxe6ilpf62lnh77tm5ejbbmhbugzjuf6p2v3remlu73ced34q"),
                m_otherAccount, done);
        });
        QVERIFY(squatted && squatted->ok());
        const quint64 nonce = nonceOf(m_accountAddress);
        const QString folder = newFolder();
        const Ending ending = publish(requestFor(moduleKey, folder, QStringLiteral("taken")));
        QVERIFY(ending.failure);
        QCOMPARE(ending.failure->first, Step::Check);
        QVERIFY2(ending.failure->second.contains(ethereum::checksummed(m_otherAddress)),
                 qPrintable(ending.failure->second));
        QVERIFY(ending.failure->second.contains(QLatin1String("Nothing was spent")));
        QCOMPARE(nonceOf(m_accountAddress), nonce);
        // and nothing went to IPFS either
        const Cid content = ContentHasher::compute(folder).value().cid;
        const auto pinned =
            waitForCallback<Result<bool>>([&](auto done) { m_ipfs->isPinned(content, done); });
        QVERIFY(pinned && pinned->ok());
        QVERIFY(!pinned->value());
    }

    void badInputFailsInTheFirstStep()
    {
        const QString moduleKey = addRandomKey(*m_keystore, KeyType::Ed25519, QStringLiteral("bad input"));
        Publisher::Request r =
            requestFor(moduleKey, newFolder(), QStringLiteral("bad name!"), QStringLiteral("one"));
        Ending ending = publish(r);
        QVERIFY(ending.failure);
        QCOMPARE(ending.failure->first, Step::Check);
        QVERIFY(ending.failure->second.contains(QLatin1String("semantic version")));
        r = requestFor(moduleKey, m_env.path() + QStringLiteral("/no-such-folder"), QStringLiteral("ok"));
        ending = publish(r);
        QVERIFY(ending.failure && ending.failure->second.contains(QLatin1String("does not exist")));
        r = requestFor(moduleKey, newFolder(), QStringLiteral("ok"));
        r.accountKeyId = moduleKey; // an ed25519 key cannot pay on an EVM chain
        ending = publish(r);
        QVERIFY(ending.failure && ending.failure->second.contains(QLatin1String("secp256k1")));
        r = requestFor(moduleKey, newFolder(), QStringLiteral("ok"));
        r.keyType = ModuleKey::Type::EthereumAddress; // an ed25519 key has no Ethereum address
        ending = publish(r);
        QVERIFY(ending.failure && ending.failure->second.contains(QLatin1String("Ed25519")));
    }

    // The IPFS node or the chain node stops at a step, or the app closes there; then the same publish
    // again (a new Publisher, as a restarted app has) finishes with exactly one registration.
    void interruptedAtEachStepFinishesOnTheNextRun_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("what");
        for (Step s : Publisher::stepsOf(RegistryCall::Kind::Register)) {
            for (const char* what : {"ipfs", "chain", "app"}) {
                if (s == Step::Confirm && qstrcmp(what, "app") != 0)
                    continue; // a stopped node at Confirm is waited out (tested as "app": closed while
                              // waiting)
                QTest::addRow("%s at %s", what, QMetaEnum::fromType<Step>().valueToKey(static_cast<int>(s)))
                    << static_cast<int>(s) << QString::fromLatin1(what);
            }
        }
    }
    void interruptedAtEachStepFinishesOnTheNextRun()
    {
        QFETCH(int, step);
        QFETCH(QString, what);
        const QString moduleKey = addRandomKey(*m_keystore, KeyType::Ed25519, QStringLiteral("interrupted"));
        const QByteArray key = registryKeyOf(moduleKey);
        const QString folder = newFolder();
        const Publisher::Request request = requestFor(moduleKey, folder, QStringLiteral("interrupted"));
        const quint64 nonce = nonceOf(m_accountAddress);

        auto publisher = newPublisher();
        Publisher* raw = publisher.get();
        bool interrupted = false;
        const Ending first = run(
            *raw, [&](Publisher& p) { p.publish(request); },
            [&](Step s) {
                if (static_cast<int>(s) != step || interrupted)
                    return;
                interrupted = true;
                if (what == QLatin1String("ipfs")) {
                    m_ipfsProxy->setRefusing(true);
                    m_ipfsProxy->dropAll();
                } else if (what == QLatin1String("chain")) {
                    m_chainProxy->setRefusing(true);
                    m_chainProxy->dropAll();
                } else { // the app closes: the publisher is gone mid-step
                    QTimer::singleShot(0, [&] { publisher.reset(); });
                }
            });
        if (what == QLatin1String("app"))
            QTest::qWait(50);
        QVERIFY2(interrupted, first.failure ? qPrintable(first.failure->second) : "finished before the step");
        // A stopped node fails the step it is needed in (or a later one) with a sentence.
        if (first.failure)
            QVERIFY(!first.failure->second.isEmpty());
        m_ipfsProxy->setRefusing(false);
        m_chainProxy->setRefusing(false);

        const Ending again = publish(request);
        QVERIFY2(again.outcome, again.failure ? qPrintable(again.failure->second) : "no answer");
        verifyPublished(key, *again.outcome, folder);
        QCOMPARE(eventsFor(key), QList<RegistryEvent::Kind>{RegistryEvent::Kind::Registered});
        QCOMPARE(nonceOf(m_accountAddress), nonce + 1);
        if (first.outcome) // the interruption came too late to matter: the second run sent nothing
            QVERIFY(!again.outcome->receipt);
    }

    // Cancel while the content uploads: a sentence saying nothing was sent; the same publish then
    // finishes with one registration.
    void cancelThenPublishAgain()
    {
        const QString moduleKey = addRandomKey(*m_keystore, KeyType::Ed25519, QStringLiteral("cancelled"));
        const QByteArray key = registryKeyOf(moduleKey);
        const QString folder = newFolder();
        const Publisher::Request request = requestFor(moduleKey, folder, QStringLiteral("cancelled"));
        auto publisher = newPublisher();
        const Ending cancelled = run(
            *publisher, [&](Publisher& p) { p.publish(request); },
            [&](Step s) {
                if (s == Step::AddContent)
                    QTimer::singleShot(0, publisher.get(), [&] { publisher->cancel(); });
            });
        QVERIFY(cancelled.failure);
        QCOMPARE(cancelled.failure->first, Step::AddContent);
        QVERIFY2(cancelled.failure->second.contains(QLatin1String("Nothing was sent")),
                 qPrintable(cancelled.failure->second));
        QVERIFY(!publisher->isRunning());
        QVERIFY(!onChain(key));
        const Ending again = run(*publisher, [&](Publisher& p) { p.publish(request); });
        QVERIFY2(again.outcome, again.failure ? qPrintable(again.failure->second) : "no answer");
        verifyPublished(key, *again.outcome, folder);
        QCOMPARE(eventsFor(key), QList<RegistryEvent::Kind>{RegistryEvent::Kind::Registered});
    }

    void removeAndTransferGoThroughTheSameSteps()
    {
        const QString moduleKey = addRandomKey(*m_keystore, KeyType::Ed25519, QStringLiteral("to remove"));
        const QByteArray key = registryKeyOf(moduleKey);
        const Ending published = publish(requestFor(moduleKey, newFolder(), QStringLiteral("to-remove")));
        QVERIFY2(published.outcome, published.failure ? qPrintable(published.failure->second) : "no answer");

        auto publisher = newPublisher();
        // Only the owner: the other account is refused before anything is sent.
        const quint64 otherNonce = nonceOf(m_otherAddress);
        Ending refused = run(*publisher, [&](Publisher& p) { p.remove(key, m_otherAccount); });
        QVERIFY(refused.failure);
        QVERIFY2(refused.failure->second.contains(ethereum::checksummed(m_accountAddress)),
                 qPrintable(refused.failure->second));
        QCOMPARE(nonceOf(m_otherAddress), otherNonce);

        Ending transferred =
            run(*publisher, [&](Publisher& p) { p.transfer(key, m_otherAddress, m_account); });
        QVERIFY2(transferred.outcome, transferred.failure ? qPrintable(transferred.failure->second) : "");
        QCOMPARE(transferred.started, Publisher::stepsOf(RegistryCall::Kind::Transfer));
        QCOMPARE(onChain(key)->owner, m_otherAddress);
        // Transferring again to the same owner is already done: nothing sent.
        const quint64 nonce = nonceOf(m_otherAddress);
        Ending again =
            run(*publisher, [&](Publisher& p) { p.transfer(key, m_otherAddress, m_otherAccount); });
        QVERIFY(again.outcome && !again.outcome->receipt);

        Ending removed = run(*publisher, [&](Publisher& p) { p.remove(key, m_otherAccount); });
        QVERIFY2(removed.outcome, removed.failure ? qPrintable(removed.failure->second) : "");
        QVERIFY(removed.outcome->receipt);
        QVERIFY(!onChain(key));
        QCOMPARE(nonceOf(m_otherAddress), nonce + 1);
        // Removing what is gone is done already.
        Ending twice = run(*publisher, [&](Publisher& p) { p.remove(key, m_otherAccount); });
        QVERIFY(twice.outcome && !twice.outcome->receipt);
        QCOMPARE(eventsFor(key), (QList<RegistryEvent::Kind>{RegistryEvent::Kind::Registered,
                                                             RegistryEvent::Kind::Transferred,
                                                             RegistryEvent::Kind::Removed}));
    }

    void planShowsWhatWillBeSentAndItsFee()
    {
        const QString moduleKey = addRandomKey(*m_keystore, KeyType::Secp256k1, QStringLiteral("planned"));
        Publisher::Request r = requestFor(moduleKey, newFolder(), QStringLiteral("planned"));
        r.keyType = ModuleKey::Type::EthereumAddress;
        auto publisher = newPublisher();
        const auto plan =
            waitForCallback<Result<Publisher::Plan>>([&](auto done) { publisher->plan(r, done); });
        QVERIFY(plan && plan->ok());
        QCOMPARE(plan->value().call.kind, RegistryCall::Kind::Register);
        QVERIFY(plan->value().fee && plan->value().fee->gas > 21000);
        QVERIFY(plan->value().callText.contains(QLatin1String("registerModule")));
        QVERIFY(MetadataSignature::verify(plan->value().document).ok());
        QCOMPARE(plan->value().document.key->bytes,
                 ethereum::addressOf(m_keystore->key(moduleKey)->publicKey));
        // Publishing then uses the very document the review page showed.
        const Ending ending = publish(r);
        QVERIFY2(ending.outcome, ending.failure ? qPrintable(ending.failure->second) : "no answer");
        QCOMPARE(ending.outcome->metadataCid, plan->value().metadataCid);
        QCOMPARE(ending.outcome->documentBytes, plan->value().documentBytes);
    }
};

QTEST_GUILESS_MAIN(TestPublisher)
#include "TestPublisher.moc"
