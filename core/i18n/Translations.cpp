#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace modreg {

bool installTranslations(QCoreApplication& app, const QLocale& locale)
{
    // Qt's own strings (standard buttons, dialogs), from the system's Qt translations.
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // Ours are compiled in (translations/*.ts → :/i18n/modreg_*.qm).
    auto* ours = new QTranslator(&app);
    // The C locale (LC_ALL=C, scripts) reads English, with English plural forms.
    const QLocale wanted = locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
    if (!ours->load(wanted, QStringLiteral("modreg"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(ours);
    return true;
}

} // namespace modreg
