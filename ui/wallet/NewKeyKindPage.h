#pragma once

#include "keys/KeyEntry.h"

#include <QWizardPage>

class QComboBox;
class QLineEdit;
class QRadioButton;

namespace modreg::ui {

// Page 1: the key's name, its ecosystem, and whether it comes from a recovery phrase.
class NewKeyKindPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit NewKeyKindPage(QWidget* parent = nullptr);

    QString label() const;
    KeyOrigin scheme() const; // Bip44Secp256k1, Slip10Ed25519 or SubstrateEd25519
    KeyType type() const
    {
        return scheme() == KeyOrigin::Bip44Secp256k1 ? KeyType::Secp256k1 : KeyType::Ed25519;
    }
    bool withMnemonic() const;
    int words() const;

    QLineEdit* labelEdit() const { return m_label; }
    QComboBox* ecosystemBox() const { return m_ecosystem; }
    QRadioButton* randomChoice() const { return m_random; }

    int nextId() const override;
    bool validatePage() override;

private:
    QLineEdit* m_label;
    QComboBox* m_ecosystem;
    QRadioButton* m_phrase;
    QRadioButton* m_random;
    QComboBox* m_words;
};

} // namespace modreg::ui
