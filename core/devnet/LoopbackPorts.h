#pragma once

#include "Result.h"

#include <QList>

namespace modreg {

// `count` distinct TCP ports that are free on 127.0.0.1 right now. All are held open until all
// are found, so they differ; another program could still take one before the node binds it,
// which the node then reports as a start failure.
Result<QList<quint16>> pickFreeLoopbackPorts(int count);

} // namespace modreg
