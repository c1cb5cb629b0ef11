// The committed ModuleRegistry.json (embedded in the app) is exactly what the pinned solc-js makes
// of the committed source today.
#include <QFile>
#include <QProcess>
#include <QTest>

class TestContractArtifact : public QObject
{
    Q_OBJECT
private slots:
    void committedArtifactMatchesAFreshCompile()
    {
        QProcess node;
        node.start(QStringLiteral("node"),
                   {QStringLiteral(MODREG_SOURCE_DIR "/resources/contracts/compile.mjs")});
        QVERIFY(node.waitForFinished(120000));
        QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
        const QByteArray fresh = node.readAllStandardOutput();
        QFile committed(QStringLiteral(MODREG_SOURCE_DIR "/resources/contracts/ModuleRegistry.json"));
        QVERIFY(committed.open(QIODevice::ReadOnly));
        QFile embedded(QStringLiteral(":/contracts/ModuleRegistry.json"));
        QVERIFY(embedded.open(QIODevice::ReadOnly));
        QVERIFY(fresh.contains("\"bytecode\": \"0x6080"));
        QVERIFY2(
            committed.readAll() == fresh,
            "resources/contracts/ModuleRegistry.json is stale: run node resources/contracts/compile.mjs > "
            "resources/contracts/ModuleRegistry.json");
        QCOMPARE(embedded.readAll(), fresh);
    }
};

QTEST_GUILESS_MAIN(TestContractArtifact)
#include "TestContractArtifact.moc"
