#pragma once

#include <QWizardPage>

class QLabel;

namespace modreg::ui {

class CopyableField;

// Page 6: done. What the module is now known by, each with a Copy button.
class PublishDonePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PublishDonePage(QWidget* parent = nullptr);

    void initializePage() override;

    QLabel* summaryLabel() const { return m_summary; }
    CopyableField* keyField() const { return m_key; }
    CopyableField* contentCidField() const { return m_contentCid; }
    CopyableField* metadataCidField() const { return m_metadataCid; }
    CopyableField* transactionField() const { return m_transaction; }

private:
    QLabel* m_summary;
    CopyableField* m_key;
    CopyableField* m_contentCid;
    CopyableField* m_metadataCid;
    CopyableField* m_transaction;
    QLabel* m_block;
};

} // namespace modreg::ui
