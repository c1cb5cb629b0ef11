#include "shell/MainWindow.h"

#include "about/AboutDialog.h"
#include "browse/BrowseView.h"
#include "keys/Keystore.h"
#include "services/ActiveEndpoints.h"
#include "status/NodeStatusMonitor.h"
#include "publish/PublishView.h"
#include "services/Services.h"
#include "search/SearchView.h"
#include "settings/KeySettings.h"
#include "settings/SettingsView.h"
#include "shell/ComingSoonView.h"
#include "shell/NodeStatusIndicator.h"
#include "shell/SyncStatusIndicator.h"
#include "wallet/WalletView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace modreg::ui {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kWindowState = QStringLiteral("window/state");
const QString kLastView = QStringLiteral("window/lastView");

QIcon viewIcon(MainWindow::View view)
{
    switch (view) {
    case MainWindow::View::Wallet:
        return QIcon(QStringLiteral(":/icons/wallet.svg"));
    case MainWindow::View::Publish:
        return QIcon(QStringLiteral(":/icons/publish.svg"));
    case MainWindow::View::Browse:
        return QIcon(QStringLiteral(":/icons/browse.svg"));
    case MainWindow::View::Search:
        return QIcon(QStringLiteral(":/icons/search.svg"));
    case MainWindow::View::Settings:
        return QIcon(QStringLiteral(":/icons/settings.svg"));
    }
    return {};
}
} // namespace

MainWindow::MainWindow(ActiveEndpoints& endpoints, Keystore& keystore, QWidget* parent)
    : QMainWindow(parent)
    , m_endpoints(endpoints)
    , m_keystore(keystore)
    , m_services(new Services(keystore, this))
    , m_monitor(new NodeStatusMonitor(this))
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    setWindowTitle(tr("Modreg"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/modreg.svg")));

    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFixedWidth(170);
    m_navigation->setSpacing(2);
    m_navigation->setAccessibleName(tr("Views"));

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_services->follow(m_endpoints);
    createViews();
    createMenus();
    createStatusBar();
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    restoreWindowGeometry();
    qApp->installEventFilter(this);

    auto applyKeySettings = [this](const KeySettings& keys) {
        m_keystore.setAutoLockAfter(std::chrono::minutes(keys.autoLockMinutes));
        m_walletView->setSs58Prefix(static_cast<quint16>(keys.ss58Prefix));
    };
    connect(m_settingsView, &SettingsView::keySettingsApplied, this, applyKeySettings);
    m_walletView->setSs58Prefix(static_cast<quint16>(KeySettings::load(QSettings()).ss58Prefix));
}

MainWindow::~MainWindow() = default;

QList<MainWindow::View> MainWindow::allViews()
{
    return {View::Wallet, View::Publish, View::Browse, View::Search, View::Settings};
}

QString MainWindow::viewTitle(View view)
{
    switch (view) {
    case View::Wallet:
        return tr("Wallet");
    case View::Publish:
        return tr("Publish");
    case View::Browse:
        return tr("Browse");
    case View::Search:
        return tr("Search");
    case View::Settings:
        return tr("Settings");
    }
    return {};
}

void MainWindow::createViews()
{
    for (View view : allViews()) {
        QWidget* page = nullptr;
        switch (view) {
        case View::Wallet:
            m_walletView = new WalletView(m_keystore);
            page = m_walletView;
            break;
        case View::Publish:
            m_publishView = new PublishView(*m_services);
            page = m_publishView;
            break;
        case View::Browse:
            m_browseView = new BrowseView(*m_services);
            page = m_browseView;
            break;
        case View::Search:
            m_searchView = new SearchView(*m_services);
            page = m_searchView;
            break;
        case View::Settings:
            m_settingsView = new SettingsView(m_endpoints);
            page = m_settingsView;
            break;
        }
        page->setObjectName(QStringLiteral("view%1").arg(static_cast<int>(view)));
        m_stack->addWidget(page);
        m_navigation->addItem(new QListWidgetItem(viewIcon(view), viewTitle(view)));
    }
    connect(m_searchView, &SearchView::openModule, this, [this](const QByteArray& key) {
        showView(View::Browse);
        m_browseView->selectModule(key);
    });
    connect(m_browseView, &BrowseView::publishNewVersion, this, [this](const ModuleMetadata& metadata) {
        showView(View::Publish);
        m_publishView->openWizardFor(metadata);
    });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* go = menuBar()->addMenu(tr("&View"));
    int index = 1;
    for (View view : allViews()) {
        QAction* action =
            go->addAction(viewIcon(view), viewTitle(view), this, [this, view] { showView(view); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + index++)));
    }

    QAction* find = go->addAction(tr("&Find Modules…"), this, [this] {
        showView(View::Search);
        m_searchView->focusQuery();
    });
    find->setShortcut(QKeySequence::Find);
    QMenu* registry = menuBar()->addMenu(tr("&Registry"));
    m_syncNow = registry->addAction(tr("&Sync Now"), this, [this] { m_syncIndicator->syncNow(); });
    m_syncNow->setShortcut(QKeySequence::Refresh);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Modreg"), this, &MainWindow::showAbout);
}

void MainWindow::createStatusBar()
{
    m_networkSummary = new QLabel(this);
    m_ipfsIndicator = new NodeStatusIndicator(this);
    m_chainIndicator = new NodeStatusIndicator(this);
    m_ipfsIndicator->setObjectName(QStringLiteral("ipfsIndicator"));
    m_chainIndicator->setObjectName(QStringLiteral("chainIndicator"));
    m_syncIndicator = new SyncStatusIndicator(*m_services, this);
    statusBar()->addWidget(m_networkSummary);
    statusBar()->addPermanentWidget(m_syncIndicator);
    statusBar()->addPermanentWidget(m_ipfsIndicator);
    statusBar()->addPermanentWidget(m_chainIndicator);

    connect(m_monitor, &NodeStatusMonitor::ipfsStatusChanged, m_ipfsIndicator,
            &NodeStatusIndicator::showIpfs);
    connect(m_monitor, &NodeStatusMonitor::chainStatusChanged, m_chainIndicator,
            &NodeStatusIndicator::showChain);

    auto showEndpoints = [this](const Endpoints& endpoints) {
        m_monitor->watch(endpoints);
        if (endpoints.ipfsApi.isEmpty()) {
            m_ipfsIndicator->showWaiting(tr("IPFS: waiting"));
            m_chainIndicator->showWaiting(tr("Chain: waiting"));
        }
    };
    connect(&m_endpoints, &ActiveEndpoints::endpointsChanged, this, showEndpoints);
    connect(&m_endpoints, &ActiveEndpoints::summaryChanged, this, [this](const QString& summary) {
        m_networkSummary->setText(summary);
        m_networkSummary->setToolTip(m_endpoints.devnet().state() == Devnet::State::Failed
                                         ? m_endpoints.devnet().errorString()
                                         : QString());
    });
    connect(&m_endpoints.devnet(), &Devnet::progress, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    m_networkSummary->setText(m_endpoints.summary());
    showEndpoints(m_endpoints.endpoints());
}

void MainWindow::showView(View view)
{
    m_navigation->setCurrentRow(static_cast<int>(view));
}

MainWindow::View MainWindow::currentView() const
{
    return static_cast<View>(m_stack->currentIndex());
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::restoreWindowGeometry()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometry).toByteArray()))
        resize(1000, 680);
    restoreState(settings.value(kWindowState).toByteArray());
    const int last = settings.value(kLastView, 0).toInt();
    showView(last >= 0 && last < allViews().size() ? static_cast<View>(last) : View::Wallet);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::MouseButtonPress)
        m_keystore.noteActivity();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(kGeometry, saveGeometry());
    settings.setValue(kWindowState, saveState());
    settings.setValue(kLastView, static_cast<int>(currentView()));
    QMainWindow::closeEvent(event);
}

} // namespace modreg::ui
