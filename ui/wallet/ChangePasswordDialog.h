#pragma once

#include <QDialog>

class QLabel;

class QPushButton;

namespace modreg {
class Keystore;
}

namespace modreg::ui {

class PasswordEdit;

// The keystore is re-encrypted under the new password in one atomic write.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(Keystore& keystore, QWidget* parent = nullptr);

    PasswordEdit* currentEdit() const { return m_current; }
    PasswordEdit* newEdit() const { return m_new; }
    PasswordEdit* repeatEdit() const { return m_repeat; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* changeButton() const { return m_change; }

private:
    void change();

    Keystore& m_keystore;
    PasswordEdit* m_current;
    PasswordEdit* m_new;
    PasswordEdit* m_repeat;
    QLabel* m_error;
    QPushButton* m_change;
};

} // namespace modreg::ui
