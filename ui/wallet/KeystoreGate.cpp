#include "wallet/KeystoreGate.h"

#include "shell/Labels.h"
#include "shell/PasswordEdit.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace modreg::ui {

KeystoreGate::KeystoreGate(QWidget* parent)
    : QWidget(parent)
    , m_heading(makeHeading())
    , m_text(new QLabel)
    , m_password(new PasswordEdit)
    , m_repeat(new PasswordEdit)
    , m_repeatLabel(new QLabel(tr("&Repeat:")))
    , m_error(makeErrorLabel(QStringLiteral("gateError")))
    , m_go(new QPushButton)
{
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    for (PasswordEdit* e : {m_password, m_repeat}) {
        e->setMaximumWidth(360);
        connect(e, &PasswordEdit::secretChanged, this, &KeystoreGate::onEdited);
        connect(e, &QLineEdit::returnPressed, this, &KeystoreGate::submit);
    }
    m_repeatLabel->setBuddy(m_repeat);
    auto* passwordLabel = new QLabel(tr("&Password:"));
    passwordLabel->setBuddy(m_password);

    auto* form = new QFormLayout;
    form->addRow(passwordLabel, m_password);
    form->addRow(m_repeatLabel, m_repeat);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_heading);
    layout->addSpacing(8);
    layout->addWidget(m_text);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_go, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_go, &QPushButton::clicked, this, &KeystoreGate::submit);
}

void KeystoreGate::setMode(Mode mode, const QString& path)
{
    m_mode = mode;
    const bool create = mode == Mode::Create;
    m_heading->setText(create ? tr("Create your keystore") : tr("Unlock your keystore"));
    m_text->setText(create
                        ? tr("Your keys are kept in one encrypted file, %1. Choose a password to protect it: "
                             "anyone with the file and the password controls your modules, and without the "
                             "password the keys cannot be recovered.")
                              .arg(path)
                        : tr("The keystore %1 is locked. Enter its password to use your keys.").arg(path));
    m_go->setText(create ? tr("&Create keystore") : tr("&Unlock"));
    m_repeat->setVisible(create);
    m_repeatLabel->setVisible(create);
    m_password->clearSecret();
    m_repeat->clearSecret();
    m_error->clear();
    onEdited();
}

void KeystoreGate::showError(const QString& message)
{
    m_error->setText(message);
    m_password->setFocus();
}

void KeystoreGate::onEdited()
{
    const bool create = m_mode == Mode::Create;
    const bool filled = !m_password->isEmpty();
    const bool same = !create || m_password->sameSecret(*m_repeat);
    m_go->setEnabled(filled && same);
    if (create && filled && !m_repeat->isEmpty() && !same)
        m_error->setText(tr("The two passwords differ."));
    else if (create)
        m_error->clear();
}

void KeystoreGate::submit()
{
    if (!m_go->isEnabled())
        return;
    const SecureBytes password = m_password->secret();
    m_password->clearSecret();
    m_repeat->clearSecret();
    emit passwordEntered(password);
}

} // namespace modreg::ui
