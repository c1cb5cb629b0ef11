#pragma once

#include <QList>
#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace modreg::ui {

// Page 3: three words of the phrase, chosen at random, typed back, to show it really was written down.
class MnemonicConfirmPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit MnemonicConfirmPage(QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

    QList<int> askedPositions() const { return m_positions; } // from 0
    QList<QLineEdit*> answerEdits() const { return m_answers; }

private:
    QList<int> m_positions;
    QList<QLabel*> m_questions;
    QList<QLineEdit*> m_answers;
    QLabel* m_hint;
};

} // namespace modreg::ui
