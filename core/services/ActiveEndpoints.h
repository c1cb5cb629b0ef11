#pragma once

#include "devnet/Devnet.h"
#include "settings/EndpointSettings.h"

#include <QObject>

namespace modreg {

// Which IPFS node and chain the app talks to right now: the embedded devnet (started on demand)
// or the user's own nodes from Settings. Views and services ask this object, never Devnet or
// QSettings, so switching in Settings reaches everyone through endpointsChanged().
class ActiveEndpoints : public QObject
{
    Q_OBJECT
public:
    explicit ActiveEndpoints(Devnet::Options devnetOptions, QObject* parent = nullptr);

    // Switches to what `settings` says; starts or stops the devnet as needed.
    void apply(const EndpointSettings& settings);
    // Stops a devnet this process started (at application exit).
    void shutdown();

    bool usesDevnet() const { return m_usesDevnet; }
    // Usable endpoints, or empty while the devnet starts or after it failed.
    Endpoints endpoints() const { return m_endpoints; }
    // One line for the status bar: "Local devnet: starting…", "Your own nodes", the devnet's error.
    QString summary() const;
    Devnet& devnet() { return m_devnet; }

signals:
    void endpointsChanged(const modreg::Endpoints& endpoints);
    void summaryChanged(const QString& summary);

private:
    void setEndpoints(const Endpoints& endpoints);
    void onDevnetState();

    Devnet m_devnet;
    bool m_usesDevnet = false;
    bool m_applied = false;
    Endpoints m_endpoints;
};

} // namespace modreg
