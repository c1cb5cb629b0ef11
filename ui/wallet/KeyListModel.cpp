#include "wallet/KeyListModel.h"

#include "keys/KeyIdentity.h"
#include "keys/Keystore.h"

#include <QLocale>

namespace modreg::ui {

KeyListModel::KeyListModel(Keystore& keystore, QObject* parent)
    : QAbstractTableModel(parent)
    , m_keystore(keystore)
{
    connect(&m_keystore, &Keystore::keysChanged, this, &KeyListModel::reload);
    reload();
}

void KeyListModel::reload()
{
    beginResetModel();
    m_keys = m_keystore.keys();
    endResetModel();
}

void KeyListModel::setSs58Prefix(quint16 prefix)
{
    beginResetModel();
    m_ss58Prefix = prefix;
    endResetModel();
}

int KeyListModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i].id == id)
            return i;
    }
    return -1;
}

int KeyListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_keys.size());
}

int KeyListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_keys.size())
        return {};
    const KeyInfo& k = m_keys[index.row()];
    if (role == KeyIdRole)
        return k.id;
    // Identity forms cost a Keccak or base58 pass each, and views ask data() for many roles per
    // paint: compute them only for the two places that show them.
    if (role == Qt::ToolTipRole) {
        QStringList lines;
        for (const KeyIdentity::Entry& e : KeyIdentity::of(k.type, k.publicKey, m_ss58Prefix))
            lines << e.name + QStringLiteral(": ") + e.text;
        return lines.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Label:
        return k.label;
    case Type:
        return k.type == KeyType::Ed25519 ? tr("ed25519") : tr("secp256k1");
    case Identity:
        return KeyIdentity::of(k.type, k.publicKey, m_ss58Prefix).first().text;
    case Created:
        return QLocale().toString(k.created.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant KeyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Label:
        return tr("Name");
    case Type:
        return tr("Type");
    case Identity:
        return tr("Registry identity");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}

} // namespace modreg::ui
