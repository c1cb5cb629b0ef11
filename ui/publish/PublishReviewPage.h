#pragma once

#include "registry/Publisher.h"

#include <QWizardPage>
#include <functional>
#include <optional>

class QLabel;
class QPlainTextEdit;

namespace modreg {
class Services;
}

namespace modreg::ui {

class CopyableField;

// Page 4: what will happen, exactly: the signed metadata document, the content and metadata CIDs,
// the chain call and what it may cost. Nothing has been sent anywhere yet; Publish starts it.
class PublishReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    // `request`: what the earlier pages gathered, asked for each time the page opens.
    PublishReviewPage(Services& services, std::function<Publisher::Request()> request, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    std::optional<Publisher::Plan> plan() const { return m_plan; }

    QPlainTextEdit* documentView() const { return m_document; }
    QLabel* actionLabel() const { return m_action; }
    QLabel* feeLabel() const { return m_fee; }
    QLabel* callLabel() const { return m_call; }
    CopyableField* metadataCidField() const { return m_metadataCid; }
    CopyableField* contentCidField() const { return m_contentCid; }

private:
    Services& m_services;
    std::function<Publisher::Request()> m_request;
    std::optional<Publisher::Plan> m_plan;
    quint64 m_asked = 0;
    QLabel* m_action;
    QPlainTextEdit* m_document;
    QLabel* m_documentNote;
    CopyableField* m_contentCid;
    CopyableField* m_metadataCid;
    QLabel* m_call;
    QLabel* m_fee;
    QLabel* m_problem;
};

} // namespace modreg::ui
