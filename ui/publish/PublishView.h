#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace modreg {
class Services;
struct ModuleMetadata;
} // namespace modreg

namespace modreg::ui {

// The Publish view: what publishing does, and the button that opens the Publish wizard (when the
// keystore is unlocked and the nodes are ready; otherwise it says what is missing).
class PublishView : public QWidget
{
    Q_OBJECT
public:
    explicit PublishView(Services& services, QWidget* parent = nullptr);

    QPushButton* publishButton() const { return m_publish; }
    QLabel* readinessLabel() const { return m_readiness; }

public slots:
    void openWizard();
    // A new version of a module: the wizard opens with the form filled in from its document.
    void openWizardFor(const modreg::ModuleMetadata& metadata);

private:
    void updateReadiness();
    void runWizard(const ModuleMetadata* prefill);

    Services& m_services;
    QPushButton* m_publish;
    QLabel* m_readiness;
    QLabel* m_last;
};

} // namespace modreg::ui
