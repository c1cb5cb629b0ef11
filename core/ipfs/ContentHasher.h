#pragma once

#include "Result.h"
#include "ipfs/Cid.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

namespace modreg {

// What a file or folder is, as `ipfs add --cid-version 1` would store it: the root CID (computed
// locally, nothing sent anywhere), the bytes read and the number of files.
struct ContentSummary
{
    Cid cid = Cid::v1(Cid::Codec::Raw, Cid::Hash::Identity, {}); // the empty CID until computed
    qint64 bytes = 0;
    int files = 0;
};

// Computes a ContentSummary on a worker thread and reports progress in bytes, so a window stays
// responsive while a 100 MB folder is hashed. One computation at a time; a new start() or the
// hasher's end drops the old one's result.
class ContentHasher : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~ContentHasher() override;

    void start(const QString& path);
    void cancel(); // the result of the running computation is dropped

    // The same computation, here and now (CLI, tests).
    static Result<ContentSummary>
    compute(const QString& path, const std::function<void(qint64 done, qint64 total)>& progress = {});
    // Bytes and files that would be read (dotfiles skipped, as `ipfs add` does), without reading them.
    static QPair<qint64, int> measure(const QString& path);

signals:
    void progress(qint64 done, qint64 total);
    void finished(const modreg::Result<modreg::ContentSummary>& summary);

private:
    quint64 m_generation = 0;
};

} // namespace modreg
