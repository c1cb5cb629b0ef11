#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace modreg {
class RegistryServices;
}

namespace modreg::ui {

// The status bar's account of the local replica: "Synced · 1,234 modules", a progress bar while a
// backfill runs, what is wrong when it cannot go on, and "Sync now".
class SyncStatusIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusIndicator(RegistryServices& services, QWidget* parent = nullptr);

    QLabel* label() const { return m_label; }
    QProgressBar* progressBar() const { return m_bar; }
    QToolButton* syncNowButton() const { return m_syncNow; }

public slots:
    void syncNow();

private:
    void bind();
    void show();

    RegistryServices& m_services;
    QLabel* m_label;
    QProgressBar* m_bar;
    QToolButton* m_syncNow;
};

} // namespace modreg::ui
