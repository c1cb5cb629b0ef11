#pragma once

#include <QStringList>

namespace modreg::cli {

// `modreg publish FOLDER --key NAME`: the whole publish pipeline in one command, with a progress
// display on a terminal and --json for scripts. Running it again after a failure finishes the job.
int runPublishCommand(const QStringList& arguments);

// `modreg remove KEY --account NAME` and `modreg transfer KEY ADDRESS --account NAME`: through the
// same pipeline (owner checked first, a transaction left from last time awaited, never sent twice).
int runRemoveCommand(const QStringList& arguments);
int runTransferCommand(const QStringList& arguments);

} // namespace modreg::cli
