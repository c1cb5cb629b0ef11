#pragma once

#include "keys/KeyEntry.h"

#include <QAbstractTableModel>

namespace modreg {
class Keystore;
}

namespace modreg::ui {

// The keys of the unlocked keystore, one row each: name, type, registry identity, created.
class KeyListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Label,
        Type,
        Identity,
        Created,
        ColumnCount
    };
    static constexpr int KeyIdRole = Qt::UserRole + 1;

    explicit KeyListModel(Keystore& keystore, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    KeyInfo keyAt(int row) const { return m_keys.value(row); }
    void setSs58Prefix(quint16 prefix);
    int rowOf(const QString& id) const;

private:
    void reload();

    Keystore& m_keystore;
    QList<KeyInfo> m_keys;
    quint16 m_ss58Prefix = 42;
};

} // namespace modreg::ui
