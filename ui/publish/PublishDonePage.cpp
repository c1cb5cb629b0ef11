#include "publish/PublishDonePage.h"

#include "crypto/HexText.h"
#include "publish/PublishKeyPage.h"
#include "publish/PublishProgressPage.h"
#include "shell/CopyableField.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace modreg::ui {

PublishDonePage::PublishDonePage(std::function<Publisher::Request()> request, const PublishProgressPage& progress,
                                 const PublishKeyPage& keyPage, QWidget* parent)
    : QWizardPage(parent)
    , m_request(std::move(request))
    , m_progress(progress)
    , m_keyPage(keyPage)
    , m_summary(new QLabel)
    , m_key(new CopyableField(QStringLiteral("doneKey")))
    , m_contentCid(new CopyableField(QStringLiteral("doneContentCid")))
    , m_metadataCid(new CopyableField(QStringLiteral("doneMetadataCid")))
    , m_transaction(new CopyableField(QStringLiteral("doneTransaction")))
    , m_block(new QLabel)
{
    setTitle(tr("Published"));
    m_summary->setObjectName(QStringLiteral("doneSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    auto* form = new QFormLayout;
    form->addRow(tr("Registry key:"), m_key);
    form->addRow(tr("Content CID:"), m_contentCid);
    form->addRow(tr("Metadata CID:"), m_metadataCid);
    form->addRow(tr("Transaction:"), m_transaction);
    form->addRow(tr("Block:"), m_block);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addStretch(1);
}

void PublishDonePage::initializePage()
{
    const std::optional<Publisher::Outcome> outcome = m_progress.outcome();
    if (!outcome)
        return;
    const Publisher::Request request = m_request();
    m_summary->setText(
        outcome->kind == RegistryCall::Kind::Update
            ? tr("%1 %2 is published as a new version of its key.")
                  .arg(request.draft.name, request.draft.version)
            : tr("%1 %2 is published and registered.").arg(request.draft.name, request.draft.version));
    m_key->setText(m_keyPage.registryKeyText());
    m_contentCid->setText(outcome->contentCid);
    m_metadataCid->setText(outcome->metadataCid);
    if (outcome->receipt) {
        m_transaction->setText(hexText(outcome->receipt->transactionHash));
        m_block->setText(QString::number(outcome->receipt->block.number));
    } else {
        m_transaction->setText(QString());
        m_block->setText(tr("none needed: the registry already pointed at this metadata"));
    }
}

} // namespace modreg::ui
