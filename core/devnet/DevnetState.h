#pragma once

#include "Result.h"
#include "settings/Endpoints.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace modreg {

// What devnet.json records about a running devnet: who owns it, its processes and where they
// listen. It lets a second Modreg (or `modreg devnet status`) use a devnet that is already up, and
// lets the next start recognise and clean up the leftovers of a crashed one.
struct DevnetState
{
    Q_DECLARE_TR_FUNCTIONS(DevnetState)

public:
    qint64 ownerPid = 0;
    QString ownerExecutable; // guards against a recycled pid
    qint64 anvilPid = 0;
    qint64 ipfsPid = 0;
    bool ready = false; // false while starting
    Endpoints endpoints;
    QDateTime startedAt;

    static QString path(const QString& devnetDir);
    static Result<DevnetState> read(const QString& devnetDir);
    Status write(const QString& devnetDir) const; // atomic
    static void remove(const QString& devnetDir);

    // Is the owner still the same program that wrote this record?
    bool ownerAlive() const;
    // Ready and still owned: its endpoints can be used.
    bool isRunning() const { return ready && ownerAlive(); }
};

} // namespace modreg
