// `modreg ipfs add|get` as a user runs them: the real binary against the devnet it started.
#include "RunCli.h"
#include "TestEnvironment.h"
#include "TestFiles.h"
#include "WaitForCallback.h"
#include "net/HttpPost.h"
#include "net/MultipartBody.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

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
        const CliRun r = runCli({QStringLiteral("ipfs"), QStringLiteral("add"), m_folder});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("modreg devnet up"), r.err.constData());
    }

    void startDevnet()
    {
        const CliRun up =
            runCli({QStringLiteral("devnet"), QStringLiteral("up"), QStringLiteral("--detach")});
        QVERIFY2(up.exitCode == 0, up.err.constData());
    }

    void addGivesTheLocalCid()
    {
        const CliRun added =
            runCli({QStringLiteral("ipfs"), QStringLiteral("add"), m_folder, QStringLiteral("--json")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        m_cid = QJsonDocument::fromJson(added.out).object().value(QLatin1String("cid")).toString();
        const CliRun local = runCli({QStringLiteral("ipfs"), QStringLiteral("cid"), m_folder});
        QCOMPARE(m_cid, QString::fromUtf8(local.out.trimmed()));
        QVERIFY(m_cid.startsWith(QLatin1String("Qm")));
    }

    void getRebuildsFolderAndFile()
    {
        const QString out = m_env.path() + QStringLiteral("/copy");
        CliRun r = runCli({QStringLiteral("ipfs"), QStringLiteral("get"), m_cid, QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("every block checked"), r.out.constData());
        QCOMPARE(readFile(out + QStringLiteral("/src/weights.bin")), m_big);
        QCOMPARE(readFile(out + QStringLiteral("/README.md")), QByteArray("hello\n"));

        const QString file = m_env.path() + QStringLiteral("/weights.bin");
        r = runCli({QStringLiteral("ipfs"), QStringLiteral("get"),
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

    void carFromCidImportsIntoTheNode()
    {
        // A folder the node has never seen: after importing our CAR, the node serves all of it.
        const QString fresh = m_env.path() + QStringLiteral("/fresh");
        QDir().mkpath(fresh + QStringLiteral("/empty"));
        writeFile(fresh + QStringLiteral("/data.bin"), QByteArray(600000, 'c') + "tail");
        const QString carPath = m_env.path() + QStringLiteral("/fresh.car");
        const CliRun made =
            runCli({QStringLiteral("ipfs"), QStringLiteral("cid"), fresh, QStringLiteral("--cid-version"),
                    QStringLiteral("1"), QStringLiteral("--car"), carPath});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        const QString cid = QString::fromUtf8(made.out.trimmed());

        const CliRun status =
            runCli({QStringLiteral("devnet"), QStringLiteral("status"), QStringLiteral("--json")});
        QUrl api(QJsonDocument::fromJson(status.out).object().value(QLatin1String("ipfsApi")).toString());
        api.setPath(QStringLiteral("/api/v0/dag/import"));
        auto multipart = std::make_shared<modreg::net::MultipartBody>();
        multipart->addBytes(QStringLiteral("fresh.car"), readFile(carPath));
        modreg::net::HttpPost request;
        request.url = api;
        request.multipart = multipart;
        const auto imported = waitForCallback<modreg::Result<QByteArray>>(
            [&](auto done) { modreg::net::post(request, this, done); });
        QVERIFY2(imported && imported->ok(), imported ? qPrintable(imported->error()) : "no answer");
        QVERIFY2(imported->value().contains(cid.toUtf8()), imported->value().constData());

        const QString out = m_env.path() + QStringLiteral("/fresh-copy");
        const CliRun got =
            runCli({QStringLiteral("ipfs"), QStringLiteral("get"), cid, QStringLiteral("-o"), out});
        QVERIFY2(got.exitCode == 0, got.err.constData());
        QCOMPARE(readFile(out + QStringLiteral("/data.bin")), QByteArray(600000, 'c') + "tail");
        QVERIFY(QFileInfo(out + QStringLiteral("/empty")).isDir());
    }

    void badInputGetsASentenceAndWritesNothing()
    {
        CliRun r = runCli({QStringLiteral("ipfs"), QStringLiteral("get"), QStringLiteral("QmNotACid")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("is not a valid version 0 CID") || r.err.contains("not a CID"),
                 r.err.constData());

        const QString out = m_env.path() + QStringLiteral("/nothing");
        r = runCli({QStringLiteral("ipfs"), QStringLiteral("get"), m_cid, QStringLiteral("-o"), out,
                    QStringLiteral("--gateway"), QStringLiteral("http://127.0.0.1:1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("connection refused"), r.err.constData());
        QVERIFY(!QFileInfo::exists(out));

        r = runCli({QStringLiteral("ipfs"), QStringLiteral("get"), m_cid, QStringLiteral("-o"), out,
                    QStringLiteral("--max-size"), QStringLiteral("1000")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("larger than the limit"), r.err.constData());
        QVERIFY(!QFileInfo::exists(out));
    }

    void cleanupTestCase() { runCli({QStringLiteral("devnet"), QStringLiteral("down")}); }
};

QTEST_GUILESS_MAIN(TestCliIpfs)
#include "TestCliIpfs.moc"
