#pragma once

class QSettings;

namespace modreg {

// How keys are shown and guarded, persisted in QSettings.
struct KeySettings
{
    int autoLockMinutes = 10; // lock the keystore after this long without activity; 0 = never
    int ss58Prefix = 42;      // SS58 network prefix for ed25519 addresses (42: generic Substrate)

    static KeySettings load(const QSettings& settings);
    void save(QSettings& settings) const;
    bool operator==(const KeySettings&) const = default;
};

} // namespace modreg
