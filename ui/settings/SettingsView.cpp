#include "settings/SettingsView.h"

#include "net/ActiveEndpoints.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
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
    , m_devnetDetails(new QLabel)
    , m_problems(new QLabel)
    , m_apply(new QPushButton(tr("&Apply")))
    , m_revert(new QPushButton(tr("&Revert")))
{
    auto* heading = new QLabel(tr("Settings"));
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    heading->setFont(big);

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
    auto* form = new QFormLayout(m_externalBox);
    form->addRow(tr("IPFS &API URL:"), m_ipfsApi);
    form->addRow(tr("&Gateways:"), m_gateways);
    form->addRow(tr("Chain &RPC URL:"), m_chainRpc);
    form->addRow(tr("Registry &contract:"), m_registry);

    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("color:#b3261e;"));
    m_problems->setObjectName(QStringLiteral("problems"));

    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_revert, QDialogButtonBox::ResetRole);
    buttons->addButton(m_apply, QDialogButtonBox::ApplyRole);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addWidget(choice);
    layout->addWidget(m_externalBox);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    layout->addStretch(1);

    for (QLineEdit* edit : {m_ipfsApi, m_chainRpc, m_registry})
        connect(edit, &QLineEdit::textChanged, this, &SettingsView::onFormEdited);
    connect(m_gateways, &QPlainTextEdit::textChanged, this, &SettingsView::onFormEdited);
    connect(m_useDevnet, &QRadioButton::toggled, this, &SettingsView::onFormEdited);
    connect(m_apply, &QPushButton::clicked, this, &SettingsView::apply);
    connect(m_revert, &QPushButton::clicked, this, &SettingsView::revert);
    connect(&m_endpoints, &ActiveEndpoints::summaryChanged, this, &SettingsView::refreshDevnetDetails);

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
    return s;
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
    const bool changed = !(values == m_saved);
    m_apply->setEnabled(changed && (values.useDevnet || problems.isEmpty()));
    m_revert->setEnabled(changed);
    refreshDevnetDetails();
}

void SettingsView::refreshDevnetDetails()
{
    const Devnet& devnet = m_endpoints.devnet();
    QString details = tr("Data folder: %1").arg(devnet.options().dir);
    if (m_endpoints.usesDevnet()) {
        details += QLatin1Char('\n') + m_endpoints.summary();
        if (devnet.isUsable())
            details += QLatin1Char('\n') + tr("Chain RPC: %1\nIPFS API: %2")
                                               .arg(devnet.endpoints().chainRpc.toString(),
                                                    devnet.endpoints().ipfsApi.toString());
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
    values.save(settings);
    m_saved = values;
    m_endpoints.apply(values);
    onFormEdited();
}

void SettingsView::revert()
{
    m_saved = EndpointSettings::load(QSettings());
    setFormValues(m_saved);
}

} // namespace modreg::ui
