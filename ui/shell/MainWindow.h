#pragma once

#include <QMainWindow>

class QAction;
class QListWidget;
class QStackedWidget;
class QLabel;

namespace modreg {
class ActiveEndpoints;
class Keystore;
class NodeStatusMonitor;
class Services;
} // namespace modreg

namespace modreg::ui {

class BrowseView;
class NodeStatusIndicator;
class PublishView;
class SearchView;
class SyncStatusIndicator;
class SettingsView;
class WalletView;

// The application shell: navigation on the left, one view at a time on the right, and a status
// bar that shows, live, whether the IPFS node and the chain answer.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class View
    {
        Wallet,
        Publish,
        Browse,
        Search,
        Settings
    };
    Q_ENUM(View)

    MainWindow(ActiveEndpoints& endpoints, Keystore& keystore, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showView(View view);
    View currentView() const;
    static QList<View> allViews();
    static QString viewTitle(View view);

    NodeStatusIndicator* ipfsIndicator() const { return m_ipfsIndicator; }
    NodeStatusIndicator* chainIndicator() const { return m_chainIndicator; }
    SettingsView* settingsView() const { return m_settingsView; }
    WalletView* walletView() const { return m_walletView; }
    PublishView* publishView() const { return m_publishView; }
    BrowseView* browseView() const { return m_browseView; }
    SearchView* searchView() const { return m_searchView; }
    SyncStatusIndicator* syncIndicator() const { return m_syncIndicator; }
    Services& services() const { return *m_services; }

public slots:
    void showAbout();

protected:
    void closeEvent(QCloseEvent* event) override;
    // Keys and clicks anywhere in the window count as activity for the keystore's auto-lock.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createViews();
    void createMenus();
    void createStatusBar();
    void restoreWindowGeometry();

    ActiveEndpoints& m_endpoints;
    Keystore& m_keystore;
    WalletView* m_walletView = nullptr;
    PublishView* m_publishView = nullptr;
    BrowseView* m_browseView = nullptr;
    SearchView* m_searchView = nullptr;
    SyncStatusIndicator* m_syncIndicator = nullptr;
    QAction* m_syncNow = nullptr;
    Services* m_services;
    NodeStatusMonitor* m_monitor;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    SettingsView* m_settingsView = nullptr;
    QLabel* m_networkSummary = nullptr;
    NodeStatusIndicator* m_ipfsIndicator = nullptr;
    NodeStatusIndicator* m_chainIndicator = nullptr;
};

} // namespace modreg::ui
