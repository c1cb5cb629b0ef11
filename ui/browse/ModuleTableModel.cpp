#include "browse/ModuleTableModel.h"

#include "keys/KeyIdentity.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace modreg::ui {

ModuleTableModel::ModuleTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ModuleTableModel::setStore(const ReplicaReader* store)
{
    m_store = store;
    reload();
}

void ModuleTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    m_ids = m_store ? m_store->orderedIds(m_order, m_descending) : QVector<qint64>();
    endResetModel();
}

int ModuleTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int ModuleTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ReplicaReader::Row* ModuleTableModel::rowAt(int row) const
{
    if (!m_store || row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / kPageRows;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        const int first = page * kPageRows;
        const QVector<qint64> ids = m_ids.mid(first, kPageRows);
        QHash<qint64, ReplicaReader::Row> byId;
        for (ReplicaReader::Row& r : m_store->rows(ids))
            byId.insert(r.id, std::move(r));
        QVector<ReplicaReader::Row> rows;
        rows.reserve(ids.size());
        for (qint64 id : ids)
            rows.append(
                byId.value(id, ReplicaReader::Row{id, {}, {}, {}, {}, 0, StoredModule::State::Pending}));
        it = m_pages.insert(page, std::move(rows));
        m_recent.push_front(page);
        if (m_recent.size() > kCachedPages) {
            m_pages.remove(m_recent.back());
            m_recent.pop_back();
            it = m_pages.find(page); // removing from a QHash may move the other entries
        }
    } else if (m_recent.front() != page) {
        m_recent.remove(page);
        m_recent.push_front(page);
    }
    const QVector<ReplicaReader::Row>& rows = *it;
    const int offset = row - page * kPageRows;
    return offset < rows.size() ? &rows[offset] : nullptr;
}

QVariant ModuleTableModel::data(const QModelIndex& index, int role) const
{
    const ReplicaReader::Row* r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    if (role == kKeyRole)
        return r->key;
    const bool noMetadata = r->state != StoredModule::State::Verified;
    if (role == Qt::ForegroundRole && noMetadata && index.column() != State)
        return QGuiApplication::palette().color(QPalette::PlaceholderText);
    if (role == Qt::FontRole && index.column() == Key) {
        QFont mono(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::Monospace);
        return mono;
    }
    if (role == Qt::ToolTipRole && index.column() == Key)
        return KeyIdentity::registryKeyText(r->key);
    if (role == Qt::ToolTipRole && index.column() == State)
        return StoredModule::stateText(r->state);
    if (role == Qt::TextAlignmentRole && index.column() == Updated)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return noMetadata && r->name.isEmpty() ? tr("(no verified metadata)") : r->name;
    case Version:
        return r->version;
    case Author:
        return r->author;
    case Key: {
        const QString text = KeyIdentity::registryKeyText(r->key);
        return text.size() > 16 ? text.left(8) + QStringLiteral("…") + text.right(6) : text;
    }
    case State:
        return stateLabel(r->state);
    case Updated:
        return QString::number(r->block);
    }
    return {};
}

QVariant ModuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Updated)
        return tr("The block of the module's last change");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Version:
        return tr("Version");
    case Author:
        return tr("Author");
    case Key:
        return tr("Key");
    case State:
        return tr("Metadata");
    case Updated:
        return tr("Updated");
    }
    return {};
}

void ModuleTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    const ReplicaReader::Order next = column == Author    ? ReplicaReader::Order::Author
                                    : column == Updated ? ReplicaReader::Order::Updated
                                                        : ReplicaReader::Order::Name;
    m_order = next;
    m_descending = order == Qt::DescendingOrder;
    reload();
}

int ModuleTableModel::sortColumn() const
{
    switch (m_order) {
    case ReplicaReader::Order::Author:
        return Author;
    case ReplicaReader::Order::Updated:
        return Updated;
    case ReplicaReader::Order::Name:
        break;
    }
    return Name;
}

QByteArray ModuleTableModel::keyAt(int row) const
{
    const ReplicaReader::Row* r = rowAt(row);
    return r ? r->key : QByteArray();
}

int ModuleTableModel::rowOfKey(const QByteArray& key) const
{
    if (!m_store)
        return -1;
    // The id of the key, then its place: a linear pass over the ids (a million take about a ms).
    const std::optional<qint64> id = m_store->idOf(key);
    if (!id)
        return -1;
    const qsizetype at = m_ids.indexOf(*id);
    return at < 0 ? -1 : static_cast<int>(at);
}

qint64 ModuleTableModel::memoryBytes() const
{
    qint64 bytes = m_ids.capacity() * static_cast<qint64>(sizeof(qint64));
    for (const QVector<ReplicaReader::Row>& page : m_pages)
        bytes += page.size() * static_cast<qint64>(sizeof(ReplicaReader::Row) + 120); // + text, roughly
    return bytes;
}

QString ModuleTableModel::stateLabel(StoredModule::State state)
{
    const QString mark = state == StoredModule::State::Verified  ? QStringLiteral("✔")
                         : state == StoredModule::State::Invalid ? QStringLiteral("✘")
                                                                 : QStringLiteral("…");
    return mark + QLatin1Char(' ') + StoredModule::stateText(state);
}

} // namespace modreg::ui
