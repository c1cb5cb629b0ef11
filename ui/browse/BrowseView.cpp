#include "browse/BrowseView.h"

#include "browse/ModuleDetailsPane.h"
#include "browse/ModuleTableModel.h"
#include "services/Services.h"
#include "shell/Labels.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace modreg::ui {

namespace {
constexpr int kReloadEveryMs = 1000;
}

BrowseView::BrowseView(Services& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new ModuleTableModel(this))
    , m_table(new QTableView)
    , m_details(new ModuleDetailsPane(services))
    , m_summary(new QLabel)
{
    m_table->setObjectName(QStringLiteral("modulesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ModuleTableModel::Name, Qt::AscendingOrder);
    // A click on Version, Metadata or Key sorts nothing (the model keeps its order): the arrow goes
    // back to the column the rows are in, instead of claiming an order they are not in.
    QHeaderView* header = m_table->horizontalHeader();
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column) {
        if (ModuleTableModel::isSortable(column))
            return;
        const QSignalBlocker quiet(header);
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    });
    m_table->verticalHeader()->setVisible(false);
    // Fixed row heights: the view never asks a million rows how tall they are.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Name, version, author, last change and metadata state fit beside the details pane at the
    // window's first size; the key (elided, and whole in the details) takes what is left.
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('m'));
    m_table->setColumnWidth(ModuleTableModel::Name, em * 23 / 2);
    m_table->setColumnWidth(ModuleTableModel::Version, em * 9 / 2);
    m_table->setColumnWidth(ModuleTableModel::Author, em * 9);
    m_table->setColumnWidth(ModuleTableModel::Updated, em * 11 / 2);
    m_table->setColumnWidth(ModuleTableModel::State, em * 15 / 2);
    m_table->setWordWrap(false);
    m_summary->setObjectName(QStringLiteral("browseSummary"));
    m_summary->setWordWrap(true);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(makeHeading(tr("Browse")));
    leftLayout->addWidget(m_summary);
    leftLayout->addWidget(m_table, 1);
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({480, 600});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 12);
    layout->addWidget(splitter);

    m_reload.setSingleShot(true);
    m_reload.setInterval(kReloadEveryMs);
    connect(&m_reload, &QTimer::timeout, this, &BrowseView::reloadKeepingSelection);
    connect(&m_services, &Services::replicaChanged, this, [this] {
        if (m_model->store() != m_services.replica())
            bindStore(); // another replica (Settings switched registries): at once
        else if (!m_reload.isActive())
            m_reload.start();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { m_details->showModule(m_model->keyAt(current.row())); });
    connect(m_details, &ModuleDetailsPane::publishNewVersion, this, &BrowseView::publishNewVersion);
    bindStore();
}

void BrowseView::bindStore()
{
    m_model->setStore(m_services.replica());
    updateSummary();
}

void BrowseView::reloadKeepingSelection()
{
    QElapsedTimer took;
    took.start();
    const QByteArray selected = m_details->key();
    m_model->reload();
    if (!selected.isEmpty()) {
        const int row = m_model->rowOfKey(selected);
        if (row >= 0) {
            const QSignalBlocker block(m_table->selectionModel());
            m_table->selectRow(row);
        }
    }
    updateSummary();
    // While a sync changes the replica, reload at most once a second, and spend at most a tenth of
    // the GUI thread on it: reading the order of 1M rows takes ~200 ms.
    m_reload.setInterval(static_cast<int>(std::max<qint64>(kReloadEveryMs, 10 * took.elapsed())));
}

void BrowseView::updateSummary()
{
    const ReplicaReader* store = m_services.replica();
    if (!store) {
        m_summary->setText(
            m_services.replicaProblem().isEmpty()
                ? tr("No registry is set up yet: choose the devnet or your own nodes in Settings.")
                : m_services.replicaProblem());
        return;
    }
    const ReplicaReader::Counts c = store->counts();
    const qint64 total = c.verified + c.invalid + c.pending;
    if (total == 0) {
        m_summary->setText(
            tr("The local replica is empty. It fills as Modreg syncs the registry (see the status "
               "bar)."));
        return;
    }
    const QLocale locale;
    m_summary->setText(tr("%1 modules: %2 verified, %3 invalid, %4 not fetched yet. From the local replica: "
                          "works offline.")
                           .arg(locale.toString(total), locale.toString(c.verified),
                                locale.toString(c.invalid), locale.toString(c.pending)));
    m_summary->setToolTip(tr("The table holds %1 in memory for %2 rows.")
                              .arg(locale.formattedDataSize(m_model->memoryBytes()), locale.toString(total)));
}

void BrowseView::selectModule(const QByteArray& key)
{
    int row = m_model->rowOfKey(key);
    if (row < 0) { // not in the table yet (a search can be ahead of the throttled reload)
        m_model->reload();
        row = m_model->rowOfKey(key);
    }
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    }
    m_details->showModule(key);
}

} // namespace modreg::ui
