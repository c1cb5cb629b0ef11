#pragma once

#include "crypto/Mnemonic.h"
#include "keys/KeyMaker.h"

#include <QWizard>
#include <optional>

namespace modreg::ui {

class NewKeyKindPage;
class MnemonicBackupPage;
class MnemonicConfirmPage;

// Creating a key: what kind (1), and for a recovery phrase, writing it down (2) and proving it by
// typing back three of its words (3). One class per page, as KeePassXC's database wizard does it.
class NewKeyWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        KindPage,
        BackupPage,
        ConfirmPage
    };

    explicit NewKeyWizard(QWidget* parent = nullptr);

    // Made when leaving the first page (so a new phrase is drawn each time the user goes back).
    void prepareKey();
    const Mnemonic* mnemonic() const { return m_mnemonic ? &*m_mnemonic : nullptr; }
    std::optional<NewKey> takeKey() { return std::move(m_key); }
    QString problem() const { return m_problem; }

    NewKeyKindPage* kindPage() const { return m_kind; }
    MnemonicBackupPage* backupPage() const { return m_backup; }
    MnemonicConfirmPage* confirmPage() const { return m_confirm; }

private:
    NewKeyKindPage* m_kind;
    MnemonicBackupPage* m_backup;
    MnemonicConfirmPage* m_confirm;
    std::optional<Mnemonic> m_mnemonic;
    std::optional<NewKey> m_key;
    QString m_problem;
};

} // namespace modreg::ui
