#pragma once

#include "keys/KeyEntry.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace modreg {
class Keystore;
}

namespace modreg::ui {

class PasswordEdit;

// Exporting one key to a file another wallet reads. Encrypted formats ask for a password twice;
// unencrypted ones say plainly what that means.
class ExportKeyDialog : public QDialog
{
    Q_OBJECT
public:
    ExportKeyDialog(Keystore& keystore, const KeyInfo& key, QWidget* parent = nullptr);

    QComboBox* formatBox() const { return m_format; }
    PasswordEdit* passwordEdit() const { return m_password; }
    PasswordEdit* repeatEdit() const { return m_repeat; }
    QLineEdit* fileEdit() const { return m_file; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* exportButton() const { return m_export; }

private:
    void onFormatChanged();
    void browse();
    void save();

    Keystore& m_keystore;
    KeyInfo m_key;
    QComboBox* m_format;
    PasswordEdit* m_password;
    PasswordEdit* m_repeat;
    QLineEdit* m_file;
    QLabel* m_warning;
    QLabel* m_error;
    QPushButton* m_export;
};

} // namespace modreg::ui
