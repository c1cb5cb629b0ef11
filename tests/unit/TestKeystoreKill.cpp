// The keystore survives SIGKILL at any moment of a write. A child process (this same executable,
// started with --write-loop) saves the keystore over and over, each time with the next generation
// in a key's label, adding and removing a key now and then; it is killed at a random moment, 200
// times. After each kill the keystore must open with the password and hold one whole generation,
// never older than one seen before: the old content or the new, never a mix, a truncation or a
// file that does not decrypt.
#include "TestEnvironment.h"
#include "keys/KeyMaker.h"
#include "keys/Keystore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <csignal>

using namespace modreg;

namespace {
const QByteArray kPassword = QByteArrayLiteral("kill test pw");
constexpr int kKills = 200;

SecureBytes password()
{
    return SecureBytes::fromQByteArray(kPassword);
}

// The child: generation after generation, forever (until killed).
int writeLoop(const QString& path)
{
    Keystore keystore(path);
    if (!keystore.exists() ? !keystore.create(password(), KdfLimits::forTestsOnly()).ok()
                           : !keystore.unlock(password()).ok())
        return 3;
    if (keystore.keys().isEmpty()) {
        NewKey key = KeyMaker::random(KeyType::Ed25519, QStringLiteral("generation 0"));
        if (!keystore.add(key.info, std::move(key.secret)))
            return 4;
    }
    const QString first = keystore.keys().first().id;
    int generation = QRegularExpression(QStringLiteral("(\\d+)$")).match(keystore.keys().first().label).captured(1).toInt();
    std::fputs("writing\n", stdout);
    std::fflush(stdout);
    for (;;) {
        ++generation;
        if (!keystore.rename(first, QStringLiteral("generation %1").arg(generation)))
            return 5;
        if (generation % 7 == 0) { // the file grows...
            NewKey extra = KeyMaker::random(KeyType::Secp256k1, QStringLiteral("extra %1").arg(generation));
            if (!keystore.add(extra.info, std::move(extra.secret)))
                return 6;
        } else if (generation % 7 == 3 && keystore.keys().size() > 3) { // ...and shrinks
            if (!keystore.remove(keystore.keys().at(1).id))
                return 7;
        }
    }
}
} // namespace

class TestKeystoreKill : public QObject
{
    Q_OBJECT
    TestEnvironment m_env;

private slots:
    void aWriteKilledAtAnyMomentLeavesTheOldOrTheNewKeystore()
    {
        const QString path = m_env.path() + QStringLiteral("/keystore.mrks");
        int lastGeneration = 0;
        int killedMidWrite = 0;
        for (int i = 0; i < kKills; ++i) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--write-loop"), path});
            QVERIFY(child.waitForReadyRead(10000)); // "writing": unlocked, in the loop
            // Somewhere in the middle of the writes (each takes well under a millisecond to a few).
            QThread::usleep(QRandomGenerator::global()->bounded(200, 20000));
            QCOMPARE(child.state(), QProcess::Running);
            ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            Keystore keystore(path);
            const Status opened = keystore.unlock(password());
            QVERIFY2(opened.ok(), qPrintable(QStringLiteral("after kill %1: %2").arg(i).arg(opened.error())));
            const QString label = keystore.keys().first().label;
            const int generation =
                QRegularExpression(QStringLiteral("^generation (\\d+)$")).match(label).captured(1).toInt();
            QVERIFY2(generation >= lastGeneration, qPrintable(label));
            killedMidWrite += generation > lastGeneration ? 1 : 0;
            lastGeneration = generation;
            // The temporary file of an interrupted write may be left; nothing else appears.
            for (const QString& name : QDir(m_env.path()).entryList(QDir::Files | QDir::Hidden))
                QVERIFY2(name.startsWith(QLatin1String("keystore.mrks")), qPrintable(name));
        }
        qInfo("%d kills; the keystore opened every time; %d generations written in all", kKills, lastGeneration);
        QVERIFY(lastGeneration > kKills); // the kills did land in the middle of the writing
        QVERIFY(killedMidWrite > kKills / 2);
    }
};

int main(int argc, char** argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--write-loop") == 0) {
        QCoreApplication app(argc, argv);
        return writeLoop(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestKeystoreKill test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestKeystoreKill.moc"
