#include "settings/KeySettings.h"

#include <QSettings>
#include <algorithm>

namespace modreg {

KeySettings KeySettings::load(const QSettings& settings)
{
    KeySettings s;
    s.autoLockMinutes =
        std::clamp(settings.value(QStringLiteral("keys/autoLockMinutes"), 10).toInt(), 0, 24 * 60);
    s.ss58Prefix = std::clamp(settings.value(QStringLiteral("keys/ss58Prefix"), 42).toInt(), 0, 16383);
    return s;
}

void KeySettings::save(QSettings& settings) const
{
    settings.setValue(QStringLiteral("keys/autoLockMinutes"), autoLockMinutes);
    settings.setValue(QStringLiteral("keys/ss58Prefix"), ss58Prefix);
    settings.sync();
}

} // namespace modreg
