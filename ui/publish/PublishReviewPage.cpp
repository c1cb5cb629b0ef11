#include "publish/PublishReviewPage.h"

#include "services/Services.h"
#include "shell/CopyableField.h"
#include "shell/Labels.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QVBoxLayout>

namespace modreg::ui {

PublishReviewPage::PublishReviewPage(Services& services, std::function<Publisher::Request()> request,
                                     QWidget* parent)
    : QWizardPage(parent)
    , m_services(services)
    , m_request(std::move(request))
    , m_action(new QLabel)
    , m_document(new QPlainTextEdit)
    , m_documentNote(new QLabel)
    , m_contentCid(new CopyableField(QStringLiteral("reviewContentCid")))
    , m_metadataCid(new CopyableField(QStringLiteral("reviewMetadataCid")))
    , m_call(new QLabel)
    , m_fee(new QLabel)
    , m_problem(makeErrorLabel(QStringLiteral("reviewProblem")))
{
    setTitle(tr("Review"));
    setSubTitle(tr("This is what will be published. Nothing has been sent anywhere yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Publish"));
    m_action->setObjectName(QStringLiteral("reviewAction"));
    m_action->setWordWrap(true);
    m_action->setTextFormat(Qt::PlainText);
    m_document->setObjectName(QStringLiteral("reviewDocument"));
    m_document->setReadOnly(true);
    m_document->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_documentNote->setWordWrap(true);
    for (QLabel* l : {m_call, m_fee}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_call->setObjectName(QStringLiteral("reviewCall"));
    m_fee->setObjectName(QStringLiteral("reviewFee"));
    auto* form = new QFormLayout;
    form->addRow(tr("Content CID:"), m_contentCid);
    form->addRow(tr("Metadata CID:"), m_metadataCid);
    form->addRow(tr("Chain call:"), m_call);
    form->addRow(tr("Estimated fee:"), m_fee);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_action);
    layout->addWidget(m_problem);
    layout->addWidget(new QLabel(tr("Metadata document:")));
    layout->addWidget(m_document, 1);
    layout->addWidget(m_documentNote);
    layout->addLayout(form);
}

void PublishReviewPage::initializePage()
{
    m_plan.reset();
    m_problem->clear();
    m_document->clear();
    m_documentNote->clear();
    m_contentCid->setText(QString());
    m_metadataCid->setText(QString());
    m_call->clear();
    m_fee->clear();
    m_action->setText(tr("Signing the metadata and asking the registry…"));
    emit completeChanged();
    Publisher* publisher = m_services.publisher();
    if (!publisher) {
        m_action->clear();
        m_problem->setText(
            tr("The IPFS node and the chain are not ready yet; go back and try again in a moment."));
        return;
    }
    const quint64 asked = ++m_asked;
    QPointer<PublishReviewPage> self(this);
    publisher->plan(m_request(), [self, asked](Result<Publisher::Plan> plan) {
        if (!self || self->m_asked != asked)
            return;
        if (!plan) {
            self->m_action->clear();
            self->m_problem->setText(plan.error());
            return;
        }
        const Publisher::Plan& p = plan.value();
        self->m_plan = p;
        const bool update = p.call.kind == RegistryCall::Kind::Update;
        if (!p.fee)
            self->m_action->setText(
                tr("The registry already points at this very document: publishing only makes "
                   "sure the content and metadata are in IPFS; no transaction is needed."));
        else
            self->m_action->setText(
                update ? tr("Publishes version %1 of %2 as a new version of this key.")
                             .arg(p.document.version, p.document.name)
                       : tr("Registers %1 %2 under a new key.").arg(p.document.name, p.document.version));
        self->m_document->setPlainText(QString::fromStdString(p.document.toJson().dump(2)));
        self->m_documentNote->setText(
            tr("Stored as this document's canonical JSON (RFC 8785), %n byte(s), signed by the module key.",
               nullptr, static_cast<int>(p.documentBytes.size())));
        self->m_contentCid->setText(p.content.cid.toString());
        self->m_metadataCid->setText(p.metadataCid);
        self->m_call->setText(p.fee ? p.callText : tr("none"));
        self->m_fee->setText(p.fee ? tr("%1 (%2 gas)").arg(p.fee->maxCost).arg(p.fee->gas) : tr("none"));
        emit self->completeChanged();
    });
}

bool PublishReviewPage::isComplete() const
{
    return m_plan.has_value();
}

} // namespace modreg::ui
