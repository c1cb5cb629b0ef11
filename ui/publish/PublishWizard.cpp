#include "publish/PublishWizard.h"

#include "publish/PublishContentPage.h"
#include "publish/PublishDonePage.h"
#include "publish/PublishKeyPage.h"
#include "publish/PublishMetadataPage.h"
#include "publish/PublishProgressPage.h"
#include "publish/PublishReviewPage.h"
#include "services/Services.h"

namespace modreg::ui {

PublishWizard::PublishWizard(Services& services, QWidget* parent)
    : QWizard(parent)
    , m_services(services)
    , m_keyPage(new PublishKeyPage(services))
    , m_metadataPage(new PublishMetadataPage)
    , m_contentPage(new PublishContentPage)
    , m_reviewPage(new PublishReviewPage(services, [this] { return request(); }))
    , m_progressPage(new PublishProgressPage(services, [this] { return request(); }))
    , m_donePage(new PublishDonePage([this] { return request(); }, *m_progressPage, *m_keyPage))
{
    setWindowTitle(tr("Publish a module"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(KeyPage, m_keyPage);
    setPage(MetadataPage, m_metadataPage);
    setPage(ContentPage, m_contentPage);
    setPage(ReviewPage, m_reviewPage);
    setPage(ProgressPage, m_progressPage);
    setPage(DonePage, m_donePage);
    connect(m_contentPage, &PublishContentPage::metadataFileFound, m_metadataPage,
            &PublishMetadataPage::importFile);
    resize(760, 640);
}

Publisher::Request PublishWizard::request() const
{
    Publisher::Request r;
    r.contentPath = m_contentPage->path();
    r.content = m_contentPage->summary();
    r.draft = m_metadataPage->draft();
    r.moduleKeyId = m_keyPage->moduleKeyId();
    r.keyType = m_keyPage->keyType();
    r.accountKeyId = m_keyPage->accountKeyId();
    return r;
}

void PublishWizard::prefill(const ModuleMetadata& metadata)
{
    m_metadataPage->setDraft(metadata);
    if (metadata.key)
        m_keyPage->selectRegistryKey(*metadata.key);
}

void PublishWizard::reject()
{
    if (m_progressPage->isRunning())
        m_progressPage->cancel();
    QWizard::reject();
}

} // namespace modreg::ui
