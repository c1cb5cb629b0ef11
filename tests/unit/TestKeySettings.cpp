#include "settings/KeySettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using modreg::KeySettings;

class TestKeySettings : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void defaultsLockAfterTenMinutesAndUsePrefix42()
    {
        QSettings empty(m_dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
        const KeySettings s = KeySettings::load(empty);
        QCOMPARE(s.autoLockMinutes, 10);
        QCOMPARE(s.ss58Prefix, 42);
    }

    void roundTripsAndClampsNonsense()
    {
        const QString path = m_dir.filePath(QStringLiteral("keys.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            KeySettings{0, 2}.save(settings);
        }
        QSettings reopened(path, QSettings::IniFormat);
        QCOMPARE(KeySettings::load(reopened), (KeySettings{0, 2}));
        reopened.setValue(QStringLiteral("keys/ss58Prefix"), 99999); // beyond SS58's 14 bits
        reopened.setValue(QStringLiteral("keys/autoLockMinutes"), -5);
        QCOMPARE(KeySettings::load(reopened), (KeySettings{0, 16383}));
    }
};

QTEST_GUILESS_MAIN(TestKeySettings)
#include "TestKeySettings.moc"
