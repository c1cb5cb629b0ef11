// The Browse table's model over a replica of 12,000 modules: every row reads back the module the
// store has at that place in the chosen order, through far more pages than it keeps (so pages are
// dropped and fetched again while reading), in order and at random; sorting re-reads the order.
#include "store/ModuleStore.h"
#include "browse/ModuleTableModel.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace modreg;
using namespace modreg::ui;

class TestModuleTableModel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<ModuleStore> m_store;
    QMap<QByteArray, QString> m_names; // key → name

private slots:
    void initTestCase()
    {
        m_store = std::move(ModuleStore::open(m_dir.filePath(QStringLiteral("r.sqlite")))).value();
        QRandomGenerator rng(5);
        QList<RegistryEvent> events;
        QList<FetchedDocument> documents;
        for (int i = 0; i < 12000; ++i) {
            QByteArray key(32, '\0');
            qToBigEndian(static_cast<quint32>(i), key.data() + 28);
            ModuleMetadata m;
            m.name = QStringLiteral("module-%1").arg(rng.bounded(1000000), 7, 10, QLatin1Char('0'));
            m.version = QStringLiteral("1.0.0");
            m.author = QStringLiteral("author %1").arg(rng.bounded(50));
            m.key = ModuleKey{ModuleKey::Type::Ed25519, key};
            RegistryEvent e;
            e.key = key;
            e.cid = QStringLiteral("bafkreitest%1").arg(i);
            e.account = QByteArray(20, '\x01');
            e.block = BlockRef{static_cast<quint64>(1 + i / 10), QByteArray(32, '\x02')};
            e.logIndex = static_cast<quint64>(i % 10);
            e.transactionHash = QByteArray(32, '\x03');
            events << e;
            documents << FetchedDocument{e.cid, m.documentBytes(), m, {}};
            m_names.insert(key, m.name);
        }
        QVERIFY(m_store->apply(QStringLiteral("evm:test"), events, events.last().block).ok());
        QVERIFY(m_store->recordDocuments(documents).ok());
        QCOMPARE(m_store->moduleCount(), 12000);
    }

    void everyRowIsTheStoresRowAtThatPlace()
    {
        ModuleTableModel model;
        model.setStore(m_store.get());
        QCOMPARE(model.rowCount(), 12000);
        // Names in order (ties broken by key, as the store orders them).
        QList<std::pair<QString, QByteArray>> expected;
        for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
            expected.append({it.value().toLower(), it.key()});
        std::sort(expected.begin(), expected.end());
        for (int row = 0; row < model.rowCount(); ++row) { // 60 pages, more than the 40 kept
            QCOMPARE(model.keyAt(row), expected[row].second);
            QCOMPARE(model.index(row, ModuleTableModel::Name).data().toString(),
                     m_names.value(expected[row].second));
        }
        QRandomGenerator rng(9);
        for (int i = 0; i < 3000; ++i) {
            const int row = static_cast<int>(rng.bounded(model.rowCount()));
            QCOMPARE(model.index(row, ModuleTableModel::Name).data().toString(),
                     m_names.value(expected[row].second));
            QCOMPARE(model.rowOfKey(expected[row].second), row);
        }
        QVERIFY(model.memoryBytes() < 4 * 1024 * 1024);
    }

    void sortingByAuthorAndUpdated()
    {
        ModuleTableModel model;
        model.setStore(m_store.get());
        model.sort(ModuleTableModel::Author, Qt::AscendingOrder);
        QString previous;
        for (int row = 0; row < model.rowCount(); row += 7) {
            const QString author = model.index(row, ModuleTableModel::Author).data().toString();
            QVERIFY(previous.compare(author, Qt::CaseInsensitive) <= 0);
            previous = author;
        }
        model.sort(ModuleTableModel::Updated, Qt::DescendingOrder);
        QCOMPARE(model.index(0, ModuleTableModel::Updated).data().toString(), QStringLiteral("1200"));
        QCOMPARE(model.index(model.rowCount() - 1, ModuleTableModel::Updated).data().toString(),
                 QStringLiteral("1"));
        QCOMPARE(model.sortColumn(), static_cast<int>(ModuleTableModel::Updated));
        QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
    }

    // The store keeps no order by version, state or key: asking for one changes nothing, and the
    // model still says which order its rows are in.
    void sortingByAColumnWithoutAnOrderKeepsTheRows()
    {
        ModuleTableModel model;
        model.setStore(m_store.get());
        model.sort(ModuleTableModel::Updated, Qt::DescendingOrder);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        for (const int column : {ModuleTableModel::Version, ModuleTableModel::State, ModuleTableModel::Key}) {
            QVERIFY(!ModuleTableModel::isSortable(column));
            model.sort(column, Qt::AscendingOrder);
        }
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.index(0, ModuleTableModel::Updated).data().toString(), QStringLiteral("1200"));
        QCOMPARE(model.sortColumn(), static_cast<int>(ModuleTableModel::Updated));
        QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
    }
};

QTEST_MAIN(TestModuleTableModel)
#include "TestModuleTableModel.moc"
