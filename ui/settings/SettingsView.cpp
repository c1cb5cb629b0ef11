#include "settings/SettingsView.h"

#include "services/ActiveEndpoints.h"
#include "net/NetworkErrorText.h"
#include "shell/Labels.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace modreg::ui {

SettingsView::SettingsView(ActiveEndpoints& endpoints, QWidget* parent)
    : QWidget(parent)
    , m_endpoints(endpoints)
    , m_useDevnet(
          new QRadioButton(tr("Local devnet: a private chain and IPFS node that Modreg starts for you")))
    , m_useExternal(new QRadioButton(tr("My own nodes: an IPFS node, gateways and a chain I run or trust")))
    , m_externalBox(new QGroupBox(tr("My own nodes")))
    , m_ipfsApi(new QLineEdit)
    , m_gateways(new QPlainTextEdit)
    , m_chainRpc(new QLineEdit)
    , m_registry(new QLineEdit)
    , m_registryFromBlock(new QLineEdit)
    , m_chainInfo(new QLabel)
    , m_devnetDetails(new QLabel)
    , m_autoLock(new QSpinBox)
    , m_ss58Prefix(new QSpinBox)
    , m_problems(makeErrorLabel(QStringLiteral("problems")))
    , m_apply(new QPushButton(tr("&Apply")))
    , m_revert(new QPushButton(tr("&Revert")))
{
    QLabel* heading = makeHeading(tr("Settings"));

    auto* choice = new QGroupBox(tr("Network"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_useDevnet);
    group->addButton(m_useExternal);
    m_devnetDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_devnetDetails->setTextFormat(Qt::PlainText);
    m_devnetDetails->setWordWrap(true);
    m_devnetDetails->setIndent(24);
    auto* choiceLayout = new QVBoxLayout(choice);
    choiceLayout->addWidget(m_useDevnet);
    choiceLayout->addWidget(m_devnetDetails);
    choiceLayout->addWidget(m_useExternal);

    m_ipfsApi->setPlaceholderText(QStringLiteral("http://127.0.0.1:5001"));
    m_gateways->setPlaceholderText(tr("One URL per line, tried in this order"));
    m_gateways->setFixedHeight(m_gateways->fontMetrics().lineSpacing() * 4 + 12);
    m_chainRpc->setPlaceholderText(QStringLiteral("http://127.0.0.1:8545"));
    m_registry->setPlaceholderText(QStringLiteral("0x…"));
    m_registryFromBlock->setPlaceholderText(QStringLiteral("0"));
    m_registryFromBlock->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,15}")), this));
    m_registryFromBlock->setToolTip(
        tr("The block the registry contract was deployed in. Syncing reads the registry's events from "
           "there; 0 reads the whole chain, which is slow on a long one."));
    auto* form = new QFormLayout(m_externalBox);
    form->addRow(tr("IPFS &API URL:"), m_ipfsApi);
    form->addRow(tr("&Gateways:"), m_gateways);
    form->addRow(tr("Chain &RPC URL:"), m_chainRpc);
    form->addRow(tr("Registry &contract:"), m_registry);
    form->addRow(tr("Deployed in &block:"), m_registryFromBlock);
    m_chainInfo->setObjectName(QStringLiteral("chainInfo"));
    m_chainInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chainInfo->setWordWrap(true);
    form->addRow(tr("Chain:"), m_chainInfo);

    auto* keys = new QGroupBox(tr("Keys"));
    m_autoLock->setRange(0, 24 * 60);
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setSpecialValueText(tr("never"));
    m_autoLock->setToolTip(tr("Lock the keystore after this long without a key press or click in Modreg."));
    m_ss58Prefix->setRange(0, 16383);
    m_ss58Prefix->setToolTip(
        tr("The network prefix of SS58 addresses: 42 generic Substrate, 0 Polkadot, 2 Kusama."));
    auto* keysForm = new QFormLayout(keys);
    keysForm->addRow(tr("&Lock the keystore after:"), m_autoLock);
    keysForm->addRow(tr("SS58 address &prefix:"), m_ss58Prefix);

    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_revert, QDialogButtonBox::ResetRole);
    buttons->addButton(m_apply, QDialogButtonBox::ApplyRole);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addWidget(choice);
    layout->addWidget(m_externalBox);
    layout->addWidget(keys);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    layout->addStretch(1);

    for (QLineEdit* edit : {m_ipfsApi, m_chainRpc, m_registry, m_registryFromBlock})
        connect(edit, &QLineEdit::textChanged, this, &SettingsView::onFormEdited);
    connect(m_gateways, &QPlainTextEdit::textChanged, this, &SettingsView::onFormEdited);
    for (QSpinBox* box : {m_autoLock, m_ss58Prefix})
        connect(box, &QSpinBox::valueChanged, this, &SettingsView::onFormEdited);
    connect(m_useDevnet, &QRadioButton::toggled, this, &SettingsView::onFormEdited);
    connect(m_useDevnet, &QRadioButton::toggled, this, &SettingsView::probeChain);
    connect(m_apply, &QPushButton::clicked, this, &SettingsView::apply);
    connect(m_revert, &QPushButton::clicked, this, &SettingsView::revert);
    connect(&m_endpoints, &ActiveEndpoints::summaryChanged, this, &SettingsView::refreshDevnetDetails);
    // The chain id of the own chain node, asked while the Settings are open.
    m_probeDelay.setSingleShot(true);
    m_probeDelay.setInterval(600); // not one request per key press
    connect(&m_probeDelay, &QTimer::timeout, this, &SettingsView::probeChain);
    connect(m_chainRpc, &QLineEdit::textChanged, &m_probeDelay, qOverload<>(&QTimer::start));
    connect(&m_chainProbe, &NodeStatusMonitor::chainStatusChanged, this, [this](const ChainStatus& status) {
        m_chainInfo->setText(status.reachable
                                 ? tr("chain id %1, at block %2").arg(status.chainId).arg(status.blockNumber)
                                 : status.error);
    });

    revert();
}

EndpointSettings SettingsView::formValues() const
{
    EndpointSettings s;
    s.useDevnet = m_useDevnet->isChecked();
    s.external.ipfsApi = QUrl(m_ipfsApi->text().trimmed());
    s.external.gateways.clear();
    for (const QString& line : m_gateways->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            s.external.gateways << QUrl(line.trimmed());
    }
    s.external.chainRpc = QUrl(m_chainRpc->text().trimmed());
    s.external.registryAddress = m_registry->text().trimmed();
    s.external.registryFromBlock = m_registryFromBlock->text().toULongLong();
    return s;
}

KeySettings SettingsView::keyFormValues() const
{
    return {m_autoLock->value(), m_ss58Prefix->value()};
}

void SettingsView::setFormValues(const EndpointSettings& values)
{
    (values.useDevnet ? m_useDevnet : m_useExternal)->setChecked(true);
    m_ipfsApi->setText(values.external.ipfsApi.toString());
    QStringList gateways;
    for (const QUrl& g : values.external.gateways)
        gateways << g.toString();
    m_gateways->setPlainText(gateways.join(QLatin1Char('\n')));
    m_chainRpc->setText(values.external.chainRpc.toString());
    m_registry->setText(values.external.registryAddress);
    m_registryFromBlock->setText(QString::number(values.external.registryFromBlock));
    onFormEdited();
}

void SettingsView::onFormEdited()
{
    const EndpointSettings values = formValues();
    m_externalBox->setEnabled(!values.useDevnet);
    // The own-nodes fields are checked even while the devnet is chosen, but only block Apply when
    // they are about to be used.
    const QStringList problems = values.external.problems();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty() && !values.useDevnet);
    const bool changed = !(values == m_saved) || !(keyFormValues() == m_savedKeys);
    m_apply->setEnabled(changed && (values.useDevnet || problems.isEmpty()));
    m_revert->setEnabled(changed);
    refreshDevnetDetails();
    probeChain();
}

void SettingsView::probeChain()
{
    const QUrl url(m_chainRpc->text().trimmed());
    const bool usable = url.isValid() && !url.host().isEmpty() &&
                        QStringList{QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("ws"),
                                    QStringLiteral("wss")}
                            .contains(url.scheme());
    if (!usable || m_useDevnet->isChecked()) {
        m_chainProbe.watch({});
        m_chainInfo->setText(QStringLiteral("—"));
        return;
    }
    Endpoints chainOnly;
    chainOnly.chainRpc = url;
    m_chainInfo->setText(tr("asking %1…").arg(net::displayUrl(url)));
    m_chainProbe.watch(chainOnly);
}

void SettingsView::refreshDevnetDetails()
{
    const Devnet& devnet = m_endpoints.devnet();
    QString details = tr("Data folder: %1").arg(devnet.options().dir);
    if (m_endpoints.usesDevnet()) {
        details += QLatin1Char('\n') + m_endpoints.summary();
        if (devnet.isUsable())
            details += QLatin1Char('\n') +
                       tr("Chain RPC: %1 (chain id %2)\nRegistry contract: %3\nIPFS API: %4")
                           .arg(devnet.endpoints().chainRpc.toString())
                           .arg(devnet.options().chainId)
                           .arg(devnet.endpoints().registryAddress, devnet.endpoints().ipfsApi.toString());
        if (devnet.state() == Devnet::State::Failed)
            details += QLatin1Char('\n') + devnet.errorString();
    }
    m_devnetDetails->setText(details);
}

void SettingsView::apply()
{
    const EndpointSettings values = formValues();
    if (!values.useDevnet && !values.external.problems().isEmpty())
        return;
    QSettings settings;
    const KeySettings keys = keyFormValues();
    keys.save(settings);
    m_savedKeys = keys;
    emit keySettingsApplied(keys);
    if (!(values == m_saved)) {
        values.save(settings);
        m_saved = values;
        m_endpoints.apply(values);
    }
    onFormEdited();
}

void SettingsView::revert()
{
    m_saved = EndpointSettings::load(QSettings());
    m_savedKeys = KeySettings::load(QSettings());
    m_autoLock->setValue(m_savedKeys.autoLockMinutes);
    m_ss58Prefix->setValue(m_savedKeys.ss58Prefix);
    setFormValues(m_saved);
}

} // namespace modreg::ui
