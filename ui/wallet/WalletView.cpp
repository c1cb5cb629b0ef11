#include "wallet/WalletView.h"

#include "keys/Keystore.h"
#include "shell/Labels.h"
#include "wallet/ChangePasswordDialog.h"
#include "wallet/ExportKeyDialog.h"
#include "wallet/ImportKeyDialog.h"
#include "wallet/KeyDetailsPane.h"
#include "wallet/KeyListModel.h"
#include "wallet/KeystoreGate.h"
#include "wallet/NewKeyWizard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace modreg::ui {

WalletView::WalletView(Keystore& keystore, QWidget* parent)
    : QWidget(parent)
    , m_keystore(keystore)
    , m_model(new KeyListModel(keystore, this))
    , m_pages(new QStackedWidget)
    , m_gate(new KeystoreGate)
    , m_table(new QTableView)
    , m_details(new KeyDetailsPane)
    , m_message(new QLabel)
    , m_new(new QPushButton(tr("&New key…")))
    , m_import(new QPushButton(tr("&Import…")))
    , m_export(new QPushButton(tr("E&xport…")))
    , m_rename(new QPushButton(tr("Re&name…")))
    , m_delete(new QPushButton(tr("&Delete…")))
    , m_lock(new QPushButton(tr("&Lock")))
    , m_changePassword(new QPushButton(tr("Change &password…")))
{
    QLabel* heading = makeHeading(tr("Wallet"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(KeyListModel::Identity, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(KeyListModel::Label, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(KeyListModel::Created, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("walletMessage"));

    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_new, m_import, m_export, m_rename, m_delete})
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_changePassword);
    actions->addWidget(m_lock);

    auto* keysPage = new QWidget;
    auto* keysLayout = new QVBoxLayout(keysPage);
    keysLayout->setContentsMargins(24, 24, 24, 12);
    keysLayout->addWidget(heading);
    keysLayout->addLayout(actions);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    keysLayout->addWidget(split, 1);
    keysLayout->addWidget(m_message);

    m_pages->addWidget(m_gate);
    m_pages->addWidget(keysPage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_gate, &KeystoreGate::passwordEntered, this, &WalletView::onPassword);
    connect(&m_keystore, &Keystore::lockedChanged, this, &WalletView::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WalletView::onSelectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WalletView::onSelectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, &WalletView::renameKey);
    connect(m_new, &QPushButton::clicked, this, &WalletView::newKey);
    connect(m_import, &QPushButton::clicked, this, &WalletView::importKey);
    connect(m_export, &QPushButton::clicked, this, &WalletView::exportKey);
    connect(m_rename, &QPushButton::clicked, this, &WalletView::renameKey);
    connect(m_delete, &QPushButton::clicked, this, &WalletView::deleteKey);
    connect(m_lock, &QPushButton::clicked, &m_keystore, &Keystore::lock);
    connect(m_changePassword, &QPushButton::clicked, this, &WalletView::changePassword);
    refresh();
}

void WalletView::refresh()
{
    if (m_keystore.isUnlocked()) {
        m_pages->setCurrentIndex(1);
        onSelectionChanged();
        return;
    }
    m_gate->setMode(m_keystore.exists() ? KeystoreGate::Mode::Unlock : KeystoreGate::Mode::Create,
                    m_keystore.path());
    m_pages->setCurrentIndex(0);
    m_message->clear();
}

void WalletView::onPassword(const SecureBytes& password)
{
    const Status done = m_keystore.exists() ? m_keystore.unlock(password) : m_keystore.create(password);
    if (!done)
        m_gate->showError(done.error());
}

QString WalletView::selectedKeyId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(KeyListModel::KeyIdRole).toString();
}

void WalletView::selectKey(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

void WalletView::setSs58Prefix(quint16 prefix)
{
    const QString selected = selectedKeyId();
    m_details->setSs58Prefix(prefix);
    m_model->setSs58Prefix(prefix);
    selectKey(selected);
    onSelectionChanged();
}

void WalletView::onSelectionChanged()
{
    const std::optional<KeyInfo> key = m_keystore.key(selectedKeyId());
    m_details->showKey(key ? &*key : nullptr);
    for (QPushButton* b : {m_export, m_rename, m_delete})
        b->setEnabled(key.has_value());
}

void WalletView::say(const QString& message)
{
    m_message->setText(message);
}

void WalletView::newKey()
{
    NewKeyWizard wizard(this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    std::optional<NewKey> key = wizard.takeKey();
    if (!key) {
        say(wizard.problem());
        return;
    }
    Result<KeyInfo> added = m_keystore.add(key->info, std::move(key->secret));
    if (!added) {
        say(added.error());
        return;
    }
    selectKey(added->id);
    say(tr("Created \"%1\".").arg(added->label));
}

void WalletView::importKey()
{
    ImportKeyDialog dialog(m_keystore, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    selectKey(dialog.importedKeyId());
    say(tr("Imported \"%1\".").arg(m_keystore.key(dialog.importedKeyId())->label));
}

void WalletView::exportKey()
{
    const std::optional<KeyInfo> key = m_keystore.key(selectedKeyId());
    if (!key)
        return;
    ExportKeyDialog dialog(m_keystore, *key, this);
    if (dialog.exec() == QDialog::Accepted)
        say(tr("Exported \"%1\".").arg(key->label));
}

void WalletView::renameKey()
{
    const std::optional<KeyInfo> key = m_keystore.key(selectedKeyId());
    if (!key)
        return;
    bool ok = false;
    const QString label =
        QInputDialog::getText(this, tr("Rename key"), tr("New name for \"%1\":").arg(key->label),
                              QLineEdit::Normal, key->label, &ok);
    if (!ok)
        return;
    const Status renamed = m_keystore.rename(key->id, label);
    say(renamed ? tr("Renamed to \"%1\".").arg(label.trimmed()) : renamed.error());
    selectKey(key->id);
}

void WalletView::deleteKey()
{
    const std::optional<KeyInfo> key = m_keystore.key(selectedKeyId());
    if (!key)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Delete key"),
                    tr("Delete \"%1\" from the keystore?").arg(key->label), QMessageBox::Cancel, this);
    box.setInformativeText(key->hasMnemonic
                               ? tr("You can bring it back only with its recovery phrase.")
                               : tr("It has no recovery phrase: unless you exported it, it is gone for good, "
                                    "and so is control over the modules it registered."));
    QPushButton* remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    const Status removed = m_keystore.remove(key->id);
    say(removed ? tr("Deleted \"%1\".").arg(key->label) : removed.error());
}

void WalletView::changePassword()
{
    ChangePasswordDialog dialog(m_keystore, this);
    if (dialog.exec() == QDialog::Accepted)
        say(tr("The keystore password was changed."));
}

} // namespace modreg::ui
