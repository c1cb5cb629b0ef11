// The Publish wizard through its real widgets on the real devnet: pick the key and its registry form,
// type the metadata (with a mistake in a field and in the args JSON, which the form points at), choose
// the content and watch its CID computed, review, publish, done. Then the chain must map the key to
// the metadata CID the wizard showed, and that metadata must verify. A second run on the same key is
// a new version; a key someone else registered stops on the first page. A screenshot of every page
// goes to MODREG_SCREENSHOT_DIR.
#include "Screenshot.h"
#include "StartedDevnet.h"
#include "TestEnvironment.h"
#include "TestFiles.h"
#include "TestKeys.h"
#include "WaitForCallback.h"
#include "chain/evm/EvmRegistry.h"
#include "crypto/Addresses.h"
#include "ipfs/IpfsPath.h"
#include "ipfs/VerifiedFetcher.h"
#include "keys/Keystore.h"
#include "publish/JsonObjectEditor.h"
#include "publish/PublishContentPage.h"
#include "publish/PublishDonePage.h"
#include "publish/PublishKeyPage.h"
#include "publish/PublishMetadataPage.h"
#include "publish/PublishProgressPage.h"
#include "publish/PublishReviewPage.h"
#include "publish/PublishWizard.h"
#include "metadata/MetadataSignature.h"
#include "metadata/MetadataValidator.h"
#include "services/Services.h"
#include "shell/CopyableField.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace modreg;
using namespace modreg::ui;

namespace {
void type(QWidget* w, const QString& text)
{
    w->setFocus();
    QTest::keyClicks(w, text);
}

void clear(QLineEdit* e)
{
    e->selectAll();
    QTest::keyClick(e, Qt::Key_Backspace);
}
} // namespace

class TestPublishWizardGui : public QObject
{
    Q_OBJECT
    TestEnvironment m_env;
    std::unique_ptr<Devnet> m_devnet;
    std::unique_ptr<Keystore> m_keystore;
    std::unique_ptr<Services> m_services;
    QString m_author, m_squatter, m_module;

    std::optional<ModuleEntry> onChain(const QByteArray& key)
    {
        evm::JsonRpcClient client(m_devnet->endpoints().chainRpc);
        evm::EvmRegistry registry(client, *m_keystore,
                                  {ethereum::decode(m_devnet->endpoints().registryAddress).value()});
        const auto r = waitForCallback<Result<std::optional<ModuleEntry>>>(
            [&](auto done) { registry.getModule(key, done); });
        return r && r->ok() ? r->value() : std::nullopt;
    }

    QString moduleFolder()
    {
        const QString dir = m_env.path() + QStringLiteral("/gui-module");
        QDir().mkpath(dir + QStringLiteral("/src"));
        writeFile(dir + QStringLiteral("/src/main.py"), "print('hello')\n");
        writeFile(dir + QStringLiteral("/weights.bin"), QByteArray(1024 * 1024, 'w'));
        writeFile(
            dir + QStringLiteral("/metadata.json"),
            R"({"name": "from-folder", "version": "0.1.0", "author": "Folder Author", "tags": ["folder"]})");
        return dir;
    }

    // Page 1 with `keyId` chosen, once the registry answered.
    void chooseKey(PublishWizard& wizard, const QString& keyId, PublishKeyPage::Standing expected)
    {
        PublishKeyPage* page = wizard.keyPage();
        page->keyBox()->setCurrentIndex(page->keyBox()->findData(keyId));
        if (page->accountBox()->findData(m_author) >= 0)
            page->accountBox()->setCurrentIndex(page->accountBox()->findData(m_author));
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return page->standing() != PublishKeyPage::Standing::Asking &&
                                page->standing() != PublishKeyPage::Standing::Unknown;
                     },
                     15000),
                 qPrintable(page->standingLabel()->text()));
        QCOMPARE(page->standing(), expected);
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_devnet = startDevnet(m_env, error);
        QVERIFY2(m_devnet, qPrintable(error));
        m_keystore = newUnlockedKeystore(m_env.dataDir());
        QVERIFY(m_keystore);
        m_author = addRandomKey(*m_keystore, KeyType::Secp256k1, QStringLiteral("author account"));
        m_squatter = addRandomKey(*m_keystore, KeyType::Secp256k1, QStringLiteral("squatter"));
        m_module = addRandomKey(*m_keystore, KeyType::Ed25519, QStringLiteral("summarizer key"));
        const auto funded = waitForCallback<Status>([&](auto done) {
            m_devnet->fundAccounts({ethereum::addressOf(m_keystore->key(m_author)->publicKey),
                                    ethereum::addressOf(m_keystore->key(m_squatter)->publicKey)},
                                   done);
        });
        QVERIFY(funded && funded->ok());
        m_services = std::make_unique<Services>(*m_keystore);
        m_services->setEndpoints(m_devnet->endpoints());
        QVERIFY(m_services->isReady());
    }

    void cleanupTestCase()
    {
        m_services.reset();
        if (m_devnet)
            m_devnet->stop();
    }

    void clickThroughTheWholeWizard()
    {
        PublishWizard wizard(*m_services);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QElapsedTimer clock;
        clock.start();

        // 1: the key, its SS58 form, paid by the author account.
        chooseKey(wizard, m_module, PublishKeyPage::Standing::New);
        QVERIFY(wizard.keyPage()->formBox()->currentText().contains(QLatin1String("SS58")));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        screenshot(&wizard, QStringLiteral("publish-1-key"));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(PublishWizard::MetadataPage));

        // 2: the form, with mistakes it points at.
        PublishMetadataPage* meta = wizard.metadataPage();
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        type(meta->edit(QStringLiteral("name")), QStringLiteral("text summarizer"));
        type(meta->edit(QStringLiteral("version")), QStringLiteral("1.0"));
        type(meta->edit(QStringLiteral("author")), QStringLiteral("GUI Test"));
        type(meta->descriptionEdit(), QStringLiteral("Summarizes <b>long</b> text."));
        type(meta->edit(QStringLiteral("tags")), QStringLiteral("nlp, summarization"));
        type(meta->edit(QStringLiteral("license")), QStringLiteral("MIT"));
        type(meta->argsEditor(), QStringLiteral("{\"max_tokens\": 512,"));
        QTest::keyClick(meta->argsEditor(), Qt::Key_Return);
        type(meta->argsEditor(), QStringLiteral("\"temperature\": }"));
        QVERIFY(meta->problemLabel(QStringLiteral("name"))->isVisible());
        QVERIFY(meta->problemLabel(QStringLiteral("version"))
                    ->text()
                    .contains(QLatin1String("semantic version")));
        QVERIFY2(
            meta->problemLabel(QStringLiteral("args"))->text().startsWith(QLatin1String("Line 2, column 16")),
            qPrintable(meta->problemLabel(QStringLiteral("args"))->text()));
        QVERIFY(!meta->problemLabel(QStringLiteral("author"))->isVisible());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        screenshot(&wizard, QStringLiteral("publish-2-metadata-problems"));
        clear(meta->edit(QStringLiteral("name")));
        type(meta->edit(QStringLiteral("name")), QStringLiteral("text-summarizer"));
        type(meta->edit(QStringLiteral("version")), QStringLiteral(".0"));
        meta->argsEditor()->setPlainText(
            QStringLiteral("{\n  \"max_tokens\": 512,\n  \"temperature\": 0.7\n}"));
        QVERIFY(!meta->problemLabel(QStringLiteral("name"))->isVisible());
        QVERIFY(!meta->problemLabel(QStringLiteral("args"))->isVisible());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        screenshot(&wizard, QStringLiteral("publish-2-metadata"));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);

        // 3: the content; its CID computed here, with the folder's metadata.json offered.
        PublishContentPage* content = wizard.contentPage();
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        const QString folder = moduleFolder();
        content->setPath(folder);
        QVERIFY(QTest::qWaitFor([&] { return content->isComplete(); }, 20000));
        QVERIFY(content->cidField()->text().startsWith(QLatin1String("bafy")));
        QVERIFY2(content->sizeLabel()->text().contains(QLatin1String("in 3 file")),
                 qPrintable(content->sizeLabel()->text()));
        QCOMPARE(content->progressBar()->value(), 100);
        QVERIFY(content->useMetadataButton()->isVisible());
        screenshot(&wizard, QStringLiteral("publish-3-content"));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);

        // 4: review: the signed document, both CIDs, the call and its fee.
        PublishReviewPage* review = wizard.reviewPage();
        QVERIFY2(QTest::qWaitFor([&] { return review->isComplete(); }, 20000),
                 qPrintable(review->findChild<QLabel*>(QStringLiteral("reviewProblem"))->text()));
        const QString document = review->documentView()->toPlainText();
        QVERIFY(document.contains(QLatin1String("\"text-summarizer\"")) &&
                document.contains(QLatin1String("\"signature\"")));
        QVERIFY(document.contains(QLatin1String("<b>long</b>"))); // plain text, shown as typed
        QCOMPARE(review->contentCidField()->text(), content->cidField()->text());
        const QString metadataCid = review->metadataCidField()->text();
        QVERIFY(metadataCid.startsWith(QLatin1String("bafk")));
        QVERIFY(review->callLabel()->text().contains(QLatin1String("registerModule")));
        QVERIFY2(review->feeLabel()->text().contains(QLatin1String("ETH")),
                 qPrintable(review->feeLabel()->text()));
        screenshot(&wizard, QStringLiteral("publish-4-review"));

        // 5: publish; a screenshot while it runs, then it moves on by itself.
        bool shot = false;
        QObject whileHere; // the connection ends with this test
        connect(m_services->publisher(), &Publisher::stepStarted, &whileHere, [&](Publisher::Step step) {
            if (step == Publisher::Step::CheckRegistry && !shot) {
                shot = true;
                screenshot(&wizard, QStringLiteral("publish-5-progress"));
            }
        });
        QElapsedTimer publishing;
        publishing.start();
        QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
        QVERIFY2(QTest::qWaitFor([&] { return wizard.currentId() == PublishWizard::DonePage; }, 60000),
                 qPrintable(wizard.progressPage()->problemLabel()->text()));
        qInfo("From Publish to confirmed (1 MiB folder, devnet): %lld ms; the whole wizard: %lld ms",
              static_cast<long long>(publishing.elapsed()), static_cast<long long>(clock.elapsed()));
        QVERIFY(shot);

        // 6: done, with what to copy; the chain agrees, and the metadata verifies.
        PublishDonePage* done = wizard.donePage();
        QCOMPARE(done->metadataCidField()->text(), metadataCid);
        QVERIFY(done->transactionField()->text().startsWith(QLatin1String("0x")));
        QVERIFY(done->keyField()->text().startsWith(QLatin1Char('5'))); // SS58, generic prefix
        screenshot(&wizard, QStringLiteral("publish-6-done"));
        QTest::mouseClick(done->metadataCidField()->copyButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), metadataCid);

        const QByteArray key = m_keystore->key(m_module)->publicKey;
        const std::optional<ModuleEntry> entry = onChain(key);
        QVERIFY(entry);
        QCOMPARE(entry->cid, metadataCid);
        VerifiedFetcher::Options options;
        options.rpcApi = m_devnet->endpoints().ipfsApi;
        VerifiedFetcher fetcher(options);
        const auto bytes = waitForCallback<Result<QByteArray>>(
            [&](auto cb) { fetcher.fetchBytes(IpfsPath::parse(metadataCid).value(), cb); });
        QVERIFY(bytes && bytes->ok());
        const ModuleMetadata published =
            ModuleMetadata::fromJson(MetadataValidator::parse(bytes->value()).value());
        QVERIFY(MetadataSignature::verify(published).ok());
        QCOMPARE(published.name, QStringLiteral("text-summarizer"));
        QCOMPARE(published.args.value("temperature", 0.0), 0.7);
        QCOMPARE(published.cid, content->cidField()->text());
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
    }

    void theSameKeyAgainIsANewVersion()
    {
        PublishWizard wizard(*m_services);
        wizard.show();
        chooseKey(wizard, m_module, PublishKeyPage::Standing::Yours);
        QVERIFY(wizard.keyPage()->standingLabel()->text().contains(QLatin1String("new version")));
        screenshot(&wizard, QStringLiteral("publish-1-key-yours"));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        // The folder's own metadata.json fills the form.
        wizard.contentPage()->setPath(moduleFolder());
        QTest::mouseClick(wizard.contentPage()->useMetadataButton(), Qt::LeftButton);
        QCOMPARE(wizard.metadataPage()->edit(QStringLiteral("name"))->text(), QStringLiteral("from-folder"));
        QVERIFY(wizard.metadataPage()->isComplete());
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return wizard.contentPage()->isComplete(); }, 20000));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return wizard.reviewPage()->isComplete(); }, 20000));
        QVERIFY(wizard.reviewPage()->callLabel()->text().contains(QLatin1String("updateModule")));
        QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
        QVERIFY2(QTest::qWaitFor([&] { return wizard.currentId() == PublishWizard::DonePage; }, 60000),
                 qPrintable(wizard.progressPage()->problemLabel()->text()));
        QVERIFY(wizard.donePage()->summaryLabel()->text().contains(QLatin1String("new version")));
        QCOMPARE(onChain(m_keystore->key(m_module)->publicKey)->cid,
                 wizard.donePage()->metadataCidField()->text());
    }

    void someoneElsesKeyStopsOnTheFirstPage()
    {
        const QString taken = addRandomKey(*m_keystore, KeyType::Ed25519, QStringLiteral("taken key"));
        const QByteArray key = m_keystore->key(taken)->publicKey;
        evm::JsonRpcClient client(m_devnet->endpoints().chainRpc);
        evm::EvmRegistry registry(client, *m_keystore,
                                  {ethereum::decode(m_devnet->endpoints().registryAddress).value()});
        const auto squatted = waitForCallback<Result<RegistryReceipt>>([&](auto cb) {
            registry.registerModule(
                key, QStringLiteral("bafkreiey5jxe6ilpf62lnh77tm5ejbbmhbugzjuf6p2v3remlu73ced34q"),
                m_squatter, cb);
        });
        QVERIFY(squatted && squatted->ok());
        PublishWizard wizard(*m_services);
        wizard.show();
        chooseKey(wizard, taken, PublishKeyPage::Standing::Someone);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(wizard.keyPage()->standingLabel()->text().contains(
            ethereum::checksummed(ethereum::addressOf(m_keystore->key(m_squatter)->publicKey))));
        screenshot(&wizard, QStringLiteral("publish-1-key-taken"));
    }
};

QTEST_MAIN(TestPublishWizardGui)
#include "TestPublishWizardGui.moc"
