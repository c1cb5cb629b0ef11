#pragma once

#include <QString>

namespace modreg {

// Where Modreg keeps its files. The GUI and the CLI share one data directory and one settings
// file, so a key created in one is seen by the other.
class AppPaths
{
public:
    // Sets organisation and application name; call once in every main() before anything else.
    static void initialize();

    // ~/.local/share/modreg/modreg on Linux, or $MODREG_DATA_DIR when set (tests, portable use).
    static QString dataDir();
    // dataDir()/devnet: anvil state, the js-ipfs repository, logs and devnet.json.
    static QString devnetDir();
};

} // namespace modreg
