#pragma once

#include <QStringList>

namespace modreg::cli {

// `modreg keys new|import|list|export|sign|verify`. Returns the exit code: 0 success, 1 failure
// (for verify: the signature does not verify), 2 bad usage.
int runKeysCommand(const QStringList& arguments);

} // namespace modreg::cli
