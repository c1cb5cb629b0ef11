#include "wallet/NewKeyWizard.h"

#include "keys/KeyImport.h"
#include "wallet/MnemonicBackupPage.h"
#include "wallet/MnemonicConfirmPage.h"
#include "wallet/NewKeyKindPage.h"

namespace modreg::ui {

NewKeyWizard::NewKeyWizard(QWidget* parent)
    : QWizard(parent)
    , m_kind(new NewKeyKindPage)
    , m_backup(new MnemonicBackupPage)
    , m_confirm(new MnemonicConfirmPage)
{
    setWindowTitle(tr("New key"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(KindPage, m_kind);
    setPage(BackupPage, m_backup);
    setPage(ConfirmPage, m_confirm);
    setMinimumSize(620, 440);
}

void NewKeyWizard::prepareKey()
{
    m_problem.clear();
    m_key.reset();
    m_mnemonic.reset();
    if (!m_kind->withMnemonic()) {
        m_key = KeyMaker::random(m_kind->type(), m_kind->label());
        return;
    }
    m_mnemonic = Mnemonic::generate(m_kind->words());
    Result<NewKey> key = KeyMaker::fromMnemonic(
        *m_mnemonic, m_kind->scheme(), KeyImport::defaultPath(m_kind->scheme()), {}, m_kind->label());
    if (key)
        m_key = std::move(key).value();
    else
        m_problem = key.error();
}

} // namespace modreg::ui
