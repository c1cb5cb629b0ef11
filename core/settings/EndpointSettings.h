#pragma once

#include "settings/Endpoints.h"

class QSettings;

namespace modreg {

// The user's choice between the embedded devnet and their own nodes, persisted in QSettings.
// A first start with no configuration uses the devnet.
struct EndpointSettings
{
    bool useDevnet = true;
    Endpoints external = defaultExternal(); // what "my own nodes" points at

    // The usual local ports of a user's own Kubo node, gateway and Ethereum node.
    static Endpoints defaultExternal();

    static EndpointSettings load(const QSettings& settings);
    void save(QSettings& settings) const;

    bool operator==(const EndpointSettings&) const = default;
};

} // namespace modreg
