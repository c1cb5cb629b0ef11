#pragma once

#include "registry/Publisher.h"

#include <QWizard>

namespace modreg {
class Services;
}

namespace modreg::ui {

class PublishKeyPage;
class PublishMetadataPage;
class PublishContentPage;
class PublishReviewPage;
class PublishProgressPage;
class PublishDonePage;

// Publishing a module, one class per page as KeePassXC's database wizard does it: (1) the signing
// key and which of its identities is the registry key, (2) the metadata, checked as it is typed,
// (3) the content, its CID computed here, (4) review: the exact document, the CIDs, the chain call
// and its fee, (5) publish, step by step, with cancel and retry, (6) done: what to copy.
class PublishWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        KeyPage,
        MetadataPage,
        ContentPage,
        ReviewPage,
        ProgressPage,
        DonePage
    };

    PublishWizard(Services& services, QWidget* parent = nullptr);

    // What the pages have gathered so far, as the publisher takes it.
    Publisher::Request request() const;
    Services& services() const { return m_services; }

    // A new version of a module: the form filled in from its document, its key chosen.
    void prefill(const ModuleMetadata& metadata);

    PublishKeyPage* keyPage() const { return m_keyPage; }
    PublishMetadataPage* metadataPage() const { return m_metadataPage; }
    PublishContentPage* contentPage() const { return m_contentPage; }
    PublishReviewPage* reviewPage() const { return m_reviewPage; }
    PublishProgressPage* progressPage() const { return m_progressPage; }
    PublishDonePage* donePage() const { return m_donePage; }

    void reject() override; // cancels a publish that is running

private:
    Services& m_services;
    PublishKeyPage* m_keyPage;
    PublishMetadataPage* m_metadataPage;
    PublishContentPage* m_contentPage;
    PublishReviewPage* m_reviewPage;
    PublishProgressPage* m_progressPage;
    PublishDonePage* m_donePage;
};

} // namespace modreg::ui
