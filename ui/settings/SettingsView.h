#pragma once

#include "settings/EndpointSettings.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
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

    QRadioButton* devnetChoice() const { return m_useDevnet; }
    QRadioButton* externalChoice() const { return m_useExternal; }
    QLineEdit* ipfsApiEdit() const { return m_ipfsApi; }
    QPlainTextEdit* gatewaysEdit() const { return m_gateways; }
    QLineEdit* chainRpcEdit() const { return m_chainRpc; }
    QLineEdit* registryEdit() const { return m_registry; }
    QPushButton* applyButton() const { return m_apply; }
    QLabel* problemsLabel() const { return m_problems; }

public slots:
    void apply();
    void revert();

private:
    void onFormEdited();
    void refreshDevnetDetails();

    ActiveEndpoints& m_endpoints;
    EndpointSettings m_saved;
    QRadioButton* m_useDevnet;
    QRadioButton* m_useExternal;
    QGroupBox* m_externalBox;
    QLineEdit* m_ipfsApi;
    QPlainTextEdit* m_gateways;
    QLineEdit* m_chainRpc;
    QLineEdit* m_registry;
    QLabel* m_devnetDetails;
    QLabel* m_problems;
    QPushButton* m_apply;
    QPushButton* m_revert;
};

} // namespace modreg::ui
