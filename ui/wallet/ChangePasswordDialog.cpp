#include "wallet/ChangePasswordDialog.h"

#include "keys/Keystore.h"
#include "shell/Labels.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace modreg::ui {

ChangePasswordDialog::ChangePasswordDialog(Keystore& keystore, QWidget* parent)
    : QDialog(parent)
    , m_keystore(keystore)
    , m_current(new QLineEdit)
    , m_new(new QLineEdit)
    , m_repeat(new QLineEdit)
    , m_error(makeErrorLabel(QStringLiteral("changeError")))
    , m_change(new QPushButton(tr("&Change password")))
{
    setWindowTitle(tr("Change the keystore password"));
    for (QLineEdit* e : {m_current, m_new, m_repeat})
        e->setEchoMode(QLineEdit::Password);
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
    if (m_new->text().isEmpty()) {
        m_error->setText(tr("Choose a new password."));
        return;
    }
    if (m_new->text() != m_repeat->text()) {
        m_error->setText(tr("The two new passwords differ."));
        return;
    }
    const Status changed = m_keystore.changePassword(SecureBytes::fromQByteArray(m_current->text().toUtf8()),
                                                     SecureBytes::fromQByteArray(m_new->text().toUtf8()));
    m_current->clear();
    if (!changed) {
        m_error->setText(changed.error());
        return;
    }
    m_new->clear();
    m_repeat->clear();
    accept();
}

} // namespace modreg::ui
