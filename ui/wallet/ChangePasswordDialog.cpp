#include "wallet/ChangePasswordDialog.h"

#include "keys/Keystore.h"
#include "shell/Labels.h"
#include "shell/PasswordEdit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace modreg::ui {

ChangePasswordDialog::ChangePasswordDialog(Keystore& keystore, QWidget* parent)
    : QDialog(parent)
    , m_keystore(keystore)
    , m_current(new PasswordEdit)
    , m_new(new PasswordEdit)
    , m_repeat(new PasswordEdit)
    , m_error(makeErrorLabel(QStringLiteral("changeError")))
    , m_change(new QPushButton(tr("&Change password")))
{
    setWindowTitle(tr("Change the keystore password"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat new password:"), m_repeat);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_change, QDialogButtonBox::AcceptRole);
    m_change->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    connect(m_change, &QPushButton::clicked, this, &ChangePasswordDialog::change);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ChangePasswordDialog::change()
{
    if (m_new->isEmpty()) {
        m_error->setText(tr("Choose a new password."));
        return;
    }
    if (!m_new->sameSecret(*m_repeat)) {
        m_error->setText(tr("The two new passwords differ."));
        return;
    }
    const Status changed = m_keystore.changePassword(m_current->secret(), m_new->secret());
    m_current->clearSecret();
    if (!changed) {
        m_error->setText(changed.error());
        return;
    }
    m_new->clearSecret();
    m_repeat->clearSecret();
    accept();
}

} // namespace modreg::ui
