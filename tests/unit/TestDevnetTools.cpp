#include "BuildInfo.h"
#include "devnet/DevnetTools.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using modreg::DevnetTools;

class TestDevnetTools : public QObject
{
    Q_OBJECT
private slots:
    void init() { qunsetenv("MODREG_DEVNET_TOOLS"); }

    void findsTheToolsThatSetupInstalled()
    {
        const auto tools = DevnetTools::locate(QString::fromUtf8(modreg::build::devnetToolsDir));
        QVERIFY2(tools.ok(), qPrintable(tools.error()));
        QVERIFY(QFileInfo(tools->anvil).isExecutable());
        QVERIFY(tools->ipfsCli.endsWith(QLatin1String("ipfs/src/cli.js")));
        QVERIFY(QFileInfo(tools->node).isExecutable());
    }

    void theEnvironmentVariableComesFirst()
    {
        QTemporaryDir elsewhere;
        qputenv("MODREG_DEVNET_TOOLS", elsewhere.path().toLocal8Bit());
        const QStringList dirs = DevnetTools::searchDirs(QStringLiteral("/opt/build-tree"));
        QCOMPARE(dirs.value(0), elsewhere.path());
        QCOMPARE(dirs.value(1), QStringLiteral("/opt/build-tree"));
    }

    void missingToolsSayWhereItLookedAndHowToFixIt()
    {
        QTemporaryDir empty;
        const auto tools = DevnetTools::locate(empty.path());
        QVERIFY(!tools.ok());
        QVERIFY2(tools.error().contains(empty.path()), qPrintable(tools.error()));
        QVERIFY(tools.error().contains(QLatin1String("scripts/setup")));
        QVERIFY(tools.error().contains(QLatin1String("anvil")));
    }
};

QTEST_GUILESS_MAIN(TestDevnetTools)
#include "TestDevnetTools.moc"
