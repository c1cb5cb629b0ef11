// modreg-desktop: wiring only. The window, its views and the services live in ui/ and core/.
#include "BuildInfo.h"
#include "devnet/DevnetKeyFunding.h"
#include "i18n/Translations.h"
#include "keys/Keystore.h"
#include "services/ActiveEndpoints.h"
#include "platform/QuitOnSignals.h"
#include "settings/AppPaths.h"
#include "settings/EndpointSettings.h"
#include "settings/KeySettings.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>
#include <QStatusBar>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    modreg::AppPaths::initialize();
    QApplication::setApplicationDisplayName(QStringLiteral("Modreg"));
    QApplication::setApplicationVersion(QLatin1String(modreg::build::version));
    QApplication::setDesktopFileName(QStringLiteral("org.modreg.Modreg"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/modreg.svg")));
    modreg::installTranslations(app);
    modreg::quitOnTerminationSignals();

    modreg::ActiveEndpoints endpoints(
        {modreg::AppPaths::devnetDir(), QString::fromUtf8(modreg::build::devnetToolsDir)});
    modreg::Keystore keystore(modreg::Keystore::defaultPath());
    // Locks itself after this many minutes without a key press or click in the window (0: never).
    keystore.setAutoLockAfter(std::chrono::minutes(modreg::KeySettings::load(QSettings()).autoLockMinutes));
    modreg::ui::MainWindow window(endpoints, keystore);
    // On the devnet, Ethereum keys get gas from anvil's dev account as soon as they exist.
    modreg::DevnetKeyFunding funding(endpoints.devnet(), keystore);
    QObject::connect(&funding, &modreg::DevnetKeyFunding::fundingFailed, &window,
                     [&window](const QString& why) { window.statusBar()->showMessage(why, 15000); });
    window.show();
    endpoints.apply(modreg::EndpointSettings::load(QSettings()));
    QObject::connect(&app, &QApplication::aboutToQuit, &endpoints, &modreg::ActiveEndpoints::shutdown);
    return QApplication::exec();
}
