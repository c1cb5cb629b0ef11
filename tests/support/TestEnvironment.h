#pragma once

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtGlobal>

// Points Modreg's data and settings at a fresh temporary folder, so a test never touches the
// user's real keystore, settings or devnet. Create one before anything reads a path.
class TestEnvironment
{
public:
    TestEnvironment()
    {
        Q_ASSERT(m_dir.isValid());
        qputenv("MODREG_DATA_DIR", (m_dir.path() + QStringLiteral("/data")).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", (m_dir.path() + QStringLiteral("/config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", (m_dir.path() + QStringLiteral("/share")).toLocal8Bit());
        QCoreApplication::setOrganizationName(QStringLiteral("modreg-test"));
        QCoreApplication::setApplicationName(QStringLiteral("modreg-test"));
    }
    QString path() const { return m_dir.path(); }
    QString dataDir() const { return m_dir.path() + QStringLiteral("/data"); }

private:
    QTemporaryDir m_dir;
};
