#include "settings/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace modreg {

void AppPaths::initialize()
{
    QCoreApplication::setOrganizationName(QStringLiteral("modreg"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("modreg.org"));
    QCoreApplication::setApplicationName(QStringLiteral("modreg"));
}

QString AppPaths::dataDir()
{
    const QString overridden = qEnvironmentVariable("MODREG_DATA_DIR");
    const QString dir = overridden.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                            : overridden;
    QDir().mkpath(dir);
    return QDir(dir).absolutePath();
}

QString AppPaths::devnetDir()
{
    const QString dir = dataDir() + QStringLiteral("/devnet");
    QDir().mkpath(dir);
    return dir;
}

} // namespace modreg
