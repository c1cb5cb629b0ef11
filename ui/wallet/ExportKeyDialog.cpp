#include "wallet/ExportKeyDialog.h"

#include "keys/KeyExport.h"
#include "keys/Keystore.h"
#include "shell/Labels.h"
#include "shell/PasswordEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace modreg::ui {

ExportKeyDialog::ExportKeyDialog(Keystore& keystore, const KeyInfo& key, QWidget* parent)
    : QDialog(parent)
    , m_keystore(keystore)
    , m_key(key)
    , m_format(new QComboBox)
    , m_password(new PasswordEdit)
    , m_repeat(new PasswordEdit)
    , m_file(new QLineEdit)
    , m_warning(new QLabel)
    , m_error(makeErrorLabel(QStringLiteral("exportError")))
    , m_export(new QPushButton(tr("&Export")))
{
    setWindowTitle(tr("Export \"%1\"").arg(key.label));
    for (KeyExport::Format f : KeyExport::formatsFor(key))
        m_format->addItem(KeyExport::displayName(f), static_cast<int>(f));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color:#8a5300;"));

    auto* fileRow = new QWidget;
    auto* h = new QHBoxLayout(fileRow);
    h->setContentsMargins(0, 0, 0, 0);
    auto* browseButton = new QPushButton(tr("&Browse…"));
    h->addWidget(m_file, 1);
    h->addWidget(browseButton);

    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("File &password:"), m_password);
    form->addRow(tr("&Repeat:"), m_repeat);
    form->addRow(tr("Save &to:"), fileRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportKeyDialog::onFormatChanged);
    connect(browseButton, &QPushButton::clicked, this, &ExportKeyDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &ExportKeyDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    onFormatChanged();
}

void ExportKeyDialog::onFormatChanged()
{
    const auto f = static_cast<KeyExport::Format>(m_format->currentData().toInt());
    const bool encrypted = KeyExport::isEncrypted(f);
    m_password->setEnabled(encrypted);
    m_repeat->setEnabled(encrypted);
    m_warning->setText(encrypted
                           ? tr("The file is encrypted with the password you choose here; keep both safe.")
                           : tr("This file is not encrypted: anyone who reads it controls this key. Store it "
                                "offline and delete it when you no longer need it."));
    m_error->clear();
}

void ExportKeyDialog::browse()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export to"), m_key.label + QStringLiteral(".json"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void ExportKeyDialog::save()
{
    const auto f = static_cast<KeyExport::Format>(m_format->currentData().toInt());
    if (m_file->text().trimmed().isEmpty()) {
        m_error->setText(tr("Choose where to save the file."));
        return;
    }
    if (KeyExport::isEncrypted(f) && !m_password->sameSecret(*m_repeat)) {
        m_error->setText(tr("The two passwords differ."));
        return;
    }
    const SecureBytes password = m_password->secret();
    Result<QByteArray> bytes = KeyExport::write(m_keystore, m_key.id, f, password);
    if (!bytes) {
        m_error->setText(bytes.error());
        return;
    }
    if (Status saved = KeyExport::save(m_file->text().trimmed(), bytes.value(), true); !saved) {
        m_error->setText(saved.error());
        return;
    }
    m_password->clearSecret();
    m_repeat->clearSecret();
    accept();
}

} // namespace modreg::ui
