#include "wallet/MnemonicConfirmPage.h"

#include "wallet/NewKeyWizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QVBoxLayout>
#include <algorithm>

namespace modreg::ui {

MnemonicConfirmPage::MnemonicConfirmPage(QWidget* parent)
    : QWizardPage(parent)
    , m_hint(new QLabel)
{
    setTitle(tr("Confirm your recovery phrase"));
    setSubTitle(tr("Type these words from what you wrote down."));
    auto* form = new QFormLayout;
    for (int i = 0; i < 3; ++i) {
        auto* question = new QLabel;
        auto* answer = new QLineEdit;
        answer->setObjectName(QStringLiteral("answer%1").arg(i));
        connect(answer, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        m_questions << question;
        m_answers << answer;
        form->addRow(question, answer);
    }
    m_hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addStretch(1);
}

void MnemonicConfirmPage::initializePage()
{
    const Mnemonic* m = static_cast<NewKeyWizard*>(wizard())->mnemonic();
    const int count = m ? m->wordCount() : 12;
    m_positions.clear();
    while (m_positions.size() < 3) {
        const int p = static_cast<int>(QRandomGenerator::system()->bounded(count));
        if (!m_positions.contains(p))
            m_positions << p;
    }
    std::sort(m_positions.begin(), m_positions.end());
    for (int i = 0; i < 3; ++i) {
        m_questions[i]->setText(tr("Word %1:").arg(m_positions[i] + 1));
        m_answers[i]->clear();
    }
    m_hint->setText(tr("Going back shows the words again."));
}

bool MnemonicConfirmPage::isComplete() const
{
    const Mnemonic* m = static_cast<NewKeyWizard*>(wizard())->mnemonic();
    if (!m)
        return false;
    for (int i = 0; i < 3; ++i) {
        if (m_answers[i]->text().trimmed().toLower() != m->word(m_positions[i]))
            return false;
    }
    return true;
}

} // namespace modreg::ui
