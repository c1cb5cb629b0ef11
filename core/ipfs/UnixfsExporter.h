#pragma once

#include "Result.h"
#include "ipfs/Cid.h"
#include "ipfs/DagPb.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <functional>
#include <optional>

namespace modreg {

class BlockSource;
class ExportTarget;

// Reassembles a UnixFS file or folder from its blocks: fetches each block from a source, checks it
// against the CID that names it (whatever the source), walks the DAG depth-first and writes the
// bytes in order. The reverse of UnixfsImporter, and the heart of every verified fetch.
//
// Refused with a sentence: a block that does not match its CID, one codec other than dag-pb and
// raw, a malformed node, a file whose parts do not add up to its declared size, an entry name that
// could leave the output folder ("..", "a/b"), symlinks and sharded (HAMT) folders, more bytes than
// the caller allows, a file whose parts hold more than its root declares (stopped at the first byte
// too many), more waiting entries than Limits::maxWaiting.
class UnixfsExporter : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        qint64 maxBytes = -1; // blocks fetched, in bytes; -1: no limit
        int maxDepth = 256;   // folder nesting and file tree height
        // Entries and file parts known but not fetched yet: a hostile DAG of wide folders inside
        // wide folders would otherwise hold millions of them in memory.
        qsizetype maxWaiting = 1 << 20;
    };

    UnixfsExporter(BlockSource& source, ExportTarget& target, Limits limits, QObject* parent = nullptr);

    // Walks from `root` down `path` (entry names inside folders), then exports what it names.
    // `done` runs once.
    void run(const Cid& root, const QStringList& path, std::function<void(Status)> done);

    qint64 bytesFetched() const { return m_fetched; }

    // Whose fault a failure was. Every block is checked against its CID, so what is wrong with the
    // content (a folder where a file was asked for, too large, malformed, a name that climbs out) is
    // wrong wherever it comes from: another source cannot change that verdict. A source that sent
    // a wrong block or none, or a target that could not write, may do better another time.
    enum class Fault
    {
        None,
        Source,
        Target,
        Content
    };
    Fault fault() const { return m_fault; }

signals:
    // File bytes written so far; `total` is the file's size, or -1 for a folder (not known upfront).
    void progress(qint64 written, qint64 total);

private:
    struct Step
    {
        enum class Kind
        {
            Resolve,   // a folder on the way down `path`
            Entry,     // a file or folder to export
            FileChunk, // a part of the file being written
            EndFile    // the file is complete
        };
        Kind kind;
        Cid cid;
        QString path;  // Entry: where it goes; Resolve: unused
        int depth = 0; // below the root; for Resolve also the index in the path of the name looked up
        std::optional<quint64> expectedSize; // EndFile: the size the file's root declared
    };

    void next();
    void handle(const Step& step, const QByteArray& block);
    Status handleResolve(const Step& step, const QByteArray& block);
    Status handleEntry(const Step& step, const QByteArray& block);
    Status handleChunk(const Step& step, const QByteArray& block);
    Status beginFile(const Step& step, std::optional<quint64> declaredSize);
    // A file node's inline bytes, then its children queued in order.
    Status writeFileNode(const Step& step, const dagpb::Node& node, const dagpb::unixfs::Data& data);
    Status writeFileBytes(const QByteArray& bytes);
    Status makeRoom(qsizetype entries) const; // fails when `entries` more would pass maxWaiting
    void finish(Status status, Fault fault = Fault::Content);
    Status targetFailed(Status status); // notes that the target, not the content, failed

    BlockSource& m_source;
    ExportTarget& m_target;
    Limits m_limits;
    QList<Step> m_stack;
    QStringList m_path;
    std::function<void(Status)> m_done;
    qint64 m_fetched = 0;
    Fault m_fault = Fault::None;
    bool m_targetFailed = false;
    qint64 m_written = 0;
    qint64 m_fileWritten = 0;
    std::optional<quint64> m_fileDeclared; // the size the file being written declares
    qint64 m_total = -1;
};

} // namespace modreg
