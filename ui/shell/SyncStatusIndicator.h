#pragma once

#include "registry/Syncer.h"

#include <QWidget>
#include <optional>

class QLabel;
class QProgressBar;
class QToolButton;

namespace modreg {
class Services;
}

namespace modreg::ui {

// The status bar's account of the local replica: "Synced · 1,234 modules", a progress bar while a
// backfill runs (over the blocks, then over a backlog of metadata to fetch), what is wrong when it cannot go
// on, and "Sync now".
class SyncStatusIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusIndicator(Services& services, QWidget* parent = nullptr);

    // What the indicator shows for a sync's progress: a sentence, its tooltip, and the bar's fill
    // (0..1) while a long catch-up runs, of the blocks, then of a backlog of metadata to fetch.
    struct Shown
    {
        QString text;
        QString toolTip;
        std::optional<double> bar;
    };
    static Shown describe(const Syncer::Progress& p);

    QLabel* label() const { return m_label; }
    QProgressBar* progressBar() const { return m_bar; }
    QToolButton* syncNowButton() const { return m_syncNow; }

public slots:
    void syncNow();
    // Shows `p` (the syncer's progress as it comes).
    void showProgress(const modreg::Syncer::Progress& p);

private:
    void bind();
    void refresh();

    Services& m_services;
    QLabel* m_label;
    QProgressBar* m_bar;
    QToolButton* m_syncNow;
};

} // namespace modreg::ui
