#pragma once

#include <QStringList>

namespace modreg::cli {

// The local replica of the registry (core/store, core/registry/Syncer):
//   modreg sync [--follow] [--json]      bring it up to date (progress on a terminal)
//   modreg search WORDS [filters] [--json]
//   modreg list [--verified] [--json]
//   modreg show KEY [--json]
// search, list and show read only the replica file: they work with the network unplugged.
int runSyncCommand(const QStringList& arguments);
int runSearchCommand(const QStringList& arguments);
int runListCommand(const QStringList& arguments);
int runShowCommand(const QStringList& arguments);

} // namespace modreg::cli
