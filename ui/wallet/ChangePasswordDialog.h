#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace modreg {
class Keystore;
}

namespace modreg::ui {

// The keystore is re-encrypted under the new password in one atomic write.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(Keystore& keystore, QWidget* parent = nullptr);

    QLineEdit* currentEdit() const { return m_current; }
    QLineEdit* newEdit() const { return m_new; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* changeButton() const { return m_change; }

private:
    void change();

    Keystore& m_keystore;
    QLineEdit* m_current;
    QLineEdit* m_new;
    QLineEdit* m_repeat;
    QLabel* m_error;
    QPushButton* m_change;
};

} // namespace modreg::ui
