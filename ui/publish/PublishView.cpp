#include "publish/PublishView.h"

#include "keys/Keystore.h"
#include "publish/PublishProgressPage.h"
#include "publish/PublishWizard.h"
#include "services/Services.h"
#include "shell/Labels.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace modreg::ui {

PublishView::PublishView(Services& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_publish(new QPushButton(tr("&Publish a module…")))
    , m_readiness(new QLabel)
    , m_last(new QLabel)
{
    m_publish->setObjectName(QStringLiteral("openPublishWizard"));
    m_readiness->setObjectName(QStringLiteral("publishReadiness"));
    m_readiness->setWordWrap(true);
    m_last->setObjectName(QStringLiteral("lastPublished"));
    m_last->setWordWrap(true);
    m_last->setTextFormat(Qt::PlainText);
    m_last->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* text =
        new QLabel(tr("Publishing puts a folder (or a file) and its metadata in IPFS, signs the metadata "
                      "with the module's key, and records key → metadata in the registry on chain, "
                      "where everyone's replica finds it.\n\nThe wizard walks you through it: the key, "
                      "the metadata, the content, a review of exactly what will be sent, and the "
                      "publishing itself. A publish that is interrupted finishes when you run it again."));
    text->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeHeading(tr("Publish")));
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addWidget(m_publish, 0, Qt::AlignLeft);
    layout->addWidget(m_readiness);
    layout->addWidget(m_last);
    layout->addStretch(1);
    connect(m_publish, &QPushButton::clicked, this, &PublishView::openWizard);
    connect(&m_services, &Services::changed, this, &PublishView::updateReadiness);
    connect(&m_services.keystore(), &Keystore::lockedChanged, this, &PublishView::updateReadiness);
    updateReadiness();
}

void PublishView::updateReadiness()
{
    QString missing;
    if (!m_services.keystore().isUnlocked())
        missing = tr("Unlock the keystore in the Wallet view first: the module key signs the metadata.");
    else if (!m_services.isReady())
        missing = tr("Waiting for the IPFS node and the chain (see the status bar)…");
    m_publish->setEnabled(missing.isEmpty());
    m_readiness->setText(missing);
}

void PublishView::openWizard()
{
    runWizard(nullptr);
}

void PublishView::openWizardFor(const ModuleMetadata& metadata)
{
    runWizard(&metadata);
}

void PublishView::runWizard(const ModuleMetadata* prefill)
{
    PublishWizard wizard(m_services, this);
    if (prefill)
        wizard.prefill(*prefill);
    if (wizard.exec() != QDialog::Accepted)
        return;
    if (const std::optional<Publisher::Outcome> o = wizard.progressPage()->outcome())
        m_last->setText(
            tr("Last published: %1 %2, metadata %3.")
                .arg(wizard.request().draft.name, wizard.request().draft.version, o->metadataCid));
}

} // namespace modreg::ui
