#pragma once
// Small file helpers for tests.
#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTest>

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(bytes);
}

// The file's bytes, or "<missing>" so a comparison with expected content fails visibly.
inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}
