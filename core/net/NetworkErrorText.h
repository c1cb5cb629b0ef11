#pragma once

#include <QAbstractSocket>
#include <QNetworkReply>
#include <QString>
#include <QUrl>
#include <chrono>
#include <optional>

namespace modreg::net {

// A URL as messages show it: no user info, no query (which may carry arguments or tokens).
QString displayUrl(const QUrl& url);
// A timeout as messages give it, in seconds: "2.5" (the sentence says "s").
QString secondsText(std::chrono::milliseconds duration);

// The sentence for a connection that never got an answer (refused, unknown host); nullopt for
// other errors, which each caller words for its own kind of request.
std::optional<QString> describeConnectionError(QNetworkReply::NetworkError error, const QString& where);
std::optional<QString> describeConnectionError(QAbstractSocket::SocketError error, const QString& where);

} // namespace modreg::net
