#pragma once

#include "metadata/ModuleMetadata.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;

namespace modreg {
class Services;
}

namespace modreg::ui {

// Page 1: which keystore key is the module (it signs the metadata), which of its identity forms is
// the registry key, and which key pays for the transaction. The registry is asked who holds the key:
// new (register), yours (a new version), or someone else's (stop here, before anything is spent).
class PublishKeyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PublishKeyPage(Services& services, QWidget* parent = nullptr);

    QString moduleKeyId() const;
    ModuleKey::Type keyType() const;
    QString accountKeyId() const;
    QString registryKeyText() const; // the chosen form as its ecosystem writes it (SS58, 0x…)
    void selectRegistryKey(const ModuleKey& key);

    QComboBox* keyBox() const { return m_keys; }
    QComboBox* formBox() const { return m_forms; }
    QComboBox* accountBox() const { return m_accounts; }
    QPushButton* newKeyButton() const { return m_newKey; }
    QLabel* standingLabel() const { return m_standing; }
    enum class Standing
    {
        Unknown,
        Asking,
        New,
        Yours,
        Someone,
        Unreachable
    };
    Standing standing() const { return m_standingKind; }

    void initializePage() override;
    bool isComplete() const override;

private:
    void fillKeys();
    void fillForms();
    void fillAccounts();
    void askRegistry();
    void createKey();
    void setStanding(Standing kind, const QString& text);

    Services& m_services;
    QComboBox* m_keys;
    QComboBox* m_forms;
    QComboBox* m_accounts;
    QPushButton* m_newKey;
    QLabel* m_locked;
    QLabel* m_standing;
    Standing m_standingKind = Standing::Unknown;
    quint64 m_asked = 0; // the latest question to the registry; older answers are dropped
};

} // namespace modreg::ui
