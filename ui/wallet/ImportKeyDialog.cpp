#include "wallet/ImportKeyDialog.h"

#include "keys/KeyImport.h"
#include "keys/Keystore.h"
#include "shell/Labels.h"
#include "shell/PasswordEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace modreg::ui {

namespace {
QWidget* row(QWidget* field, const QString& label)
{
    auto* w = new QWidget;
    auto* form = new QFormLayout(w);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(label, field);
    return w;
}
} // namespace

ImportKeyDialog::ImportKeyDialog(Keystore& keystore, QWidget* parent)
    : QDialog(parent)
    , m_keystore(keystore)
    , m_source(new QComboBox)
    , m_label(new QLineEdit)
    , m_inputs(new QStackedWidget)
    , m_text(new QPlainTextEdit)
    , m_type(new QComboBox)
    , m_scheme(new QComboBox)
    , m_path(new QLineEdit)
    , m_file(new QLineEdit)
    , m_filePassword(new PasswordEdit)
    , m_error(makeErrorLabel(QStringLiteral("importError")))
    , m_import(new QPushButton(tr("&Import")))
{
    setWindowTitle(tr("Import a key"));
    for (KeyImport::Kind k : KeyImport::kinds())
        m_source->addItem(KeyImport::displayName(k), static_cast<int>(k));
    m_label->setPlaceholderText(tr("Leave empty to use the file's own name"));
    m_type->addItem(tr("ed25519 (Substrate, Solana)"), static_cast<int>(KeyType::Ed25519));
    m_type->addItem(tr("secp256k1 (Ethereum)"), static_cast<int>(KeyType::Secp256k1));
    m_scheme->addItem(tr("Substrate / Polkadot (ed25519)"), static_cast<int>(KeyOrigin::SubstrateEd25519));
    m_scheme->addItem(tr("Solana (ed25519)"), static_cast<int>(KeyOrigin::Slip10Ed25519));
    m_scheme->addItem(tr("Ethereum (secp256k1)"), static_cast<int>(KeyOrigin::Bip44Secp256k1));
    m_path->setPlaceholderText(tr("Leave empty for the first account"));
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);

    auto* fileRow = new QWidget;
    auto* fileLayout = new QHBoxLayout(fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    auto* browseButton = new QPushButton(tr("&Browse…"));
    fileLayout->addWidget(m_file, 1);
    fileLayout->addWidget(browseButton);
    m_inputs->addWidget(row(m_text, tr("&Words or key:")));
    m_inputs->addWidget(row(fileRow, tr("&File:")));
    m_typeRow = row(m_type, tr("Key &type:"));
    auto* schemeWidget = new QWidget;
    auto* schemeForm = new QFormLayout(schemeWidget);
    schemeForm->setContentsMargins(0, 0, 0, 0);
    schemeForm->addRow(tr("&Wallet kind:"), m_scheme);
    schemeForm->addRow(tr("Derivation &path:"), m_path);
    m_schemeRow = schemeWidget;
    m_passwordRow = row(m_filePassword, tr("File &password:"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);

    auto* top = new QFormLayout;
    top->addRow(tr("&Import from:"), m_source);
    top->addRow(tr("&Name:"), m_label);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_inputs);
    layout->addWidget(m_typeRow);
    layout->addWidget(m_schemeRow);
    layout->addWidget(m_passwordRow);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(m_source, &QComboBox::currentIndexChanged, this, &ImportKeyDialog::onSourceChanged);
    connect(browseButton, &QPushButton::clicked, this, &ImportKeyDialog::browse);
    connect(m_import, &QPushButton::clicked, this, &ImportKeyDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    onSourceChanged();
}

void ImportKeyDialog::onSourceChanged()
{
    const auto kind = static_cast<KeyImport::Kind>(m_source->currentData().toInt());
    const bool typed = kind == KeyImport::Kind::Mnemonic || kind == KeyImport::Kind::Hex;
    m_inputs->setCurrentIndex(typed ? 0 : 1);
    // A stacked widget is as tall as its tallest page; let the hidden page take no room.
    for (int i = 0; i < m_inputs->count(); ++i)
        m_inputs->widget(i)->setSizePolicy(QSizePolicy::Preferred, i == m_inputs->currentIndex()
                                                                       ? QSizePolicy::Preferred
                                                                       : QSizePolicy::Ignored);
    m_inputs->adjustSize();
    m_typeRow->setVisible(kind == KeyImport::Kind::Hex);
    m_schemeRow->setVisible(kind == KeyImport::Kind::Mnemonic);
    m_passwordRow->setVisible(KeyImport::needsFilePassword(kind));
    m_text->setPlaceholderText(kind == KeyImport::Kind::Mnemonic
                                   ? tr("The 12 or 24 words, separated by spaces")
                                   : tr("64 hexadecimal digits"));
    m_error->clear();
}

void ImportKeyDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Key file"), QString(),
                                                      tr("Key files (*.json);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void ImportKeyDialog::import()
{
    KeyImport::Request request;
    request.kind = static_cast<KeyImport::Kind>(m_source->currentData().toInt());
    request.label = m_label->text().trimmed();
    if (m_inputs->currentIndex() == 0) {
        request.content = m_text->toPlainText().trimmed().toUtf8();
        if (request.content.isEmpty()) {
            m_error->setText(tr("Type or paste the words or the key first."));
            return;
        }
    } else {
        QFile file(m_file->text());
        if (m_file->text().isEmpty() || !file.open(QIODevice::ReadOnly)) {
            m_error->setText(m_file->text().isEmpty()
                                 ? tr("Choose the key file first.")
                                 : tr("Could not read %1: %2").arg(m_file->text(), file.errorString()));
            return;
        }
        request.content = file.read(KeyImport::kMaxContentBytes + 1); // one byte more says "too large"
    }
    request.type = static_cast<KeyType>(m_type->currentData().toInt());
    request.scheme = static_cast<KeyOrigin>(m_scheme->currentData().toInt());
    request.path = m_path->text().trimmed();
    request.filePassword = m_filePassword->secret();

    Result<NewKey> key = KeyImport::read(request);
    if (!key) {
        m_error->setText(key.error());
        return;
    }
    Result<KeyInfo> added = m_keystore.add(key->info, std::move(key).value().secret);
    if (!added) {
        m_error->setText(added.error());
        return;
    }
    m_importedId = added->id;
    m_text->clear();
    m_filePassword->clearSecret();
    accept();
}

} // namespace modreg::ui
