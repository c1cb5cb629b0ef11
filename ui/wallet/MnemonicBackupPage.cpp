#include "wallet/MnemonicBackupPage.h"

#include "wallet/NewKeyWizard.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace modreg::ui {

MnemonicBackupPage::MnemonicBackupPage(QWidget* parent)
    : QWizardPage(parent)
    , m_grid(new QGridLayout)
    , m_written(new QCheckBox(tr("I have written these words down, in order, and keep them somewhere safe")))
{
    setTitle(tr("Write down your recovery phrase"));
    setSubTitle(
        tr("These words are the key. Anyone who has them controls your modules; if you lose them and the "
           "keystore, the key is gone. Write them on paper; do not take a screenshot."));
    m_grid->setHorizontalSpacing(24);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_grid);
    layout->addSpacing(12);
    layout->addWidget(m_written);
    layout->addStretch(1);
    connect(m_written, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
}

void MnemonicBackupPage::clearWords()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void MnemonicBackupPage::initializePage()
{
    clearWords();
    m_written->setChecked(false);
    const Mnemonic* m = static_cast<NewKeyWizard*>(wizard())->mnemonic();
    if (!m)
        return;
    const int count = m->wordCount();
    const int columns = 3;
    const int rows = (count + columns - 1) / columns;
    QFont mono = font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setPointSizeF(mono.pointSizeF() * 1.15);
    for (int i = 0; i < count; ++i) {
        auto* word = new QLabel(QStringLiteral("%1. %2").arg(i + 1, 2).arg(m->word(i)));
        word->setFont(mono);
        word->setTextFormat(Qt::PlainText);
        word->setObjectName(QStringLiteral("word%1").arg(i + 1));
        m_grid->addWidget(word, i % rows, i / rows); // numbered down the columns, as on paper
    }
}

void MnemonicBackupPage::cleanupPage()
{
    clearWords();
}

bool MnemonicBackupPage::isComplete() const
{
    return m_written->isChecked();
}

} // namespace modreg::ui
