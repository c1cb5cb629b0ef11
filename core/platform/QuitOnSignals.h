#pragma once

namespace modreg {

// Turns SIGINT, SIGTERM and SIGHUP into QCoreApplication::quit(), so the event loop ends
// normally and everything shuts down cleanly (the devnet's chain node writes its state). A second
// signal while quitting ends the process at once. Call once, after the application object exists.
void quitOnTerminationSignals();

} // namespace modreg
