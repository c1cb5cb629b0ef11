#include "cli/CurrentEndpoints.h"

#include "devnet/DevnetState.h"
#include "settings/AppPaths.h"
#include "settings/EndpointSettings.h"

#include <QCoreApplication>
#include <QSettings>

namespace modreg::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(modreg::cli::CurrentEndpoints)
};
} // namespace

bool usingDevnet()
{
    return EndpointSettings::load(QSettings()).useDevnet;
}

Result<Endpoints> currentEndpoints()
{
    const EndpointSettings settings = EndpointSettings::load(QSettings());
    if (!settings.useDevnet)
        return settings.external;
    const Result<DevnetState> state = DevnetState::read(AppPaths::devnetDir());
    if (!state || !state->isRunning())
        return Result<Endpoints>::failure(Text::tr(
            "The local devnet is not running. Start it with \"modreg devnet up --detach\" (or open the "
            "Modreg app), or choose your own nodes in the app's Settings."));
    return state->endpoints;
}

} // namespace modreg::cli
