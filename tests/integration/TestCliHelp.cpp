// `modreg help` and every command's --help, as a user reads them: the real binary, no network.
#include "RunCli.h"
#include "TestEnvironment.h"

#include <QTest>

class TestCliHelp : public QObject
{
    Q_OBJECT
    TestEnvironment m_env;

    // The names `modreg help` lists, one per line ("  keys new   Make a key…").
    static QStringList listedCommands(const QByteArray& listing)
    {
        QStringList names;
        for (const QByteArray& line : listing.split('\n'))
            if (line.startsWith("  ") && line.indexOf("  ", 2) > 2)
                names << QString::fromUtf8(line.mid(2, line.indexOf("  ", 2) - 2)).trimmed();
        return names;
    }

private slots:
    void helpListsEveryCommandAndEachHasItsOwnHelp()
    {
        const CliRun all = runCli({QStringLiteral("help")});
        QCOMPARE(all.exitCode, 0);
        const QStringList names = listedCommands(all.out);
        for (const char* expected : {"devnet up", "keys new", "keys import", "ipfs get", "publish", "registry get",
                                     "chain info", "sync", "search", "show"})
            QVERIFY2(names.contains(QLatin1String(expected)), all.out.constData());
        for (const QString& name : names) {
            const CliRun viaHelp = runCli(QStringList{QStringLiteral("help")} + name.split(QLatin1Char(' ')));
            QVERIFY2(viaHelp.exitCode == 0, qPrintable(name));
            QVERIFY2(viaHelp.out.startsWith("Usage: modreg " + name.toUtf8()), viaHelp.out.constData());
            QVERIFY(viaHelp.out.contains("--help"));
            const CliRun viaOption = runCli(name.split(QLatin1Char(' ')) << QStringLiteral("--help"));
            QCOMPARE(viaOption.exitCode, 0);
            QCOMPARE(viaOption.out, viaHelp.out);
        }
    }

    void sharedOptionsAreTheSameEverywhere()
    {
        // --json, --password-fd and --account are defined once: the same words wherever they appear.
        QByteArray jsonLine;
        for (const QString& name : listedCommands(runCli({QStringLiteral("help")}).out)) {
            const CliRun help = runCli(QStringList{QStringLiteral("help")} + name.split(QLatin1Char(' ')));
            for (const QByteArray& line : help.out.split('\n'))
                if (line.trimmed().startsWith("--json")) {
                    const QByteArray said = line.trimmed().mid(6).trimmed();
                    QVERIFY2(jsonLine.isEmpty() || said == jsonLine, qPrintable(name));
                    jsonLine = said;
                }
        }
        QVERIFY(!jsonLine.isEmpty());
    }

    void aFamilyListsItsCommands()
    {
        const CliRun family = runCli({QStringLiteral("help"), QStringLiteral("keys")});
        QCOMPARE(family.exitCode, 0);
        QCOMPARE(listedCommands(family.out).size(), 6);
        const CliRun bare = runCli({QStringLiteral("keys")});
        QCOMPARE(bare.exitCode, 2);
        QVERIFY2(bare.err.contains("new|import|list|export|sign|verify"), bare.err.constData());
    }

    void unknownWordsAreUsageErrors()
    {
        CliRun r = runCli({QStringLiteral("help"), QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("modreg help"));
        r = runCli({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        r = runCli({QStringLiteral("show")}); // its KEY is missing
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Usage: modreg show KEY"), r.err.constData());
        r = runCli({QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--no-such-option")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("no-such-option"), r.err.constData());
        QCOMPARE(runCli({}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliHelp)
#include "TestCliHelp.moc"
