#pragma once

#include <QStringList>

namespace modreg::cli {

// `modreg chain info`: the chain node, its chain id and head, and the registry contract on it.
int runChainCommand(const QStringList& arguments);

// `modreg registry get|register|update|remove|transfer`: the registry calls, one at a time, as
// building blocks for scripts (publishing wraps them in a flow). 0, 1 on failure, 2 on bad usage.
int runRegistryCommand(const QStringList& arguments);

} // namespace modreg::cli
