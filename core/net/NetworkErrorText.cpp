#include "net/NetworkErrorText.h"

#include <QCoreApplication>

namespace modreg::net {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(modreg::net::NetworkErrorText)
};
} // namespace

QString displayUrl(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toString();
}

std::optional<QString> describeConnectionError(QNetworkReply::NetworkError error, const QString& where)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return Text::tr("Nothing is listening at %1 (connection refused).").arg(where);
    case QNetworkReply::HostNotFoundError:
        return Text::tr("The host of %1 could not be found.").arg(where);
    default:
        return std::nullopt;
    }
}

std::optional<QString> describeConnectionError(QAbstractSocket::SocketError error, const QString& where)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return describeConnectionError(QNetworkReply::ConnectionRefusedError, where);
    case QAbstractSocket::HostNotFoundError:
        return describeConnectionError(QNetworkReply::HostNotFoundError, where);
    default:
        return std::nullopt;
    }
}

QString secondsText(std::chrono::milliseconds duration)
{
    return QString::number(static_cast<double>(duration.count()) / 1000.0);
}

} // namespace modreg::net
