#pragma once

#include <QStringList>

namespace modreg::cli {

// `modreg devnet up [--detach] [--json] | down | status [--json]`. Returns the exit code:
// 0 success, 1 failure, 2 bad usage, 3 (status) no devnet running.
int runDevnetCommand(const QStringList& arguments);

} // namespace modreg::cli
