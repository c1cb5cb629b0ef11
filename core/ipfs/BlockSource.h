#pragma once

#include "Result.h"
#include "ipfs/Cid.h"

#include <QByteArray>
#include <functional>

namespace modreg {

// Somewhere blocks can be asked for by CID: the RPC API, an HTTP gateway, a downloaded CAR.
// A source is not trusted: whoever asks checks each block against its CID (UnixfsExporter does).
class BlockSource
{
public:
    virtual ~BlockSource() = default;
    // `done` may run before `get` returns (a local source) or later (a network one).
    virtual void get(const Cid& cid, std::function<void(Result<QByteArray>)> done) = 0;
};

} // namespace modreg
