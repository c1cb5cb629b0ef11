#pragma once

#include "crypto/SecureBytes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace modreg {
class Keystore;
}

namespace modreg::ui {

class KeystoreGate;
class KeyDetailsPane;
class KeyListModel;

// The Wallet: create or unlock the keystore, then list its keys with their registry identities,
// and create, import, export, rename, delete keys, lock, and change the password.
class WalletView : public QWidget
{
    Q_OBJECT
public:
    explicit WalletView(Keystore& keystore, QWidget* parent = nullptr);

    KeystoreGate* gate() const { return m_gate; }
    QTableView* table() const { return m_table; }
    KeyDetailsPane* details() const { return m_details; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* renameButton() const { return m_rename; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* lockButton() const { return m_lock; }
    QPushButton* changePasswordButton() const { return m_changePassword; }
    QString selectedKeyId() const;
    void selectKey(const QString& id);
    // Shows ed25519 keys' SS58 addresses for this network.
    void setSs58Prefix(quint16 prefix);

public slots:
    void newKey();
    void importKey();
    void exportKey();
    void renameKey();
    void deleteKey();
    void changePassword();

private:
    void refresh();
    void onPassword(const SecureBytes& password);
    void onSelectionChanged();
    void say(const QString& message);

    Keystore& m_keystore;
    KeyListModel* m_model;
    QStackedWidget* m_pages;
    KeystoreGate* m_gate;
    QTableView* m_table;
    KeyDetailsPane* m_details;
    QLabel* m_message;
    QPushButton* m_new;
    QPushButton* m_import;
    QPushButton* m_export;
    QPushButton* m_rename;
    QPushButton* m_delete;
    QPushButton* m_lock;
    QPushButton* m_changePassword;
};

} // namespace modreg::ui
