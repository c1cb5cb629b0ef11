#pragma once

#include "ipfs/BlockSource.h"
#include "net/HttpGet.h"

#include <QCoreApplication>
#include <QObject>
#include <QUrl>

namespace modreg {

// Single blocks from an HTTP gateway speaking the trustless gateway protocol:
// GET /ipfs/<cid>?format=raw with Accept: application/vnd.ipld.raw.
class GatewayBlockSource : public QObject, public BlockSource
{
    Q_OBJECT
public:
    // `transfer` carries the limits (idle time, speed) every request gets.
    GatewayBlockSource(QUrl gateway, net::HttpGet transfer, QObject* parent = nullptr);

    void get(const Cid& cid, std::function<void(Result<QByteArray>)> done) override;

    // The URL of `cid` (plus a path inside it) on `gateway`, in the form the spec gives.
    static QUrl urlFor(const QUrl& gateway, const Cid& cid, const QString& format);

private:
    QUrl m_gateway;
    net::HttpGet m_transfer;
};

} // namespace modreg
