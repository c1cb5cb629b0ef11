#pragma once

#include "registry/Publisher.h"

#include <QMap>
#include <QWizardPage>
#include <functional>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace modreg {
class Services;
}

namespace modreg::ui {

// Page 5: publishing, step by step: each step's state and what it found, a progress bar for the
// long ones, Cancel while it runs, and Retry after a failure (which finishes the job rather than
// starting over: see Publisher).
class PublishProgressPage : public QWizardPage
{
    Q_OBJECT
public:
    PublishProgressPage(Services& services, std::function<Publisher::Request()> request,
                        QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool isRunning() const { return m_running; }
    void cancel();
    void retry();
    std::optional<Publisher::Outcome> outcome() const { return m_outcome; }

    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* retryButton() const { return m_retry; }
    QLabel* problemLabel() const { return m_problem; }
    QLabel* stepLabel(Publisher::Step step) const { return m_steps.value(step).state; }

private:
    struct Row
    {
        QLabel* state = nullptr;
        QLabel* detail = nullptr;
    };
    void start();
    void setState(Publisher::Step step, const QString& mark, const QString& detail);

    Services& m_services;
    std::function<Publisher::Request()> m_request;
    QMap<Publisher::Step, Row> m_steps;
    QProgressBar* m_progress;
    QLabel* m_problem;
    QPushButton* m_cancel;
    QPushButton* m_retry;
    bool m_running = false;
    std::optional<Publisher::Outcome> m_outcome;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace modreg::ui
