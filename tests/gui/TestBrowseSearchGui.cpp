// Browse and Search through the real main window, on the real devnet: modules registered on chain
// reach the replica through the app's own syncer; the table sorts, a click shows every field and
// the history, an invalid document shows its reason, the content is fetched verified; search finds
// as you type with the matches in bold, filters narrow it down, says so when nothing matches, and
// the keyboard goes from Ctrl+F to Enter on a module; its owner removes one; and with the nodes
// gone (own nodes that do not answer) Browse and Search still work. Screenshots of each view go to
// MODREG_SCREENSHOT_DIR.
#include "BuildInfo.h"
#include "OlderReplica.h"
#include "Screenshot.h"
#include "TestEnvironment.h"
#include "TestFiles.h"
#include "TestKeys.h"
#include "TestModules.h"
#include "WaitForCallback.h"
#include "browse/BrowseView.h"
#include "browse/ModuleDetailsPane.h"
#include "browse/ModuleTableModel.h"
#include "chain/evm/EvmRegistry.h"
#include "crypto/Addresses.h"
#include "i18n/Translations.h"
#include "ipfs/Cid.h"
#include "keys/KeyIdentity.h"
#include "publish/PublishKeyPage.h"
#include "publish/PublishMetadataPage.h"
#include "publish/PublishWizard.h"
#include "search/SearchResultsModel.h"
#include "search/SearchView.h"
#include "services/ActiveEndpoints.h"
#include "services/Services.h"
#include "shell/CopyableField.h"
#include "shell/MainWindow.h"
#include "shell/SyncStatusIndicator.h"
#include "store/ModuleStore.h"
#include "store/ReplicaSchema.h"
#include "store/SqliteDatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace modreg;
using namespace modreg::ui;

namespace {
// Stands in for the desktop's browser: records what it was asked to open.
class OpenedUrls : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl& url) { urls.append(url); }
};
} // namespace

class TestBrowseSearchGui : public QObject
{
    Q_OBJECT
    TestEnvironment m_env;
    std::unique_ptr<ActiveEndpoints> m_endpoints;
    std::unique_ptr<Keystore> m_keystore;
    std::unique_ptr<IpfsRpcClient> m_ipfs;
    std::unique_ptr<evm::JsonRpcClient> m_chain;
    std::unique_ptr<evm::EvmRegistry> m_registry;
    std::unique_ptr<TestModules> m_modules;
    std::unique_ptr<MainWindow> m_window;
    QMap<QString, QByteArray> m_keys; // module name → key
    QByteArray m_hostile;

    ModuleTableModel* model() const { return m_window->browseView()->model(); }
    ModuleDetailsPane* details() const { return m_window->browseView()->details(); }
    SearchView* search() const { return m_window->searchView(); }

    QStringList column(int c) const
    {
        QStringList out;
        for (int r = 0; r < model()->rowCount(); ++r)
            out << model()->index(r, c).data().toString();
        return out;
    }
    void clickRow(int row)
    {
        QTableView* table = m_window->browseView()->table();
        table->scrollTo(model()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(model()->index(row, 0)).center());
    }
    void typeQuery(const QString& text)
    {
        QLineEdit* q = search()->queryEdit();
        q->selectAll();
        QTest::keyClick(q, Qt::Key_Backspace);
        QTest::keyClicks(q, text);
        QTest::qWait(250); // the debounce
    }

    // Own nodes that do not answer, for the registry at `registry`.
    static EndpointSettings unreachableNodes(const QString& registry)
    {
        EndpointSettings gone;
        gone.useDevnet = false;
        gone.external.ipfsApi = QUrl(QStringLiteral("http://127.0.0.1:9"));
        gone.external.gateways = {QUrl(QStringLiteral("http://127.0.0.1:9"))};
        gone.external.chainRpc = QUrl(QStringLiteral("http://127.0.0.1:9"));
        gone.external.registryAddress = registry;
        return gone;
    }

private slots:
    void initTestCase()
    {
        // As the app starts: English with its plural forms ("1 module matches", not "module(s)").
        QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)));
        m_endpoints = std::make_unique<ActiveEndpoints>(Devnet::Options{
            m_env.dataDir() + QStringLiteral("/devnet"), QString::fromUtf8(build::devnetToolsDir)});
        m_keystore = newUnlockedKeystore(m_env.dataDir());
        QVERIFY(m_keystore);
        const QString account = addRandomKey(*m_keystore, KeyType::Secp256k1, QStringLiteral("account"));
        m_endpoints->apply(EndpointSettings::load(QSettings()));
        QVERIFY2(QTest::qWaitFor([&] { return !m_endpoints->endpoints().registryAddress.isEmpty(); }, 90000),
                 qPrintable(m_endpoints->devnet().errorString()));
        const Endpoints e = m_endpoints->endpoints();
        const auto funded = waitForCallback<Status>([&](auto done) {
            m_endpoints->devnet().fundAccounts({ethereum::addressOf(m_keystore->key(account)->publicKey)},
                                               done);
        });
        QVERIFY(funded && funded->ok());
        m_ipfs = std::make_unique<IpfsRpcClient>(e.ipfsApi);
        m_chain = std::make_unique<evm::JsonRpcClient>(e.chainRpc);
        m_registry = std::make_unique<evm::EvmRegistry>(
            *m_chain, *m_keystore, evm::EvmRegistry::Options{ethereum::decode(e.registryAddress).value()});
        m_modules = std::make_unique<TestModules>(*m_keystore, *m_ipfs, *m_registry, account);
        const struct
        {
            const char* name;
            const char* description;
            const char* author;
            const char* tag;
        } modules[] = {
            {"sentiment-scorer", "Scores the sentiment of a text, from -1 to 1.", "Ada Lovelace", "nlp"},
            {"pdf-summarizer", "Summarizes PDF documents into a page of text.", "Grace Hopper", "nlp"},
            {"image-tagger", "Tags the objects seen in an image.", "Ada Lovelace", "vision"},
            {"audio-transcriber", "Turns speech in audio files into text.", "Alan Turing", "speech"},
        };
        for (const auto& m : modules) {
            const QString id =
                m_modules->publishNew(QString::fromUtf8(m.name), QString::fromUtf8(m.description),
                                      QString::fromUtf8(m.author), {QString::fromUtf8(m.tag)});
            QVERIFY(!id.isEmpty());
            m_keys.insert(QString::fromUtf8(m.name), m_modules->keyOf(id));
        }
        m_hostile = m_modules->registerRaw("{\"name\": \"broken\", ");
        QVERIFY(!m_hostile.isEmpty());

        m_window = std::make_unique<MainWindow>(*m_endpoints, *m_keystore);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_endpoints->shutdown();
    }

    void theAppSyncsAndBrowseShowsEveryModule()
    {
        m_window->showView(MainWindow::View::Browse);
        QLabel* sync = m_window->syncIndicator()->label();
        QTRY_VERIFY_WITH_TIMEOUT(sync->text().startsWith(QLatin1String("Synced")), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 5, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!column(ModuleTableModel::State)
                                      .contains(ModuleTableModel::stateLabel(StoredModule::State::Pending)),
                                 20000);
        // By name (the hostile one has none, so it comes first). The view reads the replica again
        // at most five times a second, so the last document's name may come a moment after its state.
        QTRY_COMPARE_WITH_TIMEOUT(
            column(ModuleTableModel::Name).mid(1),
            (QStringList{QStringLiteral("audio-transcriber"), QStringLiteral("image-tagger"),
                         QStringLiteral("pdf-summarizer"), QStringLiteral("sentiment-scorer")}),
            5000);
        // By author, through the header.
        QHeaderView* header = m_window->browseView()->table()->horizontalHeader();
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(ModuleTableModel::Author) + 10, header->height() / 2));
        const QStringList authors = column(ModuleTableModel::Author).mid(1);
        QStringList sorted = authors;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
        QVERIFY(authors == sorted || authors == QStringList(sorted.rbegin(), sorted.rend()));
        QCOMPARE(QSet<QString>(authors.begin(), authors.end()).size(), 3);
        m_window->browseView()->table()->sortByColumn(ModuleTableModel::Name, Qt::AscendingOrder);
        // The store has no order by key: a click on its header leaves the rows, and the arrow, as
        // they were.
        const QStringList byName = column(ModuleTableModel::Name);
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(ModuleTableModel::Key) + 10, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), static_cast<int>(ModuleTableModel::Name));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(column(ModuleTableModel::Name), byName);
        // By last change: the block numbers in order, one way or the other.
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(ModuleTableModel::Updated) + 10, header->height() / 2));
        QList<qint64> blocks;
        for (const QString& block : column(ModuleTableModel::Updated))
            blocks.append(block.toLongLong());
        QVERIFY2(blocks.size() == 5 && blocks.first() != blocks.last() &&
                     (std::is_sorted(blocks.begin(), blocks.end()) ||
                      std::is_sorted(blocks.rbegin(), blocks.rend())),
                 qPrintable(column(ModuleTableModel::Updated).join(QLatin1Char(' '))));
        m_window->browseView()->table()->sortByColumn(ModuleTableModel::Name, Qt::AscendingOrder);
        // At the window's first size every column up to the metadata state shows without scrolling.
        QVERIFY2(header->sectionViewportPosition(ModuleTableModel::State) +
                         header->sectionSize(ModuleTableModel::State) <=
                     header->viewport()->width(),
                 qPrintable(QStringLiteral("the Metadata column ends at %1, the table is %2 wide")
                                .arg(header->sectionViewportPosition(ModuleTableModel::State) +
                                     header->sectionSize(ModuleTableModel::State))
                                .arg(header->viewport()->width())));

        // Details of one module: every field as text, the key in its native form, the history.
        const int row = model()->rowOfKey(m_keys.value(QStringLiteral("pdf-summarizer")));
        QVERIFY(row >= 0);
        clickRow(row);
        QCOMPARE(details()->key(), m_keys.value(QStringLiteral("pdf-summarizer")));
        QCOMPARE(details()->field(QStringLiteral("description"))->text(),
                 QStringLiteral("Summarizes PDF documents into a page of text."));
        QCOMPARE(details()->field(QStringLiteral("author"))->text(), QStringLiteral("Grace Hopper"));
        QVERIFY(details()->field(QStringLiteral("state"))->text().contains(QLatin1String("Verified")));
        QCOMPARE(details()->historyTree()->topLevelItemCount(), 1);
        const auto fields = details()->findChildren<QLabel*>();
        QVERIFY(std::any_of(fields.begin(), fields.end(), [&](QLabel* l) {
            return l->text() == KeyIdentity::registryKeyText(m_keys.value(QStringLiteral("pdf-summarizer")));
        }));
        QVERIFY(details()->removeButton()->isEnabled()); // the keystore's account owns it
        screenshot(m_window.get(), QStringLiteral("browse-details"));

        // The hostile one: invalid, with the reason.
        clickRow(model()->rowOfKey(m_hostile));
        QVERIFY2(details()->field(QStringLiteral("state"))->text().contains(QLatin1String("Invalid")),
                 qPrintable(details()->field(QStringLiteral("state"))->text()));
        QVERIFY(!details()->fetchButton()->isEnabled());
        screenshot(m_window.get(), QStringLiteral("browse-invalid"));
    }

    void fetchTheContentVerified()
    {
        m_window->browseView()->selectModule(m_keys.value(QStringLiteral("image-tagger")));
        const QString folder = m_env.path() + QStringLiteral("/fetched");
        QDir().mkpath(folder);
        details()->fetchContentTo(folder);
        QTRY_VERIFY_WITH_TIMEOUT(details()->statusLabel()->text().startsWith(QLatin1String("Fetched")),
                                 20000);
        QCOMPARE(readFile(folder + QStringLiteral("/image-tagger-1.0.0")),
                 QByteArray("image-tagger content"));
    }

    // "Open in gateway" hands the desktop a gateway address: of the module's content when its
    // metadata is verified, of the metadata document when it is not. Each address serves the bytes
    // of its CID (read here from the devnet's own gateway).
    void openInGatewayOpensTheContentOrTheDocument()
    {
        OpenedUrls opened;
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &opened, "open");
        const auto cidField = [&](const char* name) {
            return details()->findChild<CopyableField*>(QLatin1String(name))->text();
        };
        m_window->browseView()->selectModule(m_keys.value(QStringLiteral("image-tagger")));
        QVERIFY(details()->openButton()->toolTip().contains(QLatin1String("content")));
        QTest::mouseClick(details()->openButton(), Qt::LeftButton);
        const QString contentCid = cidField("contentCidField");
        m_window->browseView()->selectModule(m_hostile);
        QVERIFY(details()->openButton()->toolTip().contains(QLatin1String("metadata document")));
        QTest::mouseClick(details()->openButton(), Qt::LeftButton);
        const QString documentCid = cidField("metadataCidField");
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        QCOMPARE(opened.urls.size(), 2);

        const QUrl gateway = m_endpoints->endpoints().gateways.first();
        const auto served = [&](const QUrl& url, const QString& cid) -> QByteArray {
            if (url.adjusted(QUrl::RemovePath) != gateway.adjusted(QUrl::RemovePath) ||
                url.path() != QStringLiteral("/ipfs/") + cid)
                return "wrong address: " + url.toEncoded();
            QNetworkAccessManager network;
            std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
            if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 20000) ||
                reply->error() != QNetworkReply::NoError)
                return "not served: " + reply->errorString().toUtf8();
            const QByteArray bytes = reply->readAll();
            return Cid::parse(cid).value().matches(bytes) ? bytes : "bytes of another CID";
        };
        QCOMPARE(served(opened.urls[0], contentCid), QByteArray("image-tagger content"));
        QCOMPARE(served(opened.urls[1], documentCid), QByteArray("{\"name\": \"broken\", "));
    }

    void searchAsYouTypeWithFiltersAndTheKeyboard()
    {
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(m_window->currentView(), MainWindow::View::Search);
        QTRY_VERIFY(search()->queryEdit()->hasFocus());

        QTest::keyClicks(search()->queryEdit(), QStringLiteral("summ"));
        QTRY_COMPARE(search()->results()->rowCount(), 1);
        const QModelIndex first = search()->results()->index(0);
        QVERIFY(first.data(SearchResultsModel::HeadingRole)
                    .toString()
                    .startsWith(QLatin1String("pdf-summarizer")));
        QVERIFY2(first.data(SearchResultsModel::SnippetHtmlRole)
                     .toString()
                     .contains(QLatin1String("<b>summ"), Qt::CaseInsensitive),
                 qPrintable(first.data(SearchResultsModel::SnippetHtmlRole).toString()));
        screenshot(m_window.get(), QStringLiteral("search-results"));

        typeQuery(QStringLiteral("text"));
        QTRY_COMPARE(search()->results()->rowCount(), 3);
        QTest::keyClicks(search()->authorEdit(), QStringLiteral("ada lovelace"));
        QTest::qWait(250); // the debounce
        QTRY_COMPARE(search()->results()->rowCount(), 1);
        QCOMPARE(search()->results()->hits().first().key, m_keys.value(QStringLiteral("sentiment-scorer")));
        search()->authorEdit()->clear();
        QTest::keyClicks(search()->tagEdit(), QStringLiteral("speech"));
        QTest::qWait(250);
        QTRY_COMPARE(search()->results()->rowCount(), 1);
        QCOMPARE(search()->results()->hits().first().key, m_keys.value(QStringLiteral("audio-transcriber")));
        search()->tagEdit()->clear();
        search()->keyTypeBox()->setCurrentIndex(
            search()->keyTypeBox()->findText(QStringLiteral("Ethereum address")));
        QTRY_COMPARE(search()->results()->rowCount(), 0);
        QVERIFY(search()->statusLabel()->text().startsWith(QLatin1String("No module matches \"text\"")));
        screenshot(m_window.get(), QStringLiteral("search-no-results"));
        search()->keyTypeBox()->setCurrentIndex(1); // ed25519
        QTRY_COMPARE(search()->results()->rowCount(), 3);
        search()->keyTypeBox()->setCurrentIndex(0);

        // The keyboard: words, Down into the results, Enter opens the module in Browse.
        typeQuery(QStringLiteral("transcriber"));
        QTRY_COMPARE(search()->results()->rowCount(), 1);
        QTest::keyClick(search()->queryEdit(), Qt::Key_Down);
        QVERIFY(search()->resultsView()->hasFocus());
        QTest::keyClick(search()->resultsView(), Qt::Key_Return);
        QCOMPARE(m_window->currentView(), MainWindow::View::Browse);
        QCOMPARE(details()->key(), m_keys.value(QStringLiteral("audio-transcriber")));
        const QModelIndex current = m_window->browseView()->table()->currentIndex();
        QCOMPARE(model()->keyAt(current.row()), m_keys.value(QStringLiteral("audio-transcriber")));
    }

    // Publish new version… opens the wizard with the module's metadata and key filled in. Nothing is
    // sent before the wizard is finished; here it is cancelled. Without the module's own key in the
    // keystore it is off, and says why.
    void publishingANewVersionOpensTheWizardFilledIn()
    {
        const QByteArray tagger = m_keys.value(QStringLiteral("image-tagger"));
        m_window->browseView()->selectModule(tagger);
        QVERIFY(details()->newVersionButton()->isEnabled());
        for (const KeyInfo& k : m_keystore->keys())
            if (k.publicKey == tagger)
                QVERIFY(m_keystore->remove(k.id));
        m_window->browseView()->selectModule(m_keys.value(QStringLiteral("sentiment-scorer")));
        m_window->browseView()->selectModule(tagger);
        QVERIFY(!details()->newVersionButton()->isEnabled());
        QVERIFY2(details()->newVersionButton()->toolTip().startsWith(QLatin1String("The module's own key")),
                 qPrintable(details()->newVersionButton()->toolTip()));

        const QByteArray key = m_keys.value(QStringLiteral("audio-transcriber"));
        m_window->browseView()->selectModule(key);
        QVERIFY(details()->newVersionButton()->isEnabled());
        std::optional<ModuleMetadata> shown;
        QByteArray shownKey;
        QTimer::singleShot(300, this, [&] {
            auto* wizard = qobject_cast<PublishWizard*>(QApplication::activeModalWidget());
            if (!wizard)
                return;
            shown = wizard->metadataPage()->draft();
            shownKey = m_modules->keyOf(wizard->keyPage()->moduleKeyId());
            screenshot(wizard, QStringLiteral("browse-new-version"));
            wizard->reject();
        });
        details()->newVersionButton()->click();
        QCOMPARE(m_window->currentView(), MainWindow::View::Publish);
        QVERIFY(shown);
        QCOMPARE(shown->name, QStringLiteral("audio-transcriber"));
        QCOMPARE(shown->description, QStringLiteral("Turns speech in audio files into text."));
        QCOMPARE(shown->author, QStringLiteral("Alan Turing"));
        QCOMPARE(shown->tags, QStringList{QStringLiteral("speech")});
        QCOMPARE(shownKey, key);
        QTest::qWait(500); // no update of the module went out
        m_window->browseView()->selectModule(key);
        QCOMPARE(details()->historyTree()->topLevelItemCount(), 1);
    }

    // Transfer…: an address that is not one is refused with the reason and sends nothing; a real one
    // moves the module to its new owner, after which this keystore may no longer change it.
    void theOwnerTransfersAModule()
    {
        const QByteArray key = m_keys.value(QStringLiteral("pdf-summarizer"));
        m_window->showView(MainWindow::View::Browse);
        m_window->browseView()->selectModule(key);
        QVERIFY(details()->transferButton()->isEnabled());
        const auto answerWith = [this](const QString& text) {
            QTimer::singleShot(300, this, [text] {
                if (auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget())) {
                    dialog->setTextValue(text);
                    dialog->accept();
                }
            });
        };
        answerWith(QStringLiteral("0x12345"));
        details()->transferButton()->click();
        QVERIFY2(details()->statusLabel()->text().startsWith(QLatin1String("An Ethereum address is 0x")),
                 qPrintable(details()->statusLabel()->text()));
        QTest::qWait(500);
        QCOMPARE(details()->historyTree()->topLevelItemCount(), 1);

        const QByteArray newOwner = QByteArray(20, '\x42');
        answerWith(QStringLiteral("0x") + QString::fromLatin1(newOwner.toHex()));
        details()->transferButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(details()->statusLabel()->text().startsWith(QLatin1String("Transferred")),
                                 30000);
        QTRY_COMPARE_WITH_TIMEOUT(details()->historyTree()->topLevelItemCount(), 2, 20000);
        auto* owner = details()->findChild<CopyableField*>(QStringLiteral("ownerField"));
        QVERIFY(owner);
        QCOMPARE(owner->text(), ethereum::checksummed(newOwner));
        QVERIFY(!details()->transferButton()->isEnabled());
        QVERIFY(!details()->removeButton()->isEnabled());
        QVERIFY(!details()->newVersionButton()->isEnabled());
        QVERIFY2(details()->removeButton()->toolTip().startsWith(QLatin1String("Only the owner")),
                 qPrintable(details()->removeButton()->toolTip()));
        screenshot(m_window.get(), QStringLiteral("browse-transferred"));
    }

    void theOwnerRemovesAModule()
    {
        const QByteArray key = m_keys.value(QStringLiteral("sentiment-scorer"));
        m_window->browseView()->selectModule(key);
        QVERIFY(details()->removeButton()->isEnabled());
        QTimer::singleShot(300, this, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        details()->removeButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(details()->statusLabel()->text().startsWith(QLatin1String("Removed")),
                                 30000);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowOfKey(key), -1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 4, 5000);
    }

    void browseAndSearchWorkWithTheNetworkGone()
    {
        // Own nodes that do not answer: the devnet stops, nothing can be reached.
        m_endpoints->apply(unreachableNodes(m_endpoints->endpoints().registryAddress));
        QTRY_VERIFY_WITH_TIMEOUT(m_endpoints->devnet().state() == Devnet::State::Stopped, 20000);
        m_window->showView(MainWindow::View::Browse);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 4, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->syncIndicator()->label()->text() == QLatin1String("Sync stalled"),
                                 30000);
        clickRow(model()->rowOfKey(m_keys.value(QStringLiteral("image-tagger"))));
        QCOMPARE(details()->field(QStringLiteral("author"))->text(), QStringLiteral("Ada Lovelace"));
        screenshot(m_window.get(), QStringLiteral("browse-offline"));
        m_window->showView(MainWindow::View::Search);
        typeQuery(QStringLiteral("tagger"));
        QTRY_COMPARE(search()->results()->rowCount(), 1);
    }

    // A replica written by an older Modreg (schema 10 here) is upgraded on a thread of its own: the
    // window says so at once, and Browse has every module again when it is done.
    void aReplicaFromAnOlderModregIsUpgradedWhileTheWindowSaysSo()
    {
        const QString registry = m_endpoints->endpoints().registryAddress;
        const QString path =
            ModuleStore::pathFor(evm::EvmRegistry::locationOf(ethereum::decode(registry).value()));
        // Another registry for a moment, so that nothing holds this one's replica open.
        m_endpoints->apply(unreachableNodes(QStringLiteral("0x0000000000000000000000000000000000000001")));
        QTRY_COMPARE(model()->rowCount(), 0);
        QVERIFY(olderReplica::takeBackToSchema10(path));
        m_window->showView(MainWindow::View::Browse);
        m_endpoints->apply(unreachableNodes(registry));
        // Before this thread's event loop runs again, so before the upgrade can have been taken in.
        QVERIFY(m_window->services().isUpgradingReplica());
        QCOMPARE(m_window->syncIndicator()->label()->text(), QStringLiteral("Upgrading the replica…"));
        QVERIFY2(m_window->browseView()->summaryLabel()->text().contains(QStringLiteral("upgrading")),
                 qPrintable(m_window->browseView()->summaryLabel()->text()));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(m_window->grab().save(QStringLiteral(MODREG_SCREENSHOT_DIR "/browse-upgrading.png")));
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 4, 20000);
        QVERIFY(!m_window->services().isUpgradingReplica());
        auto db = std::move(SqliteDatabase::open(path)).value();
        QCOMPARE(ReplicaSchema::version(*db).value(), ReplicaSchema::latestVersion());
    }
};

QTEST_MAIN(TestBrowseSearchGui)
#include "TestBrowseSearchGui.moc"
