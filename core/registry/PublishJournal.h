#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace modreg {

// Unfinished registry work, one small file per registry and module key under the data directory,
// so a publish that stopped (the app closed, the IPFS or chain node went away, the process was
// killed) finishes instead of starting over: the same signed document (so the same metadata CID, no
// second upload) and the same signed transaction, kept here before it is sent and sent again as
// those bytes, never made anew. Written durably (DurableFile); removed when done.
class PublishJournal
{
    Q_DECLARE_TR_FUNCTIONS(PublishJournal)

public:
    struct Entry
    {
        QString operation;      // "publish", "remove", "transfer"
        QByteArray draft;       // publish: canonical JSON of what the author asked for (fields, content, key)
        QByteArray document;    // publish: the signed document made from it
        QByteArray transaction; // the hash of a transaction signed (maybe sent), not yet in a block
        QByteArray signedTransaction; // its signed bytes: what a resumed run sends again
        QByteArray account;           // who signed it
        quint64 nonce = 0;            // its place among the account's transactions
        bool operator==(const Entry&) const = default;
        void clearTransaction() { *this = Entry{operation, draft, document, {}, {}, {}, 0}; }
    };

    // `location`: Registry::location(); `key`: the registry key.
    PublishJournal(const QString& directory, const QString& location, const QByteArray& key);

    static QString defaultDirectory(); // AppPaths::dataDir()/publish
    QString path() const { return m_path; }
    std::optional<Entry> load() const; // nothing, or an entry that does not read, is no entry
    Status save(const Entry& entry);
    void clear();

private:
    QString m_path;
};

} // namespace modreg
