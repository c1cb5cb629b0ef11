#pragma once

#include <QStringList>

namespace modreg::cli {

// `modreg ipfs cid <path> [--cid-version 0|1] [--json]`: the CID `ipfs add` would give, computed
// locally. Returns 0, 1 on failure, 2 on bad usage. (add and get follow with the RPC client.)
int runIpfsCommand(const QStringList& arguments);

} // namespace modreg::cli
