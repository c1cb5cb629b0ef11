// A publish is exactly-once across SIGKILL: the real `modreg publish` is killed at each step — the
// content added; the metadata added; the transaction signed and journaled but not sent; sent, with
// no block yet — on a devnet whose anvil mines a block every 2 s (so the last two windows exist),
// then run again. Afterwards the chain holds exactly one registration for the key, naming the
// metadata the first run made (once it made one), and the account sent exactly one transaction, with
// nonce 0: none twice, none skipped.
//
// The process stops itself at the point (MODREG_TEST_STOP_AT, see PublishCommand.cpp) and is then
// killed from here with SIGKILL, so nothing of its own gets to run after the point.
#include "RunCli.h"
#include "TestEnvironment.h"
#include "TestFiles.h"
#include "WaitForCallback.h"
#include "chain/evm/EvmLog.h"
#include "chain/evm/JsonRpcClient.h"
#include "crypto/Hashes.h"
#include "devnet/DevnetState.h"
#include "settings/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <csignal>

using namespace modreg;

namespace {
const QString kPassword = QStringLiteral("exactly once pw");

// /proc/PID/stat's state letter: 'T' once the process stopped itself.
char processState(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return '?';
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 && close + 2 < line.size() ? line[close + 2] : '?';
}
} // namespace

class TestPublishExactlyOnce : public QObject
{
    Q_OBJECT
    TestEnvironment m_env;

    CliRun modreg(const QString& args) { return runCliWithSecrets(args, kPassword); }

    QJsonValue rpc(const QString& method, const QJsonArray& params)
    {
        const Endpoints endpoints = DevnetState::read(AppPaths::devnetDir())->endpoints;
        evm::JsonRpcClient client(endpoints.chainRpc);
        client.setTimeout(std::chrono::seconds(30));
        const auto r = waitForCallback<Result<QJsonValue>>([&](auto done) { client.call(method, params, done); });
        return r && r->ok() ? r->value() : QJsonValue();
    }

    // Every registry event for `address` (a secp256k1 module key's registry key), by name.
    QStringList eventsFor(const QString& address)
    {
        const QString registry = DevnetState::read(AppPaths::devnetDir())->endpoints.registryAddress;
        const QByteArray key = QByteArray::fromHex(address.mid(2).toLatin1());
        const QJsonValue logs = rpc(QStringLiteral("eth_getLogs"),
                                    {QJsonObject{{QStringLiteral("address"), registry},
                                                 {QStringLiteral("fromBlock"), QStringLiteral("0x0")},
                                                 {QStringLiteral("toBlock"), QStringLiteral("latest")},
                                                 {QStringLiteral("topics"),
                                                  QJsonArray{QJsonValue(), QStringLiteral("0x") + QString::fromLatin1(
                                                                               hash::keccak256(key).toHex())}}}});
        QStringList names;
        for (const QJsonValue& log : logs.toArray())
            names << log.toObject().value(QLatin1String("topics")).toArray().at(0).toString();
        return names;
    }

    // The hash of the transaction the journal of `address`'s module holds ("0x…"), if any.
    static QByteArray journaledTransactionOf(const QString& address)
    {
        const QString suffix = address.mid(2).toLower() + QStringLiteral(".json");
        for (const QFileInfo& f : QDir(AppPaths::dataDir() + QStringLiteral("/publish")).entryInfoList(QDir::Files)) {
            if (!f.fileName().endsWith(suffix))
                continue;
            QFile file(f.filePath());
            if (!file.open(QIODevice::ReadOnly))
                return {};
            const QString hash = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("transaction")).toString();
            return hash.isEmpty() ? QByteArray() : "0x" + hash.toLatin1();
        }
        return {};
    }

    // `modreg publish` of a new module under a new key, stopped at `point` and killed there. Returns
    // the key's address, and in `metadataCid` the metadata CID the run printed before it stopped.
    QString publishKilledAt(const QString& point, QString& folder, QString& metadataCid)
    {
        const QString label = QStringLiteral("killed-at-") + point;
        const QString address = newEthereumKeyWithCli(label, kPassword);
        folder = m_env.path() + QLatin1Char('/') + label;
        QDir().mkpath(folder);
        writeFile(folder + QStringLiteral("/main.py"), "print('" + label.toUtf8() + "')\n");
        writeFile(folder + QStringLiteral("/metadata.json"),
                  "{\"name\": \"" + label.toUtf8() + "\", \"version\": \"1.0.0\", \"author\": \"Kill Test\"}");
        // exec: the process the test holds is modreg itself, not a shell around it.
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FD3"), kPassword);
        env.insert(QStringLiteral("MODREG_TEST_STOP_AT"), point);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("bash"),
                {QStringLiteral("-c"),
                 QStringLiteral("exec '%1' publish %2 --key %3 --password-fd 3 3< <(printf '%s\\n' \"$FD3\")")
                     .arg(QStringLiteral(MODREG_CLI_PATH), folder, label)});
        QByteArray said;
        const bool stopped = QTest::qWaitFor(
            [&] {
                said += p.readAllStandardError();
                return said.contains("test: stopped at " + point.toUtf8()) && processState(p.processId()) == 'T';
            },
            120000);
        if (!stopped) {
            p.kill();
            p.waitForFinished();
            qWarning("the publish did not stop at %s: %s", qPrintable(point), said.constData());
            return {};
        }
        ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
        p.waitForFinished();
        if (p.exitStatus() != QProcess::CrashExit)
            return {};
        const QRegularExpressionMatch cid =
            QRegularExpression(QStringLiteral("Sign the metadata and add it to IPFS…\\n\\s+(\\S+)"))
                .match(QString::fromUtf8(said));
        metadataCid = cid.hasMatch() ? cid.captured(1) : QString();
        return address;
    }

private slots:
    void initTestCase()
    {
        const CliRun up = runCli({QStringLiteral("devnet"), QStringLiteral("up"), QStringLiteral("--detach"),
                                  QStringLiteral("--block-time"), QStringLiteral("2")});
        QVERIFY2(up.exitCode == 0, up.err.constData());
    }
    void cleanupTestCase() { runCli({QStringLiteral("devnet"), QStringLiteral("down")}); }

    void killedAtEachStepThenResumedSendsExactlyOne_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<bool>("metadataMade"); // the first run made the document before it died
        QTest::newRow("content added") << QStringLiteral("content-added") << false;
        QTest::newRow("metadata added") << QStringLiteral("metadata-added") << true;
        QTest::newRow("journaled, not sent") << QStringLiteral("journaled") << true;
        QTest::newRow("sent, no receipt") << QStringLiteral("sent") << true;
    }
    void killedAtEachStepThenResumedSendsExactlyOne()
    {
        QFETCH(QString, point);
        QFETCH(bool, metadataMade);
        QString folder, firstMetadata;
        const QString address = publishKilledAt(point, folder, firstMetadata);
        QVERIFY2(!address.isEmpty(), "the first run did not stop where it was asked to");
        QCOMPARE(!firstMetadata.isEmpty(), metadataMade);
        // What the first run signed and kept, if it got that far.
        const QByteArray journaled = journaledTransactionOf(address);
        const bool signedBeforeDeath = point == QLatin1String("journaled") || point == QLatin1String("sent");
        QCOMPARE(!journaled.isEmpty(), signedBeforeDeath);

        const CliRun resumed = modreg(
            QStringLiteral("publish %1 --key killed-at-%2 --password-fd 3 --json").arg(folder, point));
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        const QString metadataCid = jsonOf(resumed).value(QLatin1String("metadataCid")).toString();
        if (metadataMade)
            QCOMPARE(metadataCid, firstMetadata); // the same signed document, not a new one
        if (signedBeforeDeath) // the same signed transaction, sent again: not a new one
            QCOMPARE(jsonOf(resumed).value(QLatin1String("transaction")).toString().toLatin1(), journaled);

        // The chain: one registration, of that document; the account: one transaction, nonce 0.
        const CliRun entry = modreg(QStringLiteral("registry get %1 --json").arg(address));
        QCOMPARE(jsonOf(entry).value(QLatin1String("cid")).toString(), metadataCid);
        const QStringList events = eventsFor(address);
        QCOMPARE(events.size(), 1);
        QCOMPARE(evm::hexQuantityOf(rpc(QStringLiteral("eth_getTransactionCount"),
                                        {address, QStringLiteral("latest")})),
                 quint64(1));
        // And the journal holds no transaction any more: a third run sends nothing.
        const CliRun again = modreg(
            QStringLiteral("publish %1 --key killed-at-%2 --password-fd 3 --json").arg(folder, point));
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(jsonOf(again).value(QLatin1String("sent")).toBool(), false);
        QCOMPARE(evm::hexQuantityOf(rpc(QStringLiteral("eth_getTransactionCount"),
                                        {address, QStringLiteral("latest")})),
                 quint64(1));
    }
};

QTEST_GUILESS_MAIN(TestPublishExactlyOnce)
#include "TestPublishExactlyOnce.moc"
