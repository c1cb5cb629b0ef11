#include "wallet/NewKeyKindPage.h"

#include "wallet/NewKeyWizard.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace modreg::ui {

NewKeyKindPage::NewKeyKindPage(QWidget* parent)
    : QWizardPage(parent)
    , m_label(new QLineEdit)
    , m_ecosystem(new QComboBox)
    , m_phrase(new QRadioButton(tr("From a new recovery phrase (recommended): the words are your backup")))
    , m_random(new QRadioButton(tr("Random key without a recovery phrase: back it up by exporting it")))
    , m_words(new QComboBox)
{
    setTitle(tr("New key"));
    setSubTitle(tr("A key identifies your modules in the registry and signs their registrations."));
    m_label->setPlaceholderText(tr("e.g. My models"));
    m_ecosystem->addItem(tr("Substrate / Polkadot (ed25519, SS58 address)"),
                         static_cast<int>(KeyOrigin::SubstrateEd25519));
    m_ecosystem->addItem(tr("Solana (ed25519)"), static_cast<int>(KeyOrigin::Slip10Ed25519));
    m_ecosystem->addItem(tr("Ethereum (secp256k1)"), static_cast<int>(KeyOrigin::Bip44Secp256k1));
    m_words->addItem(tr("12 words"), 12);
    m_words->addItem(tr("24 words"), 24);
    m_phrase->setChecked(true);
    auto* group = new QButtonGroup(this);
    group->addButton(m_phrase);
    group->addButton(m_random);
    connect(m_phrase, &QRadioButton::toggled, m_words, &QWidget::setEnabled);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_label);
    form->addRow(tr("&Kind:"), m_ecosystem);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_phrase);
    auto* words = new QFormLayout;
    words->setContentsMargins(24, 0, 0, 0);
    words->addRow(tr("&Length:"), m_words);
    layout->addLayout(words);
    layout->addWidget(m_random);
    layout->addStretch(1);
}

QString NewKeyKindPage::label() const
{
    return m_label->text().trimmed();
}

KeyOrigin NewKeyKindPage::scheme() const
{
    return static_cast<KeyOrigin>(m_ecosystem->currentData().toInt());
}

bool NewKeyKindPage::withMnemonic() const
{
    return m_phrase->isChecked();
}

int NewKeyKindPage::words() const
{
    return m_words->currentData().toInt();
}

int NewKeyKindPage::nextId() const
{
    return withMnemonic() ? NewKeyWizard::BackupPage : -1;
}

bool NewKeyKindPage::validatePage()
{
    static_cast<NewKeyWizard*>(wizard())->prepareKey();
    return true;
}

} // namespace modreg::ui
