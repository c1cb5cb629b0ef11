#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace modreg {

// The devnet's js-ipfs repository on disk.
class IpfsRepo
{
public:
    Q_DECLARE_TR_FUNCTIONS(IpfsRepo)

public:
    struct Ports
    {
        quint16 api = 0;
        quint16 gateway = 0;
        quint16 grpc = 0;
    };

    explicit IpfsRepo(QString dir)
        : m_dir(std::move(dir))
    {}
    const QString& dir() const { return m_dir; }

    bool isInitialized() const;

    // Points every listener at 127.0.0.1 and the given ports, and turns the swarm off: the devnet
    // runs offline, and js-ipfs 0.66 refuses to start when its TCP swarm transport cannot take
    // the profile's listen address ("no valid addresses were provided for transports").
    Status configure(const Ports& ports) const;

    // js-ipfs keeps repo.lock (a proper-lockfile directory) after a crash and refuses to start for
    // 20 s. Only call this once no daemon of ours is running on the repo.
    void removeStaleLock() const;

private:
    QString m_dir;
};

} // namespace modreg
