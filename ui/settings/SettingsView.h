#pragma once

#include "status/NodeStatusMonitor.h"
#include "settings/EndpointSettings.h"
#include "settings/KeySettings.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QGroupBox;

namespace modreg {
class ActiveEndpoints;
}

namespace modreg::ui {

// Network settings: the embedded devnet, or the user's own IPFS node, gateways, chain RPC and
// registry contract. Checks what is typed as it is typed; Apply saves and switches at once.
class SettingsView : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsView(ActiveEndpoints& endpoints, QWidget* parent = nullptr);

    // What the form says now (not yet applied).
    EndpointSettings formValues() const;
    void setFormValues(const EndpointSettings& values);
    KeySettings keyFormValues() const;

    QRadioButton* devnetChoice() const { return m_useDevnet; }
    QRadioButton* externalChoice() const { return m_useExternal; }
    QLineEdit* ipfsApiEdit() const { return m_ipfsApi; }
    QPlainTextEdit* gatewaysEdit() const { return m_gateways; }
    QLineEdit* chainRpcEdit() const { return m_chainRpc; }
    QLineEdit* registryEdit() const { return m_registry; }
    QPushButton* applyButton() const { return m_apply; }
    QSpinBox* autoLockBox() const { return m_autoLock; }
    QSpinBox* ss58PrefixBox() const { return m_ss58Prefix; }

signals:
    // After Apply: the keystore's auto-lock and the Wallet's SS58 prefix follow these at once.
    void keySettingsApplied(const modreg::KeySettings& settings);

public:
    QLabel* problemsLabel() const { return m_problems; }
    QLabel* devnetDetailsLabel() const { return m_devnetDetails; }
    QLabel* chainInfoLabel() const { return m_chainInfo; }

public slots:
    void apply();
    void revert();

private:
    void onFormEdited();
    void refreshDevnetDetails();
    void probeChain();

    ActiveEndpoints& m_endpoints;
    NodeStatusMonitor m_chainProbe;
    QTimer m_probeDelay;
    EndpointSettings m_saved;
    KeySettings m_savedKeys;
    QRadioButton* m_useDevnet;
    QRadioButton* m_useExternal;
    QGroupBox* m_externalBox;
    QLineEdit* m_ipfsApi;
    QPlainTextEdit* m_gateways;
    QLineEdit* m_chainRpc;
    QLineEdit* m_registry;
    QLineEdit* m_registryFromBlock;
    QLabel* m_chainInfo;
    QLabel* m_devnetDetails;
    QSpinBox* m_autoLock;
    QSpinBox* m_ss58Prefix;
    QLabel* m_problems;
    QPushButton* m_apply;
    QPushButton* m_revert;
};

} // namespace modreg::ui
