#include "devnet/LoopbackPorts.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <memory>
#include <vector>

namespace modreg {

Result<QList<quint16>> pickFreeLoopbackPorts(int count)
{
    std::vector<std::unique_ptr<QTcpServer>> held;
    QList<quint16> ports;
    for (int i = 0; i < count; ++i) {
        auto server = std::make_unique<QTcpServer>();
        if (!server->listen(QHostAddress::LocalHost, 0))
            return Result<QList<quint16>>::failure(
                QCoreApplication::translate("modreg::LoopbackPorts",
                                            "No free TCP port on 127.0.0.1 for the devnet: %1")
                    .arg(server->errorString()));
        ports << server->serverPort();
        held.push_back(std::move(server));
    }
    return ports;
}

} // namespace modreg
