// `modreg keys …` as a user runs it: the real binary, passwords on file descriptors (never argv),
// results checked against ethers and polkadot.js.
#include "ReferenceVectors.h"
#include "RunCli.h"
#include "TestEnvironment.h"

#include <QFile>
#include <QJsonObject>
#include <QTest>

class TestCliKeys : public QObject
{
    Q_OBJECT
    TestEnvironment m_env;
    QByteArray m_allOutput; // everything the CLI printed, to look for secrets in

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonValue json() const
        {
            const QJsonDocument d = QJsonDocument::fromJson(out);
            return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
        }
    };

    Run modreg(const QString& args, const QString& fd3 = QStringLiteral("keystore pw"),
               const QString& fd4 = {})
    {
        const CliRun run = runCliWithSecrets(args, fd3, fd4, 120000);
        Run r{run.exitCode, run.out, run.err};
        m_allOutput += r.out + r.err;
        return r;
    }

    QString file(const char* name) const { return m_env.path() + QLatin1Char('/') + QLatin1String(name); }

    static QJsonArray runNode(const QString& script)
    {
        QProcess node;
        node.setWorkingDirectory(QStringLiteral(MODREG_SOURCE_DIR "/tests/reference"));
        node.start(QStringLiteral("node"),
                   {QStringLiteral("--input-type=module"), QStringLiteral("-e"), script});
        node.waitForFinished(60000);
        return QJsonDocument::fromJson(node.readAllStandardOutput()).array();
    }

private slots:
    void newKeysFromAMnemonicMatchEthers()
    {
        const Run created =
            modreg(QStringLiteral("keys new --label eth --type secp256k1 --words 12 --mnemonic-out '%1' "
                                  "--password-fd 3 --json --insecure-test-kdf")
                       .arg(file("eth.mnemonic")));
        QVERIFY2(created.exitCode == 0, created.err.constData());
        QCOMPARE(QFile::permissions(file("eth.mnemonic")) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        const QString address =
            created.json()[QLatin1String("identities")][QLatin1String("ethereum")].toString();
        // The same phrase in ethers gives the same address.
        const QJsonArray ethers =
            runNode(QStringLiteral("import { ethers } from 'ethers'; import fs from 'fs';"
                                   "const m = fs.readFileSync('%1', 'utf8').trim();"
                                   "process.stdout.write(JSON.stringify([ethers.HDNodeWallet.fromPhrase(m, "
                                   "undefined, \"m/44'/60'/0'/0/0\").address]));")
                        .arg(file("eth.mnemonic")));
        QCOMPARE(ethers.first().toString(), address);
    }

    void aMnemonicIsNeverPrinted()
    {
        const Run r = modreg(QStringLiteral("keys new --words 12 --password-fd 3"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--mnemonic-out"));
    }

    void signAndVerifyBothKinds()
    {
        QVERIFY(modreg(QStringLiteral("keys new --label ed --password-fd 3")).exitCode == 0);
        QFile msg(file("message.txt"));
        QVERIFY(msg.open(QIODevice::WriteOnly));
        msg.write("publish my module");
        msg.close();
        const QJsonArray keys = modreg(QStringLiteral("keys list --json --password-fd 3")).json().toArray();
        QCOMPARE(keys.size(), 2);
        QString ss58;
        QString eth;
        for (const QJsonValue& k : keys) {
            if (k[QLatin1String("label")] == QLatin1String("ed"))
                ss58 = k[QLatin1String("identities")][QLatin1String("ss58")].toString();
            else
                eth = k[QLatin1String("identities")][QLatin1String("ethereum")].toString();
        }
        const QString edSig = QString::fromLatin1(
            modreg(
                QStringLiteral("keys sign ed --message-file '%1' --password-fd 3").arg(file("message.txt")))
                .out.trimmed());
        QCOMPARE(modreg(QStringLiteral("keys verify --key %1 --signature %2 --message-file '%3'")
                            .arg(ss58, edSig, file("message.txt")))
                     .exitCode,
                 0);
        QCOMPARE(modreg(QStringLiteral("keys verify --key %1 --signature %2 --message-file /etc/hostname")
                            .arg(ss58, edSig))
                     .exitCode,
                 1);

        const QString ethSig = QString::fromLatin1(
            modreg(QStringLiteral("keys sign eth --personal --message-file '%1' --password-fd 3")
                       .arg(file("message.txt")))
                .out.trimmed());
        const Run verified =
            modreg(QStringLiteral("keys verify --key %1 --signature %2 --personal --message-file '%3' --json")
                       .arg(eth, ethSig, file("message.txt")));
        QCOMPARE(verified.exitCode, 0);
        QCOMPARE(verified.json()[QLatin1String("valid")].toBool(), true);
        // ethers agrees that this address signed this message.
        const QJsonArray recovered = runNode(
            QStringLiteral(
                "import { ethers } from 'ethers';"
                "process.stdout.write(JSON.stringify([ethers.verifyMessage('publish my module', '%1')]));")
                .arg(ethSig));
        QCOMPARE(recovered.first().toString(), eth);
    }

    void exportedFilesOpenElsewhereAndImportBack()
    {
        Run r = modreg(
            QStringLiteral(
                "keys export eth --format ethereum-keystore -o '%1' --password-fd 3 --file-password-fd 4")
                .arg(file("eth.json")),
            QStringLiteral("keystore pw"), QStringLiteral("export pw"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray opened = runNode(
            QStringLiteral(
                "import { ethers } from 'ethers'; import fs from 'fs';"
                "const w = ethers.Wallet.fromEncryptedJsonSync(fs.readFileSync('%1','utf8'), 'export pw');"
                "process.stdout.write(JSON.stringify([w.address]));")
                .arg(file("eth.json")));
        const QJsonArray keys = modreg(QStringLiteral("keys list --json --password-fd 3")).json().toArray();
        QString eth;
        QString ss58;
        for (const QJsonValue& k : keys) {
            if (k[QLatin1String("label")] == QLatin1String("eth"))
                eth = k[QLatin1String("identities")][QLatin1String("ethereum")].toString();
            if (k[QLatin1String("label")] == QLatin1String("ed"))
                ss58 = k[QLatin1String("identities")][QLatin1String("ss58")].toString();
        }
        QCOMPARE(opened.first().toString(), eth);

        r = modreg(QStringLiteral(
                       "keys export ed --format polkadot-json -o '%1' --password-fd 3 --file-password-fd 4")
                       .arg(file("ed.json")),
                   QStringLiteral("keystore pw"), QStringLiteral("export pw"));
        QVERIFY2(r.exitCode == 0, r.err.constData());

        // Into a second, fresh keystore: the same identities come out.
        qputenv("MODREG_DATA_DIR", (m_env.path() + QStringLiteral("/other")).toLocal8Bit());
        r = modreg(QStringLiteral("keys import --from polkadot-json --file '%1' --password-fd 3 "
                                  "--file-password-fd 4 --json --insecure-test-kdf")
                       .arg(file("ed.json")),
                   QStringLiteral("other pw"), QStringLiteral("export pw"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json()[QLatin1String("identities")][QLatin1String("ss58")].toString(), ss58);
        QCOMPARE(r.json()[QLatin1String("label")].toString(), QStringLiteral("ed"));
        r = modreg(QStringLiteral("keys import --from ethereum-keystore --file '%1' --password-fd 3 "
                                  "--file-password-fd 4 --json")
                       .arg(file("eth.json")),
                   QStringLiteral("other pw"), QStringLiteral("wrong export pw"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("password is wrong"));
        // The key type follows from the scheme: an Ethereum mnemonic makes a secp256k1 key.
        r = modreg(QStringLiteral("keys import --from mnemonic --scheme ethereum --file '%1' --password-fd 3 --json")
                       .arg(file("eth.mnemonic")),
                   QStringLiteral("other pw"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json()[QLatin1String("type")].toString(), QStringLiteral("secp256k1"));
        QCOMPARE(r.json()[QLatin1String("origin")].toString(), QStringLiteral("bip44-secp256k1"));
        QCOMPARE(r.json()[QLatin1String("identities")][QLatin1String("ethereum")].toString(), eth);
        // Said twice, the same; said otherwise, a sentence.
        r = modreg(QStringLiteral("keys import --from mnemonic --scheme ethereum --type ed25519 --file '%1' "
                                  "--password-fd 3 --json")
                       .arg(file("eth.mnemonic")),
                   QStringLiteral("other pw"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("secp256k1"), r.err.constData());
        qputenv("MODREG_DATA_DIR", m_env.dataDir().toLocal8Bit());
    }

    void wrongPasswordsAndArgvPasswordsAreRefused()
    {
        const Run wrong = modreg(QStringLiteral("keys list --password-fd 3"), QStringLiteral("not it"));
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(wrong.err.contains("password is wrong"));
        QCOMPARE(modreg(QStringLiteral("keys list --password 'keystore pw'")).exitCode,
                 2); // there is no such option
    }

    void noSecretWasEverPrinted()
    {
        QFile mnemonic(file("eth.mnemonic"));
        QVERIFY(mnemonic.open(QIODevice::ReadOnly));
        const QByteArray phrase = mnemonic.readAll().trimmed();
        QVERIFY(phrase.split(' ').size() == 12);
        QVERIFY(!m_allOutput.contains(phrase));
        QVERIFY(!m_allOutput.contains(phrase.split(' ').mid(0, 3).join(' ')));
        QVERIFY(!m_allOutput.contains("keystore pw"));
        QVERIFY(!m_allOutput.contains("export pw"));
    }
};

QTEST_GUILESS_MAIN(TestCliKeys)
#include "TestCliKeys.moc"
