#pragma once
// Saves what a widget shows as MODREG_SCREENSHOT_DIR/<name>.png, for a person to look at.
#include <QDir>
#include <QString>
#include <QTest>
#include <QWidget>

inline void screenshot(QWidget* widget, const QString& name)
{
    QTest::qWait(60); // let pending layout and paint requests run first
    QVERIFY(QDir().mkpath(QStringLiteral(MODREG_SCREENSHOT_DIR))); // a unit test may be the first to save one
    QVERIFY(widget->grab().save(QStringLiteral(MODREG_SCREENSHOT_DIR "/%1.png").arg(name)));
}
