#pragma once

#include "crypto/SecureBytes.h"

#include <QWidget>

class QLabel;

class QPushButton;

namespace modreg::ui {

class PasswordEdit;

// What the Wallet shows before it can show keys: a form to create the keystore, or to unlock it.
class KeystoreGate : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        Create,
        Unlock
    };

    explicit KeystoreGate(QWidget* parent = nullptr);

    void setMode(Mode mode, const QString& path);
    Mode mode() const { return m_mode; }
    void showError(const QString& message);

    PasswordEdit* passwordEdit() const { return m_password; }
    PasswordEdit* repeatEdit() const { return m_repeat; }
    QPushButton* goButton() const { return m_go; }

signals:
    // The password, in guarded memory; the fields are cleared before this is emitted.
    void passwordEntered(const modreg::SecureBytes& password);

private:
    void submit();
    void onEdited();

    Mode m_mode = Mode::Unlock;
    QLabel* m_heading;
    QLabel* m_text;
    PasswordEdit* m_password;
    PasswordEdit* m_repeat;
    QLabel* m_repeatLabel;
    QLabel* m_error;
    QPushButton* m_go;
};

} // namespace modreg::ui
