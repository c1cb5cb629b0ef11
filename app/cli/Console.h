#pragma once

#include <QJsonValue>
#include <QString>

namespace modreg::cli {

// Output for people goes to stdout, complaints to stderr; --json output is one compact document.
void out(const QString& line);
void err(const QString& line);
void outJson(const QJsonValue& value);

} // namespace modreg::cli
