#pragma once

#include <QLocale>

class QCoreApplication;

namespace modreg {

// Installs Modreg's own and Qt's translations for `locale` (the system's by default). Returns
// false when Modreg has no translation for it, in which case the English source text is shown.
bool installTranslations(QCoreApplication& app, const QLocale& locale = QLocale());

} // namespace modreg
