#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QTableView;

namespace modreg {
class Services;
struct ModuleMetadata;
} // namespace modreg

namespace modreg::ui {

class ModuleDetailsPane;
class ModuleTableModel;

// Every module in the local replica: a table that pages from the store (a million rows scroll
// without being loaded), sortable by name, author and last change, and the details of the selected
// one beside it. Reads only the replica, so it works with the network unplugged; follows the syncer.
class BrowseView : public QWidget
{
    Q_OBJECT
public:
    explicit BrowseView(Services& services, QWidget* parent = nullptr);

    // Selects the module and shows its details (Search's Enter lands here).
    void selectModule(const QByteArray& key);

    QTableView* table() const { return m_table; }
    ModuleTableModel* model() const { return m_model; }
    ModuleDetailsPane* details() const { return m_details; }
    QLabel* summaryLabel() const { return m_summary; }

signals:
    void publishNewVersion(const modreg::ModuleMetadata& metadata);

private:
    void bindStore();
    void reloadKeepingSelection();
    void updateSummary();

    Services& m_services;
    ModuleTableModel* m_model;
    QTableView* m_table;
    ModuleDetailsPane* m_details;
    QLabel* m_summary;
    QTimer m_reload; // the syncer writes in bursts: read again at most once a second
};

} // namespace modreg::ui
