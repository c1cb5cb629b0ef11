// A password typed in the GUI leaves no copy behind. After the keystore gate took a password,
// created a keystore with it and cleared its fields, the process's memory is read whole
// (/proc/self/mem, every readable writable mapping) and searched for the password in UTF-8 and in
// UTF-16: it is not there. Two controls show the search finds what it looks for: the password while
// it is still in the field (in guarded memory), and the same password typed into a plain QLineEdit,
// which keeps copies after clear().
//
// The test never holds the password whole in memory itself: it is kept XOR-masked and typed one
// key at a time; the search compares against the mask byte by byte.
#include "TestEnvironment.h"
#include "keys/Keystore.h"
#include "shell/PasswordEdit.h"
#include "wallet/KeystoreGate.h"

#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTest>
#include <sys/mman.h>

using namespace modreg;
using namespace modreg::ui;

namespace {
constexpr int kLength = 18;
constexpr char kMask = 0x5a;

// The password, masked: each byte XOR kMask. Letters and digits only, so each key is one character.
struct MaskedPassword
{
    char bytes[kLength];
    MaskedPassword()
    {
        static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        for (char& b : bytes)
            b = static_cast<char>(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet) - 1)] ^ kMask);
    }
    char at(int i) const { return static_cast<char>(bytes[i] ^ kMask); }
};

void typeInto(QWidget* field, const MaskedPassword& p)
{
    for (int i = 0; i < kLength; ++i)
        QTest::keyClick(field, p.at(i));
}

// How many times the password is in this process's memory, as UTF-8 and as UTF-16.
int occurrences(const MaskedPassword& p)
{
    constexpr qint64 kChunk = 1 << 20;
    // The buffer the memory is read into is left out of the search: it holds what it just read.
    auto* buffer = static_cast<char*>(::mmap(nullptr, kChunk + 64, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    const quintptr own = reinterpret_cast<quintptr>(buffer);
    QFile maps(QStringLiteral("/proc/self/maps"));
    QFile mem(QStringLiteral("/proc/self/mem"));
    if (!maps.open(QIODevice::ReadOnly) || !mem.open(QIODevice::ReadOnly))
        return -1;
    int found = 0;
    const QList<QByteArray> lines = maps.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 5 || !fields[1].startsWith("rw"))
            continue; // only memory that can hold data written at run time
        if (fields.size() >= 6 && (fields[5] == "[vvar]" || fields[5] == "[vsyscall]"))
            continue;
        const QList<QByteArray> range = fields[0].split('-');
        const quintptr start = range[0].toULongLong(nullptr, 16), end = range[1].toULongLong(nullptr, 16);
        if (start == own)
            continue;
        for (quintptr at = start; at < end; at += kChunk) {
            // Overlap the chunks by the needle's length, so no occurrence is cut in two.
            const qint64 want = qMin<qint64>(kChunk + 2 * kLength, static_cast<qint64>(end - at));
            if (!mem.seek(static_cast<qint64>(at)))
                break;
            const qint64 got = mem.read(buffer, want);
            if (got <= 0)
                break;
            for (qint64 i = 0; i + kLength <= got; ++i) {
                int j = 0;
                while (j < kLength && buffer[i + j] == p.at(j))
                    ++j;
                found += j == kLength && i < kChunk;
                if (i + 2 * kLength <= got) {
                    j = 0;
                    while (j < kLength && buffer[i + 2 * j] == p.at(j) && buffer[i + 2 * j + 1] == 0)
                        ++j;
                    found += j == kLength && i < kChunk;
                }
            }
        }
    }
    ::memset(buffer, 0, kChunk + 64);
    ::munmap(buffer, kChunk + 64);
    return found;
}
} // namespace

class TestPasswordEdit : public QObject
{
    Q_OBJECT
    TestEnvironment m_env;

private slots:
    void aPasswordTypedInTheGateLeavesNoCopyBehind()
    {
        const MaskedPassword password;
        QCOMPARE(occurrences(password), 0); // nowhere yet
        auto gate = std::make_unique<KeystoreGate>();
        gate->setMode(KeystoreGate::Mode::Create, m_env.path() + QStringLiteral("/keystore.mrks"));
        gate->show();
        QVERIFY(QTest::qWaitForWindowExposed(gate.get()));
        typeInto(gate->passwordEdit(), password);
        typeInto(gate->repeatEdit(), password);
        // The control: while it is in the fields, the search finds it (in their guarded memory).
        QVERIFY2(occurrences(password) >= 2, "the search does not find a password that is there");

        Keystore keystore(m_env.path() + QStringLiteral("/keystore.mrks"));
        bool created = false;
        connect(gate.get(), &KeystoreGate::passwordEntered, this, [&](const SecureBytes& entered) {
            created = keystore.create(entered, KdfLimits::forTestsOnly()).ok();
        });
        QTest::keyClick(gate->passwordEdit(), Qt::Key_Return);
        QVERIFY(created);
        keystore.lock();
        QVERIFY(keystore.unlock(SecureBytes::fromQByteArray(QByteArray(kLength, 'x'))).error().contains(
            QLatin1String("password is wrong")));
        gate.reset();
        QCoreApplication::processEvents();
        QCOMPARE(occurrences(password), 0);
    }

    // What the gate avoids: a plain QLineEdit keeps the text after clear() (its old buffer is freed,
    // not wiped). If this ever finds nothing, the search above proves less than it seems to.
    void aPlainLineEditKeepsCopiesTheSearchFinds()
    {
        const MaskedPassword password;
        auto plain = std::make_unique<QLineEdit>();
        plain->setEchoMode(QLineEdit::Password);
        plain->show();
        QVERIFY(QTest::qWaitForWindowExposed(plain.get()));
        typeInto(plain.get(), password);
        QString taken = plain->text(); // what KeystoreGate did before PasswordEdit
        plain->clear();
        taken.clear();
        plain.reset();
        QCoreApplication::processEvents();
        QVERIFY2(occurrences(password) >= 1, "a plain QLineEdit left no copy: the search may be blind");
    }

    void editingKeysWorkOnTheSecret()
    {
        PasswordEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QTest::keyClicks(&edit, QStringLiteral("abc"));
        QTest::keyClick(&edit, Qt::Key_Backspace);
        for (const QString& key : {QStringLiteral("d"), QStringLiteral("é"), QStringLiteral("€")}) { // 1 to 3 bytes of UTF-8
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, key);
            QCoreApplication::sendEvent(&edit, &press);
        }
        QCOMPARE(edit.secret().toUnsafeQByteArray(), QStringLiteral("abdé€").toUtf8());
        QCOMPARE(edit.text().size(), 5); // placeholders only
        QVERIFY(!edit.text().contains(QLatin1Char('a')));
        QTest::keyClick(&edit, Qt::Key_Backspace);
        QTest::keyClick(&edit, Qt::Key_Backspace);
        QCOMPARE(edit.secret().toUnsafeQByteArray(), QByteArray("abd"));
        edit.selectAll();
        QTest::keyClicks(&edit, QStringLiteral("x"));
        QCOMPARE(edit.secret().toUnsafeQByteArray(), QByteArray("x"));
        edit.clear();
        QVERIFY(edit.isEmpty());
    }
};

QTEST_MAIN(TestPasswordEdit)
#include "TestPasswordEdit.moc"
