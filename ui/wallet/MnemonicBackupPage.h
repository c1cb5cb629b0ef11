#pragma once

#include <QWizardPage>

class QCheckBox;
class QGridLayout;

namespace modreg::ui {

// Page 2: the recovery phrase, numbered, to write down on paper. Shown on screen only: never copied
// to the clipboard, never logged.
class MnemonicBackupPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit MnemonicBackupPage(QWidget* parent = nullptr);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    QCheckBox* writtenDownBox() const { return m_written; }

private:
    void clearWords();
    QGridLayout* m_grid;
    QCheckBox* m_written;
};

} // namespace modreg::ui
