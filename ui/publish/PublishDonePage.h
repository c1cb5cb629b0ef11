#pragma once

#include "registry/Publisher.h"

#include <QWizardPage>
#include <functional>

class QLabel;

namespace modreg::ui {

class CopyableField;
class PublishKeyPage;
class PublishProgressPage;

// Page 6: done. What the module is now known by, each with a Copy button.
class PublishDonePage : public QWizardPage
{
    Q_OBJECT
public:
    // Shows what `progress` published of `request`, under the key `keyPage` chose.
    PublishDonePage(std::function<Publisher::Request()> request, const PublishProgressPage& progress,
                    const PublishKeyPage& keyPage, QWidget* parent = nullptr);

    void initializePage() override;

    QLabel* summaryLabel() const { return m_summary; }
    CopyableField* keyField() const { return m_key; }
    CopyableField* contentCidField() const { return m_contentCid; }
    CopyableField* metadataCidField() const { return m_metadataCid; }
    CopyableField* transactionField() const { return m_transaction; }

private:
    std::function<Publisher::Request()> m_request;
    const PublishProgressPage& m_progress;
    const PublishKeyPage& m_keyPage;
    QLabel* m_summary;
    CopyableField* m_key;
    CopyableField* m_contentCid;
    CopyableField* m_metadataCid;
    CopyableField* m_transaction;
    QLabel* m_block;
};

} // namespace modreg::ui
