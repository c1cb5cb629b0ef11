// RFC 8785 canonical JSON, compared byte for byte with npm canonicalize (tests/reference/jcs.mjs)
// on a corpus of unicode, escapes, member ordering and numbers, plus random documents.
#include "ReferenceVectors.h"
#include "metadata/CanonicalJson.h"

#include <QRandomGenerator>
#include <QtTest>
#include <cmath>
#include <cstring>

using namespace modreg;
using json = nlohmann::json;

namespace {

QByteArray randomString(QRandomGenerator& rng)
{
    // ASCII, controls, quotes and backslashes, Latin-1, BMP (incl. U+2028 and U+E000…), astral.
    static const char32_t pool[] = {U'a',   U'Z',   U'0',    U' ',    U'"',     U'\\',  U'/',
                                    U'\n',  U'\t',  U'\b',   U'\f',   U'\r',    0x01,   0x1f,
                                    0x7f,   0xe9,   0xfc,    0x2028,  0x2029,   0x20ac, 0xe000,
                                    0xfffd, 0xffff, 0x1f600, 0x10000, 0x10ffff, 0x4e2d};
    QString s;
    const int n = static_cast<int>(rng.bounded(12));
    for (int i = 0; i < n; ++i) {
        const char32_t c = pool[rng.bounded(static_cast<int>(std::size(pool)))];
        s += QString::fromUcs4(&c, 1);
    }
    return s.toUtf8();
}

QByteArray randomNumber(QRandomGenerator& rng)
{
    switch (rng.bounded(4)) {
    case 0:
        return QByteArray::number(static_cast<qint64>(rng.bounded(2000001)) - 1000000);
    case 1: {
        double d;
        quint64 bits = rng.generate64();
        std::memcpy(&d, &bits, sizeof d);
        if (!std::isfinite(d))
            d = 1.5;
        return QByteArray::number(d, 'g', 17);
    }
    case 2:
        return QByteArray::number(
            rng.generateDouble() * std::pow(10.0, static_cast<int>(rng.bounded(60)) - 30), 'g', 17);
    default:
        return QByteArray::number(static_cast<double>(rng.bounded(1000)) / 8.0, 'g', 17);
    }
}

QByteArray randomValue(QRandomGenerator& rng, int depth)
{
    const int kind = static_cast<int>(rng.bounded(depth > 3 ? 4 : 6));
    auto quoted = [](const QByteArray& utf8) {
        return QByteArray::fromStdString(json(utf8.toStdString()).dump());
    };
    switch (kind) {
    case 0:
        return QByteArrayLiteral("null");
    case 1:
        return rng.bounded(2) ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case 2:
        return randomNumber(rng);
    case 3:
        return quoted(randomString(rng));
    case 4: {
        QByteArrayList items;
        for (int i = 0, n = static_cast<int>(rng.bounded(5)); i < n; ++i)
            items << randomValue(rng, depth + 1);
        return '[' + items.join(", ") + ']';
    }
    default: {
        QByteArrayList members;
        QSet<QByteArray> names;
        for (int i = 0, n = static_cast<int>(rng.bounded(6)); i < n; ++i) {
            const QByteArray name = randomString(rng);
            if (names.contains(name))
                continue;
            names.insert(name);
            members << quoted(name) + " : " + randomValue(rng, depth + 1);
        }
        return "{ " + members.join(", ") + " }";
    }
    }
}

} // namespace

class TestCanonicalJson : public QObject
{
    Q_OBJECT

private slots:
    void matchesCanonicalize()
    {
        // RFC 8785's own examples (numbers §3.2.2, strings, ordering §3.2.3) and more edge cases.
        QFile fixture(QStringLiteral(MODREG_SOURCE_DIR "/tests/fixtures/jcs-corpus.jsonl"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QList<QByteArray> corpus = fixture.readAll().trimmed().split('\n');
        QVERIFY(corpus.size() >= 12);
        QRandomGenerator rng(20261121);
        for (int i = 0; i < 300; ++i)
            corpus << randomValue(rng, 0);

        const QJsonArray expected = referenceJcs("canonical", corpus);
        QCOMPARE(expected.size(), corpus.size());
        for (int i = 0; i < corpus.size(); ++i) {
            const json value = json::parse(corpus[i].toStdString());
            const QByteArray ours = CanonicalJson::of(value);
            if (ours.toHex() != expected[i].toString().toLatin1())
                QFAIL(qPrintable(
                    QStringLiteral("input %1:\n%2\nours:   %3\ntheirs: %4")
                        .arg(i)
                        .arg(QString::fromUtf8(corpus[i]), QString::fromUtf8(ours),
                             QString::fromUtf8(QByteArray::fromHex(expected[i].toString().toLatin1())))));
        }
    }

    // Independent of any implementation: the examples RFC 8785 prints itself.
    void rfcNumberExamples()
    {
        QCOMPARE(CanonicalJson::number(333333333.33333329), QByteArray("333333333.3333333"));
        QCOMPARE(CanonicalJson::number(1e30), QByteArray("1e+30"));
        QCOMPARE(CanonicalJson::number(4.50), QByteArray("4.5"));
        QCOMPARE(CanonicalJson::number(2e-3), QByteArray("0.002"));
        QCOMPARE(CanonicalJson::number(1e-27), QByteArray("1e-27"));
        QCOMPARE(CanonicalJson::number(-0.0), QByteArray("0"));
        QCOMPARE(CanonicalJson::number(1e21), QByteArray("1e+21"));
        QCOMPARE(CanonicalJson::number(1e-7), QByteArray("1e-7"));
        QCOMPARE(CanonicalJson::number(1e-6), QByteArray("0.000001"));
        QCOMPARE(CanonicalJson::number(5e-324), QByteArray("5e-324"));
    }
};

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "TestCanonicalJson.moc"
