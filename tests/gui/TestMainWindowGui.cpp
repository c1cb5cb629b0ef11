// Clicks through the real main window, against the real devnet, and saves a screenshot of each
// view under MODREG_SCREENSHOT_DIR.
#include "BuildInfo.h"
#include "TestEnvironment.h"
#include "about/AboutDialog.h"
#include "i18n/Translations.h"
#include "keys/Keystore.h"
#include "services/ActiveEndpoints.h"
#include "settings/KeySettings.h"
#include "settings/SettingsView.h"
#include "shell/MainWindow.h"
#include "shell/NodeStatusIndicator.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTcpServer>
#include <QTest>
#include <QTranslator>

using namespace modreg;
using namespace modreg::ui;
using Health = NodeStatusIndicator::Health;

class TestMainWindowGui : public QObject
{
    Q_OBJECT
    TestEnvironment m_env;
    std::unique_ptr<ActiveEndpoints> m_endpoints;
    std::unique_ptr<Keystore> m_keystore;

    Devnet::Options devnetOptions() const
    {
        return {m_env.dataDir() + QStringLiteral("/devnet"), QString::fromUtf8(build::devnetToolsDir)};
    }

    static void screenshot(QWidget& widget, const QString& name)
    {
        const QString path = QStringLiteral(MODREG_SCREENSHOT_DIR "/%1.png").arg(name);
        QTest::qWait(100); // let pending layout requests (status bar after a status change) run first
        const QImage image = widget.grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY2(image.save(path), qPrintable(path));
    }

    static bool bothNodesAre(MainWindow& w, Health health, int timeoutMs = 90000)
    {
        return QTest::qWaitFor(
            [&] { return w.ipfsIndicator()->health() == health && w.chainIndicator()->health() == health; },
            timeoutMs);
    }

    static void clickNavigation(MainWindow& w, MainWindow::View view)
    {
        auto* nav = w.findChild<QListWidget*>();
        QVERIFY(nav);
        const QRect rect = nav->visualItemRect(nav->item(static_cast<int>(view)));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QDir().mkpath(QStringLiteral(MODREG_SCREENSHOT_DIR)));
        m_endpoints = std::make_unique<ActiveEndpoints>(devnetOptions());
        m_keystore = std::make_unique<Keystore>(m_env.dataDir() + QStringLiteral("/keystore.mrks"));
    }

    void cleanupTestCase() { m_endpoints->shutdown(); }

    void statusBarShowsLiveNodesAndEveryViewOpens()
    {
        MainWindow w(*m_endpoints, *m_keystore);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        m_endpoints->apply(EndpointSettings::load(QSettings())); // first start: the devnet
        QVERIFY(m_endpoints->usesDevnet());
        QVERIFY2(bothNodesAre(w, Health::Up), qPrintable(m_endpoints->devnet().errorString()));
        QVERIFY2(w.ipfsIndicator()->text().startsWith(QLatin1String("IPFS 12D3KooW")),
                 qPrintable(w.ipfsIndicator()->text()));
        QVERIFY2(w.chainIndicator()->text().startsWith(QStringLiteral("Chain 31337 · block ")),
                 qPrintable(w.chainIndicator()->text()));

        for (MainWindow::View view : MainWindow::allViews()) {
            clickNavigation(w, view);
            QCOMPARE(w.currentView(), view);
            screenshot(w, QStringLiteral("view-%1").arg(MainWindow::viewTitle(view).toLower()));
        }

        AboutDialog about(&w);
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        const QList<QLabel*> labels = about.findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel* l) {
            return l->text() == QStringLiteral("Modreg " MODREG_VERSION_FOR_TEST);
        }));
        screenshot(about, QStringLiteral("about"));
    }

    void settingsSwitchToOwnNodesAndBack()
    {
        MainWindow w(*m_endpoints, *m_keystore);
        w.show();
        w.showView(MainWindow::View::Settings);
        SettingsView* settings = w.settingsView();
        QVERIFY(bothNodesAre(w, Health::Up));
        QVERIFY(!settings->applyButton()->isEnabled()); // nothing changed yet

        QTest::mouseClick(settings->externalChoice(), Qt::LeftButton);
        settings->ipfsApiEdit()->selectAll();
        QTest::keyClicks(settings->ipfsApiEdit(), QStringLiteral("localhost5001"));
        QVERIFY(settings->problemsLabel()->isVisible());
        QVERIFY(settings->problemsLabel()->text().contains(QLatin1String("IPFS API URL")));
        QVERIFY(!settings->applyButton()->isEnabled());
        screenshot(w, QStringLiteral("settings-invalid"));

        // Valid addresses where nothing listens: the status bar must say the nodes do not answer.
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 closedPort = probe.serverPort();
        probe.close();
        const QString closed = QStringLiteral("http://127.0.0.1:%1").arg(closedPort);
        settings->ipfsApiEdit()->setText(closed);
        settings->chainRpcEdit()->setText(closed);
        QVERIFY(!settings->problemsLabel()->isVisible());
        QVERIFY(settings->applyButton()->isEnabled());
        QTest::mouseClick(settings->applyButton(), Qt::LeftButton);

        QVERIFY(!m_endpoints->usesDevnet());
        QCOMPARE(m_endpoints->devnet().state(), Devnet::State::Stopped);
        QCOMPARE(m_endpoints->endpoints().ipfsApi, QUrl(closed));
        QVERIFY(bothNodesAre(w, Health::Down, 15000));
        QVERIFY(w.ipfsIndicator()->toolTip().contains(QLatin1String("Nothing is listening")));
        QTRY_VERIFY_WITH_TIMEOUT(
            settings->chainInfoLabel()->text().contains(QLatin1String("Nothing is listening")), 10000);
        QCOMPARE(EndpointSettings::load(QSettings()).useDevnet, false); // persisted
        screenshot(w, QStringLiteral("settings-own-nodes"));

        QTest::mouseClick(settings->devnetChoice(), Qt::LeftButton);
        QTest::mouseClick(settings->applyButton(), Qt::LeftButton);
        QVERIFY(m_endpoints->usesDevnet());
        QVERIFY2(bothNodesAre(w, Health::Up), qPrintable(m_endpoints->devnet().errorString()));
        QCOMPARE(EndpointSettings::load(QSettings()).useDevnet, true);
        QCOMPARE(EndpointSettings::load(QSettings()).external.ipfsApi, QUrl(closed)); // kept for next time
        // The devnet's chain id and the registry contract it deployed are shown.
        QTRY_VERIFY(settings->devnetDetailsLabel()->text().contains(
            QStringLiteral("Registry contract: %1").arg(m_endpoints->devnet().endpoints().registryAddress)));
        QVERIFY(m_endpoints->devnet().endpoints().registryAddress.startsWith(QLatin1String("0x")));
        QVERIFY(settings->devnetDetailsLabel()->text().contains(QLatin1String("chain id 31337")));

        // The Keys group: applied and persisted without touching the network choice.
        settings->ss58PrefixBox()->setValue(2);
        settings->autoLockBox()->setValue(0);
        QVERIFY(settings->applyButton()->isEnabled());
        QTest::mouseClick(settings->applyButton(), Qt::LeftButton);
        QCOMPARE(KeySettings::load(QSettings()), (KeySettings{0, 2}));
        QVERIFY(m_endpoints->usesDevnet());
        QVERIFY(!settings->applyButton()->isEnabled());
        screenshot(w, QStringLiteral("settings-devnet"));
    }

    void theWindowRemembersItsGeometryAndView()
    {
        {
            MainWindow w(*m_endpoints, *m_keystore);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.resize(960, 720);
            w.showView(MainWindow::View::Search);
            QTest::qWait(50);
            w.close();
        }
        MainWindow again(*m_endpoints, *m_keystore);
        QCOMPARE(again.size(), QSize(960, 720));
        QCOMPARE(again.currentView(), MainWindow::View::Search);
    }

    void theShellSpeaksGerman()
    {
        QVERIFY(
            installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany)));
        MainWindow w(*m_endpoints, *m_keystore);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* nav = w.findChild<QListWidget*>();
        QCOMPARE(nav->item(static_cast<int>(MainWindow::View::Settings))->text(),
                 QStringLiteral("Einstellungen"));
        QCOMPARE(nav->item(static_cast<int>(MainWindow::View::Search))->text(), QStringLiteral("Suche"));
        w.showView(MainWindow::View::Settings);
        QVERIFY(bothNodesAre(w, Health::Up));
        screenshot(w, QStringLiteral("view-settings-de"));
        for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>())
            QCoreApplication::removeTranslator(t);
    }
};

QTEST_MAIN(TestMainWindowGui)
#include "TestMainWindowGui.moc"
