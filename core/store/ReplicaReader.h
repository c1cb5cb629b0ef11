#pragma once

#include "chain/Registry.h"
#include "store/StoredModule.h"

#include <QList>
#include <QVector>
#include <optional>

namespace modreg {

class SqliteDatabase;

// What views and commands read of the replica: a module, its history, the counts, and the table of
// every module page by page (Browse). Read-only: a view is handed this, never the writer. A part of
// ModuleStore (docs/architecture.md, "The replica").
class ReplicaReader
{
public:
    explicit ReplicaReader(SqliteDatabase& db);

    std::optional<StoredModule> module(const QByteArray& key) const;
    QList<RegistryEvent> history(const QByteArray& key) const;
    qint64 moduleCount() const;
    struct Counts
    {
        qint64 verified = 0;
        qint64 invalid = 0;
        qint64 pending = 0;
    };
    Counts counts() const;

    // A table of every module (Browse): the row ids in an order, then the rows a view shows.
    enum class Order
    {
        Name,
        Author,
        Updated
    };
    struct Row
    {
        qint64 id = 0;
        QByteArray key;
        QString name;
        QString version;
        QString author;
        quint64 block = 0;
        StoredModule::State state = StoredModule::State::Pending;
    };
    QVector<qint64> orderedIds(Order order, bool descending) const;
    QList<Row> rows(const QVector<qint64>& ids) const; // in no particular order
    std::optional<qint64> idOf(const QByteArray& key) const;

private:
    SqliteDatabase* m_db;
};

} // namespace modreg
