#pragma once

#include "cli/Command.h"

namespace modreg::cli {

// Every command of `modreg`, in the order `modreg help` lists them. Each *Command.cpp gives its own.
const QList<Command>& commandTable();

QList<Command> devnetCommands();
QList<Command> keysCommands();
QList<Command> ipfsCommands();
QList<Command> chainCommands();    // chain info, registry …
QList<Command> publishCommands();  // publish, remove, transfer
QList<Command> replicaCommands();  // sync, search, list, show

// The whole command line after the program's name: finds the command its first one or two words
// name and runs it; `modreg help [COMMAND]`, `--help` and `--version` are answered here.
int runCommandLine(const QStringList& arguments);

} // namespace modreg::cli
