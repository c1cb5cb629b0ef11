#include "crypto/Addresses.h"
#include "crypto/Ed25519.h"
#include "crypto/Mnemonic.h"
#include "crypto/Secp256k1.h"
#include "keys/Keystore.h"

#include <QFile>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QElapsedTimer>
#include <QTest>

using namespace modreg;

namespace {
QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_log << message;
}

SecureBytes pw(const char* text)
{
    return SecureBytes::fromQByteArray(QByteArray(text));
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}
} // namespace

class TestKeystore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QStringList m_secretsSeen; // hex of every secret the test handled, to look for in the log

    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

    // A keystore with one key of each kind; the last one carries a mnemonic.
    QString makeKeystore(const char* name, const char* password)
    {
        Keystore ks(path(name));
        const Status created = ks.create(pw(password), KdfLimits::forTestsOnly());
        if (!created)
            qFatal("create failed");
        KeySecret a{ed25519::randomSeed(), {}, {}};
        m_secretsSeen << QString::fromLatin1(a.secretKey.toUnsafeQByteArray().toHex());
        ks.add({{}, QStringLiteral("solana main"), KeyType::Ed25519, {}, KeyOrigin::Random, {}, {}, false},
               std::move(a));
        const Mnemonic m = Mnemonic::generate(12);
        m_secretsSeen << QString::fromUtf8(m.phrase().toUnsafeQByteArray());
        KeySecret b{secp256k1::randomSecretKey(), m.phrase().clone(), {}};
        m_secretsSeen << QString::fromLatin1(b.secretKey.toUnsafeQByteArray().toHex());
        ks.add({{},
                QStringLiteral("eth"),
                KeyType::Secp256k1,
                {},
                KeyOrigin::Bip44Secp256k1,
                QStringLiteral("m/44'/60'/0'/0/0"),
                {},
                false},
               std::move(b));
        return path(name);
    }

private slots:
    void initTestCase() { qInstallMessageHandler(captureLog); }

    void roundTripsKeysAndSecrets()
    {
        Keystore ks(path("round.mrks"));
        QVERIFY(ks.create(pw("correct horse"), KdfLimits::forTestsOnly()).ok());
        const SecureBytes seed = ed25519::randomSeed();
        const auto added = ks.add({{},
                                   QStringLiteral("ünïcode label"),
                                   KeyType::Ed25519,
                                   {},
                                   KeyOrigin::SubstrateEd25519,
                                   QStringLiteral("//Alice"),
                                   {},
                                   false},
                                  KeySecret{seed.clone(), pw("word word"), pw("pass")});
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QCOMPARE(added->publicKey, ed25519::publicKeyOf(seed));
        ks.lock();
        QVERIFY(ks.keys().isEmpty());

        Keystore again(path("round.mrks"));
        QVERIFY(again.unlock(pw("correct horse")).ok());
        QCOMPARE(again.keys().size(), 1);
        const KeyInfo k = again.keys().first();
        QCOMPARE(k.label, QStringLiteral("ünïcode label"));
        QCOMPARE(k.derivationPath, QStringLiteral("//Alice"));
        QCOMPARE(k.origin, KeyOrigin::SubstrateEd25519);
        QCOMPARE(k.created, added->created);
        QVERIFY(k.hasMnemonic);
        bool same = false;
        QVERIFY(again
                    .withSecret(k.id,
                                [&](const KeyInfo&, const KeySecret& s) {
                                    same = s.secretKey == seed && s.mnemonic == pw("word word") &&
                                           s.passphrase == pw("pass");
                                })
                    .ok());
        QVERIFY(same);
    }

    void fileIsPrivateAndKeepsABackup()
    {
        const QString file = makeKeystore("private.mrks", "pw");
        QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                             QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        const QByteArray before = readAll(file);
        Keystore ks(file);
        QVERIFY(ks.unlock(pw("pw")).ok());
        QVERIFY(ks.rename(ks.keys().first().id, QStringLiteral("renamed")).ok());
        QCOMPARE(readAll(ks.backupPath()), before);
        QVERIFY(readAll(file) != before);
    }

    void aWrongPasswordChangesNothing()
    {
        const QString file = makeKeystore("wrong.mrks", "right");
        const QByteArray before = readAll(file);
        Keystore ks(file);
        const Status r = ks.unlock(pw("wrong"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QLatin1String("password is wrong")), qPrintable(r.error()));
        QVERIFY(!ks.isUnlocked());
        QCOMPARE(readAll(file), before);
    }

    void everySingleByteCorruptionIsDetected()
    {
        const QString file = makeKeystore("small.mrks", "pw");
        const QByteArray good = readAll(file);
        const QString damaged = path("damaged.mrks");
        int checked = 0;
        for (qsizetype i = 0; i < good.size(); ++i) {
            for (char flip : {char(0x01), char(0x80)}) {
                QByteArray bad = good;
                bad[i] = static_cast<char>(bad[i] ^ flip);
                writeAll(damaged, bad);
                Keystore ks(damaged);
                const Status r = ks.unlock(pw("pw"));
                QVERIFY2(!r.ok(),
                         qPrintable(QStringLiteral("byte %1 ^ %2 went unnoticed").arg(i).arg(int(flip))));
                QVERIFY(!r.error().isEmpty());
                QCOMPARE(readAll(damaged), bad); // left untouched
                ++checked;
            }
        }
        QCOMPARE(checked, good.size() * 2);
    }

    void truncatedAndForeignFilesAreNamed()
    {
        const QByteArray good = readAll(makeKeystore("trunc.mrks", "pw"));
        for (qsizetype n : {qsizetype(0), qsizetype(5), qsizetype(40), qsizetype(60), good.size() - 1}) {
            writeAll(path("cut.mrks"), good.left(n));
            const Status r = Keystore(path("cut.mrks")).unlock(pw("pw"));
            QVERIFY(!r.ok());
            QVERIFY2(r.error().contains(QLatin1String("truncated")) ||
                         r.error().contains(QLatin1String("not a Modreg")) ||
                         r.error().contains(QLatin1String("damaged")),
                     qPrintable(r.error()));
        }
        writeAll(path("text.mrks"), "{\"version\": 3}");
        QVERIFY(Keystore(path("text.mrks"))
                    .unlock(pw("pw"))
                    .error()
                    .contains(QLatin1String("not a Modreg keystore")));
    }

    void aNewerFormatAsksForAnUpdate()
    {
        QByteArray bytes = readAll(makeKeystore("newer.mrks", "pw"));
        bytes[8] = 2; // format version 2
        writeAll(path("newer2.mrks"), bytes);
        const Status r = Keystore(path("newer2.mrks")).unlock(pw("pw"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QLatin1String("newer Modreg")), qPrintable(r.error()));
    }

    // A header that asks its key derivation for 2 GiB or 64 passes (a damaged or hostile file) is
    // refused before the password is even tried, and the sentence names the limit.
    void kdfSettingsBeyondTheBoundsAreRefusedUntried()
    {
        QByteArray bytes = readAll(makeKeystore("bounded.mrks", "pw"));
        bytes[11] = 31; // 2 GiB
        writeAll(path("huge-memory.mrks"), bytes);
        QElapsedTimer timer;
        timer.start();
        const Status r = Keystore(path("huge-memory.mrks")).unlock(pw("pw"));
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY2(r.error().contains(QLatin1String("2048 MiB")) && r.error().contains(QLatin1String("at most 1024 MiB")),
                 qPrintable(r.error()));
        bytes[11] = 13;
        bytes[12] = 64; // passes
        writeAll(path("many-passes.mrks"), bytes);
        QVERIFY(Keystore(path("many-passes.mrks")).unlock(pw("pw")).error().contains(QLatin1String("16 passes")));
    }

    void aCrashBetweenWriteAndRenameLeavesAReadableKeystore()
    {
        const QString file = makeKeystore("crash.mrks", "pw");
        const QByteArray before = readAll(file);
        {
            // What a crash mid-save leaves: QSaveFile's half-written temporary, never renamed.
            QSaveFile interrupted(file);
            QVERIFY(interrupted.open(QIODevice::WriteOnly));
            interrupted.write(before.left(before.size() / 2));
            interrupted.flush();
            // No commit(): the destructor discards it, as the rename never happened.
        }
        QCOMPARE(readAll(file), before);
        Keystore ks(file);
        QVERIFY(ks.unlock(pw("pw")).ok());
        QCOMPARE(ks.keys().size(), 2);
        QVERIFY(ks.rename(ks.keys().first().id, QStringLiteral("after crash"))
                    .ok()); // and it can be written again
    }

    void changingThePasswordIsAllOrNothing()
    {
        const QString file = makeKeystore("change.mrks", "old");
        Keystore ks(file);
        QVERIFY(ks.unlock(pw("old")).ok());
        const QByteArray before = readAll(file);
        const Status wrong = ks.changePassword(pw("not old"), pw("new"));
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.error().contains(QLatin1String("current password is wrong")));
        QCOMPARE(readAll(file), before);
        QVERIFY(ks.changePassword(pw("old"), pw("new")).ok());
        QVERIFY(!Keystore(file).unlock(pw("old")).ok());
        Keystore reopened(file);
        QVERIFY(reopened.unlock(pw("new")).ok());
        QCOMPARE(reopened.keys().size(), 2);
    }

    void lockingWipesAndAutoLockFires()
    {
        Keystore ks(makeKeystore("lock.mrks", "pw"));
        QVERIFY(ks.unlock(pw("pw")).ok());
        const QString id = ks.keys().first().id;
        QSignalSpy locked(&ks, &Keystore::lockedChanged);
        ks.setAutoLockAfter(std::chrono::milliseconds(150));
        QVERIFY(locked.wait(3000));
        QCOMPARE(locked.last().first().toBool(), true);
        QVERIFY(!ks.isUnlocked());
        QVERIFY(ks.keys().isEmpty());
        QVERIFY(!ks.withSecret(id, [](const KeyInfo&, const KeySecret&) {}).ok());
        QVERIFY(!ks.signEd25519(id, "x").ok());
    }

    void signsWithTheRightKindOfKey()
    {
        Keystore ks(makeKeystore("sign.mrks", "pw"));
        QVERIFY(ks.unlock(pw("pw")).ok());
        const KeyInfo ed = ks.keys()[0];
        const KeyInfo eth = ks.keys()[1];
        const auto sig = ks.signEd25519(ed.id, "metadata");
        QVERIFY(sig.ok());
        QVERIFY(ed25519::verify(ed.publicKey, "metadata", sig.value()));
        QVERIFY(ks.signEd25519(eth.id, "metadata").error().contains(QLatin1String("secp256k1 key")));
        QVERIFY(ks.signHash(ed.id, QByteArray(32, 'h')).error().contains(QLatin1String("ed25519 key")));
        QVERIFY(!ks.signHash(eth.id, QByteArray(31, 'h')).ok());
        const auto personal = ks.personalSign(eth.id, "hello");
        QVERIFY(personal.ok());
        QCOMPARE(secp256k1::recoverPersonalSigner("hello", personal.value()).value(),
                 ethereum::addressOf(eth.publicKey));
    }

    void theSameKeyIsNotAddedTwice()
    {
        Keystore ks(path("dupe.mrks"));
        QVERIFY(ks.create(pw("pw"), KdfLimits::forTestsOnly()).ok());
        const SecureBytes seed = ed25519::randomSeed();
        QVERIFY(ks.add({{}, QStringLiteral("a"), KeyType::Ed25519, {}, KeyOrigin::Random, {}, {}, false},
                       {seed.clone(), {}, {}})
                    .ok());
        const auto again =
            ks.add({{}, QStringLiteral("b"), KeyType::Ed25519, {}, KeyOrigin::Random, {}, {}, false},
                   {seed.clone(), {}, {}});
        QVERIFY(!again.ok());
        QVERIFY(again.error().contains(QLatin1String("already in the keystore as \"a\"")));
    }

    void noSecretEverReachedTheLog()
    {
        QVERIFY(m_secretsSeen.size() >= 3);
        for (const QString& line : std::as_const(g_log)) {
            for (const QString& secret : std::as_const(m_secretsSeen))
                QVERIFY2(!line.contains(secret), "a secret appeared in the log");
            QVERIFY(!line.contains(QLatin1String("correct horse")));
        }
    }

    void cleanupTestCase() { qInstallMessageHandler(nullptr); }
};

QTEST_GUILESS_MAIN(TestKeystore)
#include "TestKeystore.moc"
