#pragma once

#include "Result.h"
#include "settings/Endpoints.h"

namespace modreg::cli {

// The nodes the CLI talks to, as the desktop app would: the running local devnet, or the user's
// own nodes when Settings says so. Fails with a sentence when the devnet is chosen but not running.
Result<Endpoints> currentEndpoints();
// Whether Settings choose the local devnet (rather than the own nodes).
bool usingDevnet();

} // namespace modreg::cli
