// search::TermTable (store/TermTable.h) finds each term it was given, and only that one: checked
// against QHash over many terms — short ones compared in their slots, long ones behind the entry,
// terms that differ only past their 19th byte or in length, the empty term, bytes of every value —
// through several growths and a clear(); and with a hash that makes terms collide, so that the
// bytes decide.
#include "store/TermTable.h"

#include <QHash>
#include <QRandomGenerator>
#include <QtTest>

using modreg::search::TermTable;

namespace {
// Every term in one of a few buckets: the table must tell them apart by their bytes.
struct CollidingHash
{
    size_t operator()(QByteArrayView bytes) const { return bytes.isEmpty() ? 0 : quint8(bytes.back()) % 3; }
};

template <typename Table> void compareWithQHash(int count)
{
    QRandomGenerator rng(25);
    QList<QByteArray> terms{QByteArray(), QByteArray(1, '\0'), QByteArray(2, '\0')};
    const QByteArray stem(19, 'x'); // the longest a slot holds: a 20th byte makes a long term
    for (char c : {'a', 'b', 'd'})  // 'a' and 'd' collide below
        terms << stem + c << stem + c + c << stem.left(18) + c;
    for (int i = 0; i < count; ++i) {
        QByteArray t(rng.bounded(1, 40), Qt::Uninitialized);
        for (char& c : t)
            c = static_cast<char>(rng.bounded(i % 7 == 0 ? 256 : 4)); // few letters: many near misses
        terms << t;
    }
    Table table;
    QHash<QByteArray, int> reference;
    for (int round = 0; round < 2; ++round) {
        for (const QByteArray& t : terms) {
            auto& entry = table[t];
            QCOMPARE(entry.term, t);
            QCOMPARE(entry.value, reference.value(t));
            entry.value += 1;
            reference[t] += 1;
        }
        QCOMPARE(table.size(), size_t(reference.size()));
        for (const auto& entry : table.entries())
            QCOMPARE(entry.value, reference.value(entry.term));
        table.clear();
        reference.clear();
        QCOMPARE(table.size(), size_t(0));
        QCOMPARE(table[terms.last()].value, 0); // made again, empty
        table.clear();
    }
}
} // namespace

class TestTermTable : public QObject
{
    Q_OBJECT

private slots:
    void findsEachTermAsQHashDoes() { compareWithQHash<TermTable<int>>(20000); }
    void tellsCollidingTermsApartByTheirBytes() { compareWithQHash<TermTable<int, CollidingHash>>(1500); }
};

QTEST_APPLESS_MAIN(TestTermTable)
#include "TestTermTable.moc"
