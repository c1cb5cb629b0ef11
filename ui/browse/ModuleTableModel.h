#pragma once

#include "store/ReplicaReader.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>
#include <list>

namespace modreg::ui {

// Every module of the replica as a table, for a million rows: the model holds only the row ids in
// the chosen order (8 bytes a row, read through an index) and fetches the rows a view shows, a
// page at a time, keeping the most recent pages. Sorting asks the store for another order.
class ModuleTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        // The columns a person scans first come first, so they show beside the details pane.
        Name,
        Version,
        Author,
        Updated,
        State,
        Key,
        ColumnCount
    };
    static constexpr int kKeyRole = Qt::UserRole + 1; // the registry key bytes

    explicit ModuleTableModel(QObject* parent = nullptr);

    // nullptr: no replica (an empty table).
    void setStore(const ReplicaReader* store);
    const ReplicaReader* store() const { return m_store; }
    // The replica changed: read the order again (rows keep their place where they can).
    void reload();

    QByteArray keyAt(int row) const;
    int rowOfKey(const QByteArray& key) const; // -1 if it is not there
    // How much memory the model holds (ids and cached pages), for the Browse view's footnote.
    qint64 memoryBytes() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Name, Author and Updated: the orders the store keeps an index for. Another column leaves the
    // order as it is (isSortable() says which).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column) { return column == Name || column == Author || column == Updated; }
    int sortColumn() const;
    Qt::SortOrder sortOrder() const { return m_descending ? Qt::DescendingOrder : Qt::AscendingOrder; }

    // What the Metadata column shows: a mark and StoredModule::stateText().
    static QString stateLabel(StoredModule::State state);

private:
    static constexpr int kPageRows = 200;
    static constexpr int kCachedPages = 40;
    const ReplicaReader::Row* rowAt(int row) const;

    const ReplicaReader* m_store = nullptr;
    ReplicaReader::Order m_order = ReplicaReader::Order::Name;
    bool m_descending = false;
    QVector<qint64> m_ids;
    // page number → its rows in view order; `m_recent` has the page numbers, most recent first.
    mutable QHash<int, QVector<ReplicaReader::Row>> m_pages;
    mutable std::list<int> m_recent;
};

} // namespace modreg::ui
