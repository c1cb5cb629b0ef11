#pragma once

#include "Result.h"

#include <QList>

namespace modreg {

// `count` distinct TCP ports that are free on 127.0.0.1 right now, below the kernel's range for
// outgoing connections (so no connection can take one before the node binds it). All are held open
// until all are found, so they differ; a program that binds that very port number could still take
// one first, which the node then reports as a start failure.
Result<QList<quint16>> pickFreeLoopbackPorts(int count);

} // namespace modreg
