#include "browse/ModuleDetailsPane.h"

#include "crypto/HexText.h"
#include "ipfs/IpfsPath.h"
#include "ipfs/VerifiedFetcher.h"
#include "keys/KeyIdentity.h"
#include "keys/Keystore.h"
#include "registry/Publisher.h"
#include "services/Services.h"
#include "shell/CopyableField.h"
#include "shell/Labels.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace modreg::ui {

namespace {
QString keyTypeText(const QByteArray& key)
{
    const std::optional<ModuleKey::Type> type = ModuleKey::typeForLength(key.size());
    if (!type)
        return ModuleDetailsPane::tr("unknown kind of key");
    switch (*type) {
    case ModuleKey::Type::Ed25519:
        return ModuleDetailsPane::tr("ed25519 (Substrate, Solana)");
    case ModuleKey::Type::EthereumAddress:
        return ModuleDetailsPane::tr("Ethereum address (secp256k1)");
    case ModuleKey::Type::Secp256k1:
        return ModuleDetailsPane::tr("secp256k1 public key");
    }
    return {};
}
} // namespace

ModuleDetailsPane::ModuleDetailsPane(Services& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_title(makeHeading())
    , m_form(new QFormLayout)
    , m_keyField(new CopyableField(QStringLiteral("keyField")))
    , m_ownerField(new CopyableField(QStringLiteral("ownerField")))
    , m_metadataCid(new CopyableField(QStringLiteral("metadataCidField")))
    , m_contentCid(new CopyableField(QStringLiteral("contentCidField")))
    , m_history(new QTreeWidget)
    , m_open(new QPushButton(tr("Open in &gateway")))
    , m_fetch(new QPushButton(tr("&Fetch content…")))
    , m_newVersion(new QPushButton(tr("Publish new &version…")))
    , m_transfer(new QPushButton(tr("&Transfer…")))
    , m_remove(new QPushButton(tr("&Remove…")))
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_body(new QWidget)
    , m_empty(new QLabel(tr("Select a module to see everything about it.")))
{
    m_title->setObjectName(QStringLiteral("moduleTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    addRow(tr("State:"), QStringLiteral("state"));
    m_form->addRow(tr("Key:"), m_keyField);
    addRow(tr("Key type:"), QStringLiteral("keyType"));
    m_form->addRow(tr("Owner:"), m_ownerField);
    m_form->addRow(tr("Metadata CID:"), m_metadataCid);
    m_form->addRow(tr("Content CID:"), m_contentCid);
    addRow(tr("Version:"), QStringLiteral("version"));
    addRow(tr("Author:"), QStringLiteral("author"));
    addRow(tr("Description:"), QStringLiteral("description"));
    addRow(tr("Entrypoint:"), QStringLiteral("entrypoint"));
    addRow(tr("Arguments:"), QStringLiteral("args"));
    addRow(tr("Custom:"), QStringLiteral("custom"));
    addRow(tr("Tags:"), QStringLiteral("tags"));
    addRow(tr("License:"), QStringLiteral("license"));
    addRow(tr("Repository:"), QStringLiteral("repository"));
    addRow(tr("Created:"), QStringLiteral("created"));
    addRow(tr("Signature:"), QStringLiteral("signature"));
    addRow(tr("Last change:"), QStringLiteral("block"));

    m_history->setObjectName(QStringLiteral("history"));
    m_history->setHeaderLabels({tr("Block"), tr("Event"), tr("Details"), tr("Transaction")});
    m_history->setRootIsDecorated(false);
    m_history->setMinimumHeight(110);
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    // Two rows, so every action stays in sight in a narrow pane: reading, then changing.
    auto* actions = new QGridLayout;
    actions->addWidget(m_open, 0, 0);
    actions->addWidget(m_fetch, 0, 1);
    actions->addWidget(m_newVersion, 1, 0);
    actions->addWidget(m_transfer, 1, 1);
    actions->addWidget(m_remove, 1, 2);
    actions->setColumnStretch(3, 1);
    m_progress->setVisible(false);
    m_status->setObjectName(QStringLiteral("actionStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_title);
    body->addLayout(m_form);
    body->addWidget(new QLabel(tr("History:")));
    body->addWidget(m_history);
    body->addLayout(actions);
    body->addWidget(m_progress);
    body->addWidget(m_status);
    body->addStretch(1);

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_body);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(scroll, 1);
    m_body->setVisible(false);

    connect(m_open, &QPushButton::clicked, this, &ModuleDetailsPane::openInGateway);
    connect(m_fetch, &QPushButton::clicked, this, &ModuleDetailsPane::askAndFetch);
    connect(m_newVersion, &QPushButton::clicked, this, [this] {
        if (m_module && m_module->metadata)
            emit publishNewVersion(*m_module->metadata);
    });
    connect(m_remove, &QPushButton::clicked, this, &ModuleDetailsPane::askAndRemove);
    connect(m_transfer, &QPushButton::clicked, this, &ModuleDetailsPane::askAndTransfer);
    connect(&m_services, &Services::replicaChanged, this, &ModuleDetailsPane::refresh);
    connect(&m_services, &Services::changed, this, &ModuleDetailsPane::updateActions);
    connect(&m_services.keystore(), &Keystore::lockedChanged, this, &ModuleDetailsPane::updateActions);
}

ModuleDetailsPane::~ModuleDetailsPane() = default;

QLabel* ModuleDetailsPane::addRow(const QString& label, const QString& objectName)
{
    auto* value = new QLabel;
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText); // metadata is anyone's text: never rich text
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    m_form->addRow(label, value);
    m_fields << value;
    return value;
}

QLabel* ModuleDetailsPane::field(const QString& objectName) const
{
    for (QLabel* l : m_fields)
        if (l->objectName() == objectName)
            return l;
    return nullptr;
}

void ModuleDetailsPane::showModule(const QByteArray& key)
{
    if (key != m_key)
        m_status->clear();
    m_key = key;
    refresh();
}

void ModuleDetailsPane::refresh()
{
    const ReplicaReader* store = m_services.replica();
    m_module = store && !m_key.isEmpty() ? store->module(m_key) : std::nullopt;
    m_body->setVisible(m_module.has_value());
    m_empty->setVisible(!m_module);
    if (!m_key.isEmpty() && !m_module && store) // with no replica open, nothing is known either way
        m_empty->setText(tr("This module is no longer in the registry."));
    else
        m_empty->setText(tr("Select a module to see everything about it."));
    if (!m_module)
        return updateActions();
    const StoredModule& m = *m_module;
    const std::optional<ModuleMetadata>& d = m.metadata;
    const auto set = [this](const QString& name, const QString& text) {
        QLabel* l = field(name);
        l->setText(text);
        l->setVisible(true);
        m_form->setRowVisible(l, !text.isEmpty());
    };
    m_title->setText(d ? tr("%1 %2").arg(d->name, d->version) : tr("Module without verified metadata"));
    switch (m.state) {
    case StoredModule::State::Verified:
        set(QStringLiteral("state"),
            tr("✔ Verified: the metadata matches its CID and is signed by this key."));
        break;
    case StoredModule::State::Invalid:
        set(QStringLiteral("state"), tr("✘ Invalid: %1").arg(m.reason));
        break;
    case StoredModule::State::Pending:
        set(QStringLiteral("state"), m.reason.isEmpty()
                                         ? tr("… The metadata is not fetched yet.")
                                         : tr("… Not fetched yet; the last try failed: %1").arg(m.reason));
        break;
    }
    m_keyField->setText(KeyIdentity::registryKeyText(m.key));
    set(QStringLiteral("keyType"), keyTypeText(m.key));
    m_ownerField->setText(m_services.accounts().text(m.owner));
    m_metadataCid->setText(m.metadataCid);
    m_contentCid->setText(d ? d->cid : QString());
    m_form->setRowVisible(m_contentCid, d.has_value());
    set(QStringLiteral("version"), d ? d->version : QString());
    set(QStringLiteral("author"), d ? d->author : QString());
    set(QStringLiteral("description"), d ? d->description : QString());
    set(QStringLiteral("entrypoint"), d ? d->entrypoint : QString());
    set(QStringLiteral("args"), d && !d->args.empty() ? QString::fromStdString(d->args.dump(2)) : QString());
    set(QStringLiteral("custom"),
        d && !d->custom.empty() ? QString::fromStdString(d->custom.dump(2)) : QString());
    set(QStringLiteral("tags"), d ? d->tags.join(QStringLiteral(", ")) : QString());
    set(QStringLiteral("license"), d ? d->license : QString());
    set(QStringLiteral("repository"), d ? d->repository : QString());
    set(QStringLiteral("created"), d ? d->created : QString());
    set(QStringLiteral("signature"),
        d && d->signature
            ? tr("%1, checked against the module key")
                  .arg(d->signature->type == ModuleSignature::Type::Ed25519 ? tr("ed25519")
                                                                            : tr("secp256k1 (EIP-191)"))
            : QString());
    set(QStringLiteral("block"), tr("block %1").arg(m.block));

    m_history->clear();
    for (const RegistryEvent& e : store->history(m.key)) {
        QString detail;
        switch (e.kind) {
        case RegistryEvent::Kind::Registered:
        case RegistryEvent::Kind::Updated:
            detail = tr("metadata %1, owner %2").arg(e.cid, m_services.accounts().text(e.account));
            break;
        case RegistryEvent::Kind::Removed:
            detail = tr("by %1").arg(m_services.accounts().text(e.account));
            break;
        case RegistryEvent::Kind::Transferred:
            detail = tr("from %1 to %2")
                         .arg(m_services.accounts().text(e.previousOwner), m_services.accounts().text(e.account));
            break;
        }
        auto* item = new QTreeWidgetItem(
            {QString::number(e.block.number), RegistryEvent::kindText(e.kind), detail, hexText(e.transactionHash)});
        m_history->addTopLevelItem(item);
    }
    updateActions();
}

QString ModuleDetailsPane::ownerAccountKeyId() const
{
    if (!m_module)
        return {};
    return m_services.accounts().keyActingAs(m_services.keystore(), m_module->owner);
}

bool ModuleDetailsPane::holdsModuleKey() const
{
    return m_module && m_module->metadata && m_module->metadata->key &&
           !Publisher::keyIdOf(m_services.keystore(), *m_module->metadata->key).isEmpty();
}

void ModuleDetailsPane::updateActions()
{
    const bool verified = m_module && m_module->metadata;
    const bool busy = m_fetcher || (m_services.publisher() && m_services.publisher()->isRunning());
    const QList<QUrl> gateways = m_services.endpoints().gateways;
    m_open->setEnabled(m_module && !gateways.isEmpty());
    m_open->setToolTip(
        gateways.isEmpty() ? tr("No IPFS gateway is set. Add one in Settings.")
        : verified ? tr("Open the module's content in the gateway %1.").arg(gateways.first().toString())
                   : tr("Open the metadata document in the gateway %1.").arg(gateways.first().toString()));
    m_fetch->setEnabled(verified && !busy);
    m_fetch->setToolTip(verified ? tr("Download the content, every block checked against its CID.")
                                 : tr("There is no verified metadata naming the content."));
    const bool unlocked = m_services.keystore().isUnlocked();
    const bool owner = unlocked && !ownerAccountKeyId().isEmpty();
    const bool ready = m_services.isReady() && !busy;
    QString why;
    if (!unlocked)
        why = tr("Unlock the keystore in the Wallet view to change modules you own.");
    else if (!owner && m_module)
        why = tr("Only the owner, %1, can change this module.").arg(m_services.accounts().text(m_module->owner));
    else if (!m_services.isReady())
        why = tr("Waiting for the IPFS node and the chain.");
    for (QPushButton* b : {m_remove, m_transfer}) {
        b->setEnabled(m_module && owner && ready);
        b->setToolTip(why);
    }
    // A new version is an update of the registry's entry, which only its owner may send, with
    // metadata signed by the module's own key; without that key the wizard would register a new
    // module instead.
    const bool signer = owner && holdsModuleKey();
    m_newVersion->setEnabled(verified && signer && ready);
    m_newVersion->setToolTip(signer ? tr("Opens the Publish wizard with this module's metadata filled in.")
                             : owner
                                 ? tr("The module's own key is not in this keystore: a new version must be "
                                      "signed by it. Import it in the Wallet view.")
                                 : why);
}

void ModuleDetailsPane::openInGateway()
{
    if (!m_module || m_services.endpoints().gateways.isEmpty())
        return;
    // The module's files when its metadata is verified (what a person opens a module for); otherwise
    // the document, to see what is wrong with it.
    const QString cid = m_module->metadata ? m_module->metadata->cid : m_module->metadataCid;
    QUrl url = m_services.endpoints().gateways.first();
    url.setPath(QStringLiteral("/ipfs/") + cid);
    QDesktopServices::openUrl(url);
}

void ModuleDetailsPane::askAndFetch()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Fetch the content into"), QDir::homePath());
    if (!folder.isEmpty())
        fetchContentTo(folder);
}

void ModuleDetailsPane::fetchContentTo(const QString& folder)
{
    if (!m_module || !m_module->metadata || m_fetcher)
        return;
    const ModuleMetadata& d = *m_module->metadata;
    const Result<IpfsPath> path = IpfsPath::parse(d.cid);
    if (!path)
        return m_status->setText(path.error());
    const QString destination = QDir(folder).filePath(
        QStringLiteral("%1-%2").arg(d.name, d.version).replace(QLatin1Char('/'), QLatin1Char('_')));
    VerifiedFetcher::Options options;
    options.rpcApi = m_services.endpoints().ipfsApi;
    options.gateways = m_services.endpoints().gateways;
    m_fetcher = std::make_unique<VerifiedFetcher>(options);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_status->setText(tr("Fetching %1 into %2…").arg(d.cid, destination));
    connect(m_fetcher.get(), &VerifiedFetcher::progress, this, [this](qint64 written, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(static_cast<int>(written * 1000 / total));
        }
        m_progress->setFormat(QLocale().formattedDataSize(written));
    });
    updateActions();
    m_fetcher->fetchToDisk(path.value(), destination, [this, destination](Result<VerifiedFetcher::Report> r) {
        m_progress->setVisible(false);
        m_status->setText(r ? tr("Fetched %1 into %2, every block checked (from %3).")
                                  .arg(QLocale().formattedDataSize(r->bytesFetched), destination, r->source)
                            : tr("Could not fetch the content: %1").arg(r.error()));
        QMetaObject::invokeMethod(
            this,
            [this] { // not from inside the fetcher's own callback
                m_fetcher.reset();
                updateActions();
            },
            Qt::QueuedConnection);
    });
}

void ModuleDetailsPane::askAndRemove()
{
    if (!m_module)
        return;
    const QString account = ownerAccountKeyId();
    const QString name = m_module->metadata ? m_module->metadata->name : KeyIdentity::registryKeyText(m_key);
    if (QMessageBox::question(
            this, tr("Remove module"),
            tr("Remove \"%1\" from the registry? Its metadata and content stay in IPFS, but "
               "the registry will no longer point at them. This sends a transaction.")
                .arg(name)) != QMessageBox::Yes)
        return;
    const QByteArray key = m_key;
    runOnPublisher([this, key, account] { m_services.publisher()->remove(key, account); },
                   tr("Removed from the registry."));
}

void ModuleDetailsPane::askAndTransfer()
{
    if (!m_module)
        return;
    bool ok = false;
    const QString text =
        QInputDialog::getText(this, tr("Transfer module"),
                              tr("The %1 of the new owner (it alone can change or remove the "
                                 "module afterwards):")
                                  .arg(m_services.accounts().accountNoun()),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || text.isEmpty())
        return;
    const Result<QByteArray> newOwner = m_services.accounts().parse(text);
    if (!newOwner)
        return m_status->setText(newOwner.error());
    const QString account = ownerAccountKeyId();
    const QByteArray key = m_key;
    const QByteArray to = newOwner.value();
    runOnPublisher([this, key, to, account] { m_services.publisher()->transfer(key, to, account); },
                   tr("Transferred to %1.").arg(m_services.accounts().text(to)));
}

void ModuleDetailsPane::runOnPublisher(const std::function<void()>& start, const QString& doneText)
{
    Publisher* publisher = m_services.publisher();
    if (!publisher || publisher->isRunning())
        return;
    auto* guard = new QObject(this);
    connect(publisher, &Publisher::stepStarted, guard, [this](Publisher::Step step) {
        m_status->setText(Publisher::title(step) + QStringLiteral("…"));
    });
    connect(publisher, &Publisher::finished, guard, [this, guard, doneText](const Publisher::Outcome& o) {
        m_status->setText(o.receipt ? tr("%1 Transaction %2 in block %3.")
                                          .arg(doneText, hexText(o.receipt->transactionHash))
                                          .arg(o.receipt->block.number)
                                    : tr("Nothing to do: the registry already says so."));
        m_progress->setVisible(false);
        guard->deleteLater();
        updateActions();
    });
    connect(publisher, &Publisher::failed, guard, [this, guard](Publisher::Step, const QString& why) {
        m_status->setText(why);
        m_progress->setVisible(false);
        guard->deleteLater();
        updateActions();
    });
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    start();
    updateActions();
}

} // namespace modreg::ui
