#include "shell/SyncStatusIndicator.h"

#include "registry/BackgroundSync.h"
#include "registry/RegistryServices.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace modreg::ui {

SyncStatusIndicator::SyncStatusIndicator(RegistryServices& services, QWidget* parent)
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
    connect(&m_services, &RegistryServices::changed, this, &SyncStatusIndicator::bind);
    connect(&m_services, &RegistryServices::replicaChanged, this, &SyncStatusIndicator::show);
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
        connect(syncer, &BackgroundSync::progressed, this, &SyncStatusIndicator::show, Qt::UniqueConnection);
    show();
}

void SyncStatusIndicator::show()
{
    const BackgroundSync* syncer = m_services.syncer();
    const QLocale locale;
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
    m_bar->setRange(0, 1000);
    const Syncer::Progress p = syncer->progress();
    const bool backfilling = !p.caughtUp && p.headBlock > 0;
    m_bar->setVisible(backfilling);
    m_bar->setValue(static_cast<int>(p.fraction() * 1000));
    QString text;
    if (!p.problem.isEmpty())
        text = tr("Sync stalled");
    else if (backfilling)
        text =
            tr("Syncing: block %1 of %2").arg(locale.toString(p.syncedBlock), locale.toString(p.headBlock));
    else if (p.caughtUp)
        text = tr("Synced · %n module(s)", nullptr, static_cast<int>(p.modules));
    else
        text = tr("Starting sync…");
    if (p.pendingFetches > 0 && p.problem.isEmpty())
        text += tr(" · %n to fetch", nullptr, static_cast<int>(p.pendingFetches));
    m_label->setText(text);
    m_label->setToolTip(p.problem.isEmpty()
                            ? tr("Block %1 · %2 modules · %3 metadata documents waiting to be fetched")
                                  .arg(locale.toString(p.syncedBlock), locale.toString(p.modules),
                                       locale.toString(p.pendingFetches))
                            : p.problem);
}

} // namespace modreg::ui
