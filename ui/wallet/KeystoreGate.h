#pragma once

#include "crypto/SecureBytes.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace modreg::ui {

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

    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
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
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_repeatLabel;
    QLabel* m_error;
    QPushButton* m_go;
};

} // namespace modreg::ui
