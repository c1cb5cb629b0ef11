#include "shell/SyncStatusIndicator.h"

#include "registry/BackgroundSync.h"
#include "services/Services.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>
#include <algorithm>

namespace modreg::ui {

namespace {
// Metadata documents still to fetch, at the head, that make a backlog worth a progress bar.
constexpr qint64 kFetchBacklog = 100;
} // namespace

SyncStatusIndicator::SyncStatusIndicator(Services& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_label(new QLabel)
    , m_bar(new QProgressBar)
    , m_syncNow(new QToolButton)
{
    setObjectName(QStringLiteral("syncIndicator"));
    m_label->setObjectName(QStringLiteral("syncLabel"));
    m_bar->setRange(0, 1000);
    m_bar->setFixedWidth(120);
    m_bar->setTextVisible(false);
    m_bar->setVisible(false);
    m_syncNow->setText(tr("Sync now"));
    m_syncNow->setToolTip(tr("Check the chain for new registry events and retry metadata that could not be "
                             "fetched."));
    m_syncNow->setAutoRaise(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_syncNow);
    connect(m_syncNow, &QToolButton::clicked, this, &SyncStatusIndicator::syncNow);
    connect(&m_services, &Services::changed, this, &SyncStatusIndicator::bind);
    connect(&m_services, &Services::replicaChanged, this, &SyncStatusIndicator::refresh);
    bind();
}

void SyncStatusIndicator::syncNow()
{
    if (BackgroundSync* syncer = m_services.syncer())
        syncer->syncNow();
}

void SyncStatusIndicator::bind()
{
    if (BackgroundSync* syncer = m_services.syncer())
        connect(syncer, &BackgroundSync::progressed, this, &SyncStatusIndicator::refresh, Qt::UniqueConnection);
    refresh();
}

void SyncStatusIndicator::refresh()
{
    const BackgroundSync* syncer = m_services.syncer();
    m_syncNow->setEnabled(syncer != nullptr);
    if (!syncer) {
        const bool upgrading = m_services.isUpgradingReplica();
        m_bar->setVisible(upgrading);
        m_bar->setRange(0, upgrading ? 0 : 1000); // no range: busy, with no end to show
        m_label->setText(upgrading              ? tr("Upgrading the replica…")
                         : m_services.replica() ? tr("Replica: offline (waiting for the chain)")
                                                : tr("Replica: none yet"));
        m_label->setToolTip(m_services.replicaProblem());
        return;
    }
    showProgress(syncer->progress());
}

void SyncStatusIndicator::showProgress(const Syncer::Progress& p)
{
    const Shown shown = describe(p);
    m_bar->setRange(0, 1000);
    m_bar->setVisible(shown.bar.has_value());
    m_bar->setValue(static_cast<int>(shown.bar.value_or(0) * 1000));
    m_label->setText(shown.text);
    m_label->setToolTip(shown.toolTip);
}

SyncStatusIndicator::Shown SyncStatusIndicator::describe(const Syncer::Progress& p)
{
    const QLocale locale;
    Shown shown;
    shown.toolTip = p.problem.isEmpty()
                        ? tr("Block %1 · %2 modules · %3 metadata documents waiting to be fetched")
                              .arg(locale.toString(p.syncedBlock), locale.toString(p.modules),
                                   locale.toString(p.pendingFetches))
                        : p.problem;
    if (!p.problem.isEmpty()) {
        shown.text = tr("Sync stalled");
        return shown;
    }
    const bool backfilling = !p.caughtUp && p.headBlock > 0;
    // At the head, a first sync of a large registry still has most of its metadata to fetch, which
    // takes longer than the blocks did: that is progress to show too, not "Synced". A handful to
    // fetch (following the chain), or only ones waiting to be tried again, is not.
    const bool fetchingBacklog =
        p.caughtUp && p.fetching > 0 && p.pendingFetches >= kFetchBacklog && p.modules > 0;
    if (backfilling) {
        shown.bar = p.fraction();
        shown.text =
            tr("Syncing: block %1 of %2").arg(locale.toString(p.syncedBlock), locale.toString(p.headBlock));
    } else if (fetchingBacklog) {
        const qint64 fetched = std::clamp<qint64>(p.modules - p.pendingFetches, 0, p.modules);
        shown.bar = double(fetched) / double(p.modules);
        shown.text = tr("Fetching metadata: %1 of %2 modules")
                         .arg(locale.toString(fetched), locale.toString(p.modules));
        return shown;
    } else if (p.caughtUp) {
        shown.text = tr("Synced · %n module(s)", nullptr, static_cast<int>(p.modules));
    } else {
        shown.text = tr("Starting sync…");
    }
    if (p.pendingFetches > 0)
        shown.text += tr(" · %n to fetch", nullptr, static_cast<int>(p.pendingFetches));
    return shown;
}

} // namespace modreg::ui
