#include "ipfs/GatewayBlockSource.h"

#include <QUrlQuery>

namespace modreg {

namespace {
// Peers exchange blocks of at most 2 MiB; a gateway answering with more is not sending a block.
constexpr qint64 kMaxBlockBytes = 2 * 1024 * 1024;
} // namespace

GatewayBlockSource::GatewayBlockSource(QUrl gateway, net::HttpGet transfer, QObject* parent)
    : QObject(parent)
    , m_gateway(std::move(gateway))
    , m_transfer(std::move(transfer))
{}

QUrl GatewayBlockSource::urlFor(const QUrl& gateway, const Cid& cid, const QString& format)
{
    QUrl url = gateway;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QStringLiteral("/ipfs/") + cid.toString());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("format"), format);
    url.setQuery(query);
    return url;
}

void GatewayBlockSource::get(const Cid& cid, std::function<void(Result<QByteArray>)> done)
{
    net::HttpGet request = m_transfer;
    request.url = urlFor(m_gateway, cid, QStringLiteral("raw"));
    request.accept = "application/vnd.ipld.raw";
    request.maxBytes = request.maxBytes < 0 ? kMaxBlockBytes : std::min(request.maxBytes, kMaxBlockBytes);
    request.onData = nullptr;
    net::get(request, this, [done = std::move(done)](Result<net::HttpGetReply> reply) {
        if (!reply)
            return done(Result<QByteArray>::failure(reply.error()));
        done(std::move(reply).value().body);
    });
}

} // namespace modreg
