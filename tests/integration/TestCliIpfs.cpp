// `modreg ipfs add|get` as a user runs them: the real binary against the devnet it started.
#include "RunCli.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
CliRun modreg(const QStringList& args)
{
    return runCli(args);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}
} // namespace

class TestCliIpfs : public QObject
{
    Q_OBJECT
    TestEnvironment m_env;
    QString m_folder;
    QByteArray m_big;
    QString m_cid;

private slots:
    void initTestCase()
    {
        m_folder = m_env.path() + QStringLiteral("/module");
        QDir().mkpath(m_folder + QStringLiteral("/src"));
        m_big = QByteArray(700000, 'm') + "end";
        writeFile(m_folder + QStringLiteral("/src/weights.bin"), m_big);
        writeFile(m_folder + QStringLiteral("/README.md"), "hello\n");
    }

    void addWithoutANodeSaysHowToStartOne()
    {
        const CliRun r = modreg({QStringLiteral("ipfs"), QStringLiteral("add"), m_folder});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("modreg devnet up"), r.err.constData());
    }

    void startDevnet()
    {
        const CliRun up =
            modreg({QStringLiteral("devnet"), QStringLiteral("up"), QStringLiteral("--detach")});
        QVERIFY2(up.exitCode == 0, up.err.constData());
    }

    void addGivesTheLocalCid()
    {
        const CliRun added =
            modreg({QStringLiteral("ipfs"), QStringLiteral("add"), m_folder, QStringLiteral("--json")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        m_cid = QJsonDocument::fromJson(added.out).object().value(QLatin1String("cid")).toString();
        const CliRun local = modreg({QStringLiteral("ipfs"), QStringLiteral("cid"), m_folder});
        QCOMPARE(m_cid, QString::fromUtf8(local.out.trimmed()));
        QVERIFY(m_cid.startsWith(QLatin1String("Qm")));
    }

    void getRebuildsFolderAndFile()
    {
        const QString out = m_env.path() + QStringLiteral("/copy");
        CliRun r = modreg({QStringLiteral("ipfs"), QStringLiteral("get"), m_cid, QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("every block checked"), r.out.constData());
        QCOMPARE(readFile(out + QStringLiteral("/src/weights.bin")), m_big);
        QCOMPARE(readFile(out + QStringLiteral("/README.md")), QByteArray("hello\n"));

        const QString file = m_env.path() + QStringLiteral("/weights.bin");
        r = modreg({QStringLiteral("ipfs"), QStringLiteral("get"),
                    QStringLiteral("/ipfs/") + m_cid + QStringLiteral("/src/weights.bin"),
                    QStringLiteral("--output"), file, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readFile(file), m_big);
        // The file's blocks and the two folders on its path: nothing else was downloaded.
        const qint64 fetched =
            QJsonDocument::fromJson(r.out).object().value(QLatin1String("bytesFetched")).toInteger();
        QVERIFY2(fetched > m_big.size() && fetched < m_big.size() + 1000,
                 qPrintable(QString::number(fetched)));
    }

    void badInputGetsASentenceAndWritesNothing()
    {
        CliRun r = modreg({QStringLiteral("ipfs"), QStringLiteral("get"), QStringLiteral("QmNotACid")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("is not a valid version 0 CID") || r.err.contains("not a CID"),
                 r.err.constData());

        const QString out = m_env.path() + QStringLiteral("/nothing");
        r = modreg({QStringLiteral("ipfs"), QStringLiteral("get"), m_cid, QStringLiteral("-o"), out,
                    QStringLiteral("--gateway"), QStringLiteral("http://127.0.0.1:1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("connection refused"), r.err.constData());
        QVERIFY(!QFileInfo::exists(out));

        r = modreg({QStringLiteral("ipfs"), QStringLiteral("get"), m_cid, QStringLiteral("-o"), out,
                    QStringLiteral("--max-size"), QStringLiteral("1000")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("larger than the limit"), r.err.constData());
        QVERIFY(!QFileInfo::exists(out));
    }

    void cleanupTestCase() { modreg({QStringLiteral("devnet"), QStringLiteral("down")}); }
};

QTEST_GUILESS_MAIN(TestCliIpfs)
#include "TestCliIpfs.moc"
