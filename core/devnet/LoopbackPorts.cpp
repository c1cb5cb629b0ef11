#include "devnet/LoopbackPorts.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QTcpServer>
#include <memory>
#include <vector>

namespace modreg {

namespace {
// Where the kernel takes ports for outgoing connections (Linux: ip_local_port_range). A port from
// listen(0) lies in that range, so any connection made before the node binds it — by any program,
// and a test run makes thousands — can take it; a port below the range can only be taken by a
// program that asks for it by number.
quint16 ephemeralRangeStart()
{
    QFile range(QStringLiteral("/proc/sys/net/ipv4/ip_local_port_range"));
    const int start =
        range.open(QIODevice::ReadOnly) ? range.readAll().simplified().split(' ').value(0).toInt() : 0;
    return static_cast<quint16>(start > 12000 && start <= 65535 ? start : 32768);
}
} // namespace

Result<QList<quint16>> pickFreeLoopbackPorts(int count)
{
    const quint16 end = ephemeralRangeStart();
    constexpr quint16 kFirst = 10000;
    std::vector<std::unique_ptr<QTcpServer>> held;
    QList<quint16> ports;
    QString lastError;
    for (int attempt = 0; ports.size() < count && attempt < 200; ++attempt) {
        const auto port = static_cast<quint16>(QRandomGenerator::global()->bounded(int(kFirst), int(end)));
        if (ports.contains(port))
            continue;
        auto server = std::make_unique<QTcpServer>();
        if (!server->listen(QHostAddress::LocalHost, port)) {
            lastError = server->errorString();
            continue;
        }
        ports << port;
        held.push_back(std::move(server));
    }
    if (ports.size() < count)
        return Result<QList<quint16>>::failure(
            QCoreApplication::translate("modreg::LoopbackPorts",
                                        "No free TCP port on 127.0.0.1 for the devnet: %1")
                .arg(lastError));
    return ports;
}

} // namespace modreg
