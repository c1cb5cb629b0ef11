// modreg: the command-line face of the same core the desktop app uses. The commands are a table
// (cli/Commands.h); this is wiring only.
#include "BuildInfo.h"
#include "cli/Commands.h"
#include "i18n/Translations.h"
#include "platform/QuitOnSignals.h"
#include "settings/AppPaths.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    modreg::AppPaths::initialize();
    QCoreApplication::setApplicationVersion(QLatin1String(modreg::build::version));
    modreg::installTranslations(app);
    modreg::quitOnTerminationSignals();
    return modreg::cli::runCommandLine(QCoreApplication::arguments().mid(1));
}
