#pragma once

#include <QStringList>

namespace modreg::cli {

// `modreg ipfs cid|add|get`: the CID `ipfs add` would give, computed locally; adding to the current
// IPFS node; and verified fetching by CID. Returns 0, 1 on failure, 2 on bad usage.
int runIpfsCommand(const QStringList& arguments);

} // namespace modreg::cli
