#include "publish/PublishProgressPage.h"

#include "services/Services.h"
#include "shell/Labels.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace modreg::ui {

namespace {
const QString kWaiting = QStringLiteral("○");
const QString kRunning = QStringLiteral("◐");
const QString kDone = QStringLiteral("✔");
const QString kFailed = QStringLiteral("✘");
} // namespace

PublishProgressPage::PublishProgressPage(Services& services, std::function<Publisher::Request()> request,
                                         QWidget* parent)
    : QWizardPage(parent)
    , m_services(services)
    , m_request(std::move(request))
    , m_progress(new QProgressBar)
    , m_problem(makeErrorLabel(QStringLiteral("publishProblem")))
    , m_cancel(new QPushButton(tr("&Cancel publishing")))
    , m_retry(new QPushButton(tr("&Retry")))
{
    setTitle(tr("Publishing"));
    setSubTitle(
        tr("If anything stops this (a node goes away, the app closes), publishing the same module again "
           "finishes the job: nothing is uploaded or registered twice."));
    auto* grid = new QGridLayout;
    int row = 0;
    for (Publisher::Step step : Publisher::stepsOf(RegistryCall::Kind::Register)) {
        Row r{new QLabel(kWaiting), new QLabel};
        r.state->setObjectName(QStringLiteral("step%1").arg(static_cast<int>(step)));
        r.detail->setTextFormat(Qt::PlainText);
        r.detail->setWordWrap(true);
        r.detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        r.detail->setStyleSheet(QStringLiteral("color: palette(dark);"));
        auto* title = new QLabel(Publisher::title(step));
        grid->addWidget(r.state, row, 0, Qt::AlignTop);
        grid->addWidget(title, row, 1);
        grid->addWidget(r.detail, row + 1, 1);
        row += 2;
        m_steps.insert(step, r);
    }
    grid->setColumnStretch(1, 1);
    m_progress->setObjectName(QStringLiteral("publishProgress"));
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("cancelPublish"));
    m_retry->setObjectName(QStringLiteral("retryPublish"));
    m_retry->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_progress);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addLayout(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &PublishProgressPage::cancel);
    connect(m_retry, &QPushButton::clicked, this, &PublishProgressPage::retry);
}

void PublishProgressPage::initializePage()
{
    start();
}

void PublishProgressPage::setState(Publisher::Step step, const QString& mark, const QString& detail)
{
    const Row r = m_steps.value(step);
    if (!r.state)
        return;
    r.state->setText(mark);
    if (!detail.isNull())
        r.detail->setText(detail);
}

void PublishProgressPage::start()
{
    for (auto it = m_steps.cbegin(); it != m_steps.cend(); ++it)
        setState(it.key(), kWaiting, QStringLiteral(""));
    m_problem->clear();
    m_retry->hide();
    m_cancel->show();
    m_outcome.reset();
    for (const QMetaObject::Connection& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    Publisher* publisher = m_services.publisher();
    if (!publisher) {
        m_problem->setText(tr("The IPFS node and the chain are not ready; retry in a moment."));
        m_retry->show();
        m_cancel->hide();
        return;
    }
    m_running = true;
    m_connections << connect(publisher, &Publisher::stepStarted, this, [this](Publisher::Step step) {
        setState(step, kRunning, QString());
        m_progress->hide();
    });
    m_connections << connect(
        publisher, &Publisher::stepProgress, this, [this](Publisher::Step step, qint64 done, qint64 total) {
            if (total <= 0)
                return;
            m_progress->show();
            m_progress->setValue(static_cast<int>(done * 100 / total));
            m_steps.value(step).detail->setText(
                tr("%1 of %2").arg(QLocale().formattedDataSize(done), QLocale().formattedDataSize(total)));
        });
    m_connections << connect(publisher, &Publisher::stepFinished, this,
                             [this](Publisher::Step step, const QString& detail) {
                                 setState(step, kDone, detail);
                                 m_progress->hide();
                             });
    m_connections << connect(publisher, &Publisher::failed, this,
                             [this](Publisher::Step step, const QString& why) {
                                 m_running = false;
                                 setState(step, kFailed, QString());
                                 m_progress->hide();
                                 m_problem->setText(why);
                                 m_cancel->hide();
                                 m_retry->show();
                             });
    m_connections << connect(
        publisher, &Publisher::finished, this, [this](const Publisher::Outcome& outcome) {
            m_running = false;
            m_outcome = outcome;
            for (auto it = m_steps.cbegin(); it != m_steps.cend(); ++it) {
                if (it.value().state->text() != kDone) // steps a finished job did not need
                    setState(it.key(), kDone, QString());
            }
            m_cancel->hide();
            emit completeChanged();
            QTimer::singleShot(0, wizard(), &QWizard::next);
        });
    // The services may be rebuilt (Settings switched nodes): then this run is over.
    m_connections << connect(&m_services, &Services::changed, this, [this] {
        if (!m_running)
            return;
        m_running = false;
        m_problem->setText(
            tr("The nodes changed in Settings while publishing; retry to finish on the new ones."));
        m_cancel->hide();
        m_retry->show();
    });
    publisher->publish(m_request());
}

void PublishProgressPage::cancel()
{
    if (Publisher* publisher = m_services.publisher(); publisher && m_running)
        publisher->cancel();
}

void PublishProgressPage::retry()
{
    start();
}

bool PublishProgressPage::isComplete() const
{
    return m_outcome.has_value();
}

} // namespace modreg::ui
