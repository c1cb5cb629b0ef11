#include "publish/PublishKeyPage.h"

#include "keys/KeyIdentity.h"
#include "keys/Keystore.h"
#include "registry/Publisher.h"
#include "services/Services.h"
#include "shell/Labels.h"
#include "wallet/NewKeyWizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace modreg::ui {

namespace {
constexpr int kFormTextRole = Qt::UserRole + 1;

ModuleKey::Type typeOfForm(KeyIdentity::Form form)
{
    switch (form) {
    case KeyIdentity::Form::Ss58:
    case KeyIdentity::Form::Solana:
        return ModuleKey::Type::Ed25519;
    case KeyIdentity::Form::EthereumAddress:
        return ModuleKey::Type::EthereumAddress;
    case KeyIdentity::Form::Secp256k1PublicKey:
        return ModuleKey::Type::Secp256k1;
    }
    return ModuleKey::Type::Ed25519;
}
} // namespace

PublishKeyPage::PublishKeyPage(Services& services, QWidget* parent)
    : QWizardPage(parent)
    , m_services(services)
    , m_keys(new QComboBox)
    , m_forms(new QComboBox)
    , m_accounts(new QComboBox)
    , m_newKey(new QPushButton(tr("&New key…")))
    , m_locked(makeErrorLabel(QStringLiteral("lockedMessage")))
    , m_standing(new QLabel)
{
    setTitle(tr("The module's key"));
    setSubTitle(
        tr("A module is known by a key: it signs the metadata, and the registry maps it to the metadata. "
           "Pick one, or create a new one for this module."));
    m_keys->setObjectName(QStringLiteral("moduleKey"));
    m_forms->setObjectName(QStringLiteral("registryKeyForm"));
    m_accounts->setObjectName(QStringLiteral("payingAccount"));
    m_standing->setObjectName(QStringLiteral("standing"));
    m_standing->setWordWrap(true);
    m_standing->setTextFormat(Qt::PlainText);

    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keys, 1);
    keyRow->addWidget(m_newKey);
    auto* form = new QFormLayout;
    auto* keyLabel = new QLabel(tr("Module &key:"));
    keyLabel->setBuddy(m_keys);
    form->addRow(keyLabel, keyRow);
    form->addRow(tr("&Registry key:"), m_forms);
    form->addRow(tr("&Paid by:"), m_accounts);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_locked);
    layout->addLayout(form);
    layout->addWidget(m_standing);
    layout->addStretch(1);

    connect(m_keys, &QComboBox::currentIndexChanged, this, [this] {
        fillForms();
        fillAccounts();
        askRegistry();
    });
    connect(m_forms, &QComboBox::currentIndexChanged, this, &PublishKeyPage::askRegistry);
    connect(m_accounts, &QComboBox::currentIndexChanged, this, &PublishKeyPage::askRegistry);
    connect(m_newKey, &QPushButton::clicked, this, &PublishKeyPage::createKey);
    connect(&m_services, &Services::changed, this, &PublishKeyPage::askRegistry);
    connect(&m_services.keystore(), &Keystore::keysChanged, this, &PublishKeyPage::fillKeys);
    connect(&m_services.keystore(), &Keystore::lockedChanged, this, &PublishKeyPage::fillKeys);
}

void PublishKeyPage::initializePage()
{
    if (m_keys->count() == 0)
        fillKeys();
}

void PublishKeyPage::fillKeys()
{
    const QString current = moduleKeyId();
    const Keystore& keystore = m_services.keystore();
    m_locked->setText(keystore.isUnlocked()
                          ? QString()
                          : tr("The keystore is locked. Unlock it in the Wallet view first."));
    m_locked->setVisible(!keystore.isUnlocked());
    m_newKey->setEnabled(keystore.isUnlocked());
    const QSignalBlocker block(m_keys);
    m_keys->clear();
    for (const KeyInfo& k : keystore.keys())
        m_keys->addItem(tr("%1 (%2)").arg(k.label, keyTypeName(k.type)), k.id);
    const int again = m_keys->findData(current);
    m_keys->setCurrentIndex(again >= 0 ? again : 0);
    fillForms();
    fillAccounts();
    askRegistry();
}

void PublishKeyPage::fillForms()
{
    const QSignalBlocker block(m_forms);
    m_forms->clear();
    const std::optional<KeyInfo> key = m_services.keystore().key(moduleKeyId());
    if (!key)
        return;
    for (const KeyIdentity::Entry& e : KeyIdentity::of(key->type, key->publicKey)) {
        // SS58 and Solana are the same 32 bytes on chain; both are offered so the key reads as the user knows
        // it.
        m_forms->addItem(tr("%1: %2").arg(e.name, e.text), static_cast<int>(typeOfForm(e.form)));
        m_forms->setItemData(m_forms->count() - 1, e.text, kFormTextRole);
    }
}

void PublishKeyPage::fillAccounts()
{
    const QString current = accountKeyId();
    const QSignalBlocker block(m_accounts);
    m_accounts->clear();
    const std::optional<KeyInfo> module = m_services.keystore().key(moduleKeyId());
    for (const KeyInfo& k : m_services.keystore().keys()) {
        if (k.type == KeyType::Secp256k1)
            m_accounts->addItem(k.label, k.id);
    }
    // A secp256k1 module key pays for itself unless the user picked another account.
    int pick = m_accounts->findData(current);
    if (module && module->type == KeyType::Secp256k1 && (pick < 0 || current.isEmpty()))
        pick = m_accounts->findData(module->id);
    m_accounts->setCurrentIndex(std::max(pick, 0));
    if (m_accounts->count() == 0)
        m_accounts->addItem(tr("No secp256k1 key: create one to pay for transactions"), QString());
}

QString PublishKeyPage::moduleKeyId() const
{
    return m_keys->currentData().toString();
}

ModuleKey::Type PublishKeyPage::keyType() const
{
    return static_cast<ModuleKey::Type>(m_forms->currentData().toInt());
}

QString PublishKeyPage::registryKeyText() const
{
    return m_forms->currentData(kFormTextRole).toString();
}

QString PublishKeyPage::accountKeyId() const
{
    return m_accounts->currentData().toString();
}

void PublishKeyPage::selectRegistryKey(const ModuleKey& key)
{
    fillKeys();
    const QString id = Publisher::keyIdOf(m_services.keystore(), key);
    if (const int i = id.isEmpty() ? -1 : m_keys->findData(id); i >= 0) {
        m_keys->setCurrentIndex(i);
        m_forms->setCurrentIndex(std::max(0, m_forms->findData(static_cast<int>(key.type))));
    }
}

void PublishKeyPage::askRegistry()
{
    const quint64 asked = ++m_asked;
    Publisher* publisher = m_services.publisher();
    const Result<ModuleKey> key = Publisher::moduleKeyOf(m_services.keystore(), moduleKeyId(), keyType());
    if (moduleKeyId().isEmpty())
        return setStanding(Standing::Unknown, m_services.keystore().isUnlocked()
                                                  ? tr("There is no key yet: create one with New key.")
                                                  : QString());
    if (!key)
        return setStanding(Standing::Unknown, key.error());
    if (accountKeyId().isEmpty())
        return setStanding(Standing::Unknown,
                           tr("Transactions on this chain are paid by a secp256k1 key; create "
                              "one (New key, Ethereum) to pay."));
    if (!publisher)
        return setStanding(Standing::Unreachable, tr("Waiting for the IPFS node and the chain to be ready…"));
    setStanding(Standing::Asking, tr("Asking the registry about this key…"));
    QPointer<PublishKeyPage> self(this);
    publisher->standing(key->bytes, accountKeyId(), [self, asked](Result<Publisher::Standing> s) {
        if (!self || self->m_asked != asked)
            return;
        if (!s)
            return self->setStanding(Standing::Unreachable,
                                     tr("The registry could not be asked: %1").arg(s.error()));
        switch (s->kind) {
        case Publisher::Standing::Kind::Unregistered:
            return self->setStanding(Standing::New,
                                     tr("This key is new to the registry: publishing registers it, owned by "
                                        "the paying account."));
        case Publisher::Standing::Kind::Yours:
            return self->setStanding(Standing::Yours,
                                     tr("You own this key in the registry: publishing makes a new "
                                        "version (it points at %1 now).")
                                         .arg(s->cid));
        case Publisher::Standing::Kind::Someone:
            return self->setStanding(
                Standing::Someone,
                tr("This key is registered by %1, not by the paying account; only its owner "
                   "can publish under it. Choose another key; nothing has been spent.")
                    .arg(s->ownerText));
        }
    });
}

void PublishKeyPage::setStanding(Standing kind, const QString& text)
{
    m_standingKind = kind;
    m_standing->setText(text);
    m_standing->setStyleSheet(kind == Standing::Someone || kind == Standing::Unreachable
                                  ? QStringLiteral("color:#b3261e;")
                                  : QString());
    emit completeChanged();
}

bool PublishKeyPage::isComplete() const
{
    return m_standingKind == Standing::New || m_standingKind == Standing::Yours;
}

void PublishKeyPage::createKey()
{
    NewKeyWizard wizard(this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    std::optional<NewKey> key = wizard.takeKey();
    if (!key)
        return setStanding(Standing::Unknown, wizard.problem());
    const Result<KeyInfo> added = m_services.keystore().add(key->info, std::move(key->secret));
    if (!added)
        return setStanding(Standing::Unknown, added.error());
    fillKeys();
    m_keys->setCurrentIndex(m_keys->findData(added->id));
}

} // namespace modreg::ui
