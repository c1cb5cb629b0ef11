#include "ipfs/UnixfsExporter.h"

#include "ipfs/BlockSource.h"
#include "ipfs/DagPb.h"
#include "ipfs/ExportTarget.h"

#include <QPointer>
#include <algorithm>

namespace modreg {

namespace {
using Type = dagpb::unixfs::Type;

// A dag-pb block read as UnixFS: the node and the UnixFS message in its data.
struct UnixfsNode
{
    dagpb::Node node;
    dagpb::unixfs::Data data;
};

Result<UnixfsNode> decodeUnixfs(const QByteArray& block)
{
    Result<dagpb::Node> node = dagpb::decodeNode(block);
    if (!node)
        return Result<UnixfsNode>::failure(node.error());
    Result<dagpb::unixfs::Data> data = dagpb::unixfs::decodeData(node->data);
    if (!data)
        return Result<UnixfsNode>::failure(data.error());
    return UnixfsNode{std::move(node).value(), std::move(data).value()};
}

// An entry name is one path component; anything else could write outside the chosen folder.
bool isSafeName(const QString& name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..") &&
           !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')) &&
           !name.contains(QChar(0)) && name.toUtf8().size() <= 255;
}
} // namespace

UnixfsExporter::UnixfsExporter(BlockSource& source, ExportTarget& target, Limits limits, QObject* parent)
    : QObject(parent)
    , m_source(source)
    , m_target(target)
    , m_limits(limits)
{}

void UnixfsExporter::run(const Cid& root, const QStringList& path, std::function<void(Status)> done)
{
    m_done = std::move(done);
    m_path = path;
    m_stack = {path.isEmpty() ? Step{Step::Kind::Entry, root, {}, 0, {}}
                              : Step{Step::Kind::Resolve, root, {}, 0, {}}};
    QMetaObject::invokeMethod(this, &UnixfsExporter::next, Qt::QueuedConnection);
}

void UnixfsExporter::finish(Status status, Fault fault)
{
    m_fault = status ? Fault::None : fault;
    m_stack.clear();
    if (auto done = std::exchange(m_done, nullptr))
        done(std::move(status));
}

void UnixfsExporter::next()
{
    if (!m_done)
        return;
    if (m_stack.isEmpty())
        return finish(success());
    const Step step = m_stack.takeLast();
    if (step.kind == Step::Kind::EndFile) {
        if (step.expectedSize && static_cast<quint64>(m_fileWritten) != *step.expectedSize)
            return finish(
                Status::failure(tr("The file's parts add up to %1 bytes, but it declares %2 bytes; its "
                                   "DAG is inconsistent.")
                                    .arg(m_fileWritten)
                                    .arg(*step.expectedSize)));
        if (Status s = m_target.endFile(); !s)
            return finish(s, Fault::Target);
        return next();
    }
    if (step.cid.codec() != Cid::Codec::DagPb && step.cid.codec() != Cid::Codec::Raw)
        return finish(
            Status::failure(tr("%1 is a %2 block, not a UnixFS file or folder; Modreg fetches files and "
                               "folders.")
                                .arg(step.cid.toString(), Cid::codecName(step.cid.codec()))));
    if (step.cid.hash() == Cid::Hash::Identity) // the bytes are in the CID itself
        return handle(step, step.cid.digest());

    QPointer<UnixfsExporter> self(this);
    m_source.get(step.cid, [self, step](Result<QByteArray> block) {
        if (!self || !self->m_done)
            return;
        if (!block)
            return self->finish(Status::failure(block.error()), Fault::Source);
        // The check that makes a fetch verified: whatever the source, the bytes must hash to the CID.
        if (!step.cid.matches(block.value()))
            return self->finish(
                Status::failure(tr("The block sent for %1 does not match that CID; the data was "
                                   "changed or corrupted.")
                                    .arg(step.cid.toString())),
                Fault::Source);
        self->m_fetched += block->size();
        if (self->m_limits.maxBytes >= 0 && self->m_fetched > self->m_limits.maxBytes)
            return self->finish(Status::failure(
                tr("The content is larger than the limit of %1 bytes.").arg(self->m_limits.maxBytes)));
        // Queued: a local source answers at once, and a deep tree must not become a deep stack.
        QMetaObject::invokeMethod(
            self, [self, step, bytes = std::move(block).value()] { self->handle(step, bytes); },
            Qt::QueuedConnection);
    });
}

Status UnixfsExporter::targetFailed(Status status)
{
    m_targetFailed = true;
    return status;
}

void UnixfsExporter::handle(const Step& step, const QByteArray& block)
{
    if (!m_done)
        return;
    if (step.depth > m_limits.maxDepth)
        return finish(
            Status::failure(tr("The content is nested deeper than %1 levels.").arg(m_limits.maxDepth)));
    Status status = step.kind == Step::Kind::Resolve ? handleResolve(step, block)
                    : step.kind == Step::Kind::Entry ? handleEntry(step, block)
                                                     : handleChunk(step, block);
    if (!status)
        return finish(status, m_targetFailed ? Fault::Target : Fault::Content);
    next();
}

Status UnixfsExporter::handleResolve(const Step& step, const QByteArray& block)
{
    const QString& name = m_path.at(step.depth);
    const Result<UnixfsNode> folder = step.cid.codec() == Cid::Codec::DagPb
                                          ? decodeUnixfs(block)
                                          : Result<UnixfsNode>::failure(tr("It is a file, not a folder."));
    if (!folder || folder->data.type != Type::Directory)
        return Status::failure(
            tr("Cannot look up \"%1\" in %2: %3")
                .arg(name, step.cid.toString(), folder ? tr("it is not a folder.") : folder.error()));
    const QList<dagpb::Link>& links = folder->node.links;
    const auto link =
        std::find_if(links.cbegin(), links.cend(), [&](const dagpb::Link& l) { return l.name == name; });
    if (link == links.cend())
        return Status::failure(tr("The folder %1 has no entry named \"%2\".").arg(step.cid.toString(), name));
    const bool last = step.depth + 1 == m_path.size();
    m_stack.append(last ? Step{Step::Kind::Entry, link->cid, {}, 0, {}}
                        : Step{Step::Kind::Resolve, link->cid, {}, step.depth + 1, {}});
    return success();
}

Status UnixfsExporter::beginFile(const Step& step, std::optional<quint64> declaredSize)
{
    if (step.path.isEmpty()) // the exported root: its size is the total progress counts to
        m_total = declaredSize ? static_cast<qint64>(*declaredSize) : -1;
    m_fileWritten = 0;
    m_fileDeclared = declaredSize;
    if (Status s = m_target.beginFile(step.path); !s)
        return targetFailed(s);
    m_stack.append({Step::Kind::EndFile, step.cid, {}, 0, declaredSize});
    return success();
}

Status UnixfsExporter::handleEntry(const Step& step, const QByteArray& block)
{
    if (step.cid.codec() == Cid::Codec::Raw) { // a single-block file with raw leaves
        if (Status s = beginFile(step, static_cast<quint64>(block.size())); !s)
            return s;
        return writeFileBytes(block);
    }
    const Result<UnixfsNode> entry = decodeUnixfs(block);
    if (!entry)
        return Status::failure(
            tr("%1 is not a valid UnixFS node: %2").arg(step.cid.toString(), entry.error()));

    switch (entry->data.type) {
    case Type::Directory: {
        if (Status s = m_target.makeDirectory(step.path); !s)
            return targetFailed(s);
        // Pushed last-first, so they are taken in the folder's order.
        const QList<dagpb::Link>& links = entry->node.links;
        if (Status room = makeRoom(links.size()); !room)
            return room;
        for (auto it = links.crbegin(); it != links.crend(); ++it) {
            if (!isSafeName(it->name))
                return Status::failure(
                    tr("The folder holds an entry named \"%1\", which could write outside the "
                       "folder you chose; refusing it.")
                        .arg(it->name));
            const QString child = step.path.isEmpty() ? it->name : step.path + QLatin1Char('/') + it->name;
            m_stack.append({Step::Kind::Entry, it->cid, child, step.depth + 1, {}});
        }
        return success();
    }
    case Type::File:
    case Type::Raw:
        if (Status s = beginFile(step, entry->data.filesize); !s)
            return s;
        return writeFileNode(step, entry->node, entry->data);
    case Type::Symlink:
        return Status::failure(tr("\"%1\" is a symbolic link; Modreg does not export links.").arg(step.path));
    case Type::HamtShard:
        return Status::failure(
            tr("%1 is a sharded (HAMT) folder, which Modreg cannot read yet.").arg(step.cid.toString()));
    case Type::Metadata:
        break;
    }
    return Status::failure(
        tr("%1 is a UnixFS node of a kind Modreg does not export.").arg(step.cid.toString()));
}

Status UnixfsExporter::handleChunk(const Step& step, const QByteArray& block)
{
    if (step.cid.codec() == Cid::Codec::Raw)
        return writeFileBytes(block);
    const Result<UnixfsNode> part = decodeUnixfs(block);
    if (!part)
        return Status::failure(
            tr("A part of the file, %1, is malformed: %2").arg(step.cid.toString(), part.error()));
    return writeFileNode(step, part->node, part->data);
}

Status UnixfsExporter::writeFileNode(const Step& step, const dagpb::Node& node,
                                     const dagpb::unixfs::Data& data)
{
    if (data.type != dagpb::unixfs::Type::File && data.type != dagpb::unixfs::Type::Raw)
        return Status::failure(tr("A part of the file, %1, is not file data.").arg(step.cid.toString()));
    if (!node.links.isEmpty() && data.blockSizes.size() != node.links.size())
        return Status::failure(tr("The file node %1 lists %2 block sizes for %3 links.")
                                   .arg(step.cid.toString())
                                   .arg(data.blockSizes.size())
                                   .arg(node.links.size()));
    if (Status s = writeFileBytes(data.bytes); !s)
        return s;
    if (Status room = makeRoom(node.links.size()); !room)
        return room;
    for (auto it = node.links.crbegin(); it != node.links.crend(); ++it)
        m_stack.append({Step::Kind::FileChunk, it->cid, {}, step.depth + 1, {}});
    return success();
}

Status UnixfsExporter::makeRoom(qsizetype entries) const
{
    if (m_stack.size() + entries <= m_limits.maxWaiting)
        return success();
    return Status::failure(tr("The content has more than %1 entries and file parts waiting to be fetched at "
                              "once; Modreg stops there.")
                               .arg(m_limits.maxWaiting));
}

Status UnixfsExporter::writeFileBytes(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return success();
    // Checked before writing: a file that grows past the size its root declares is refused at its
    // first byte too many, not after gigabytes (EndFile checks that it is not shorter).
    if (m_fileDeclared && static_cast<quint64>(m_fileWritten) + static_cast<quint64>(bytes.size()) > *m_fileDeclared)
        return Status::failure(tr("The file's parts hold more than the %1 bytes it declares; its DAG is "
                                  "inconsistent.")
                                   .arg(*m_fileDeclared));
    if (Status s = m_target.write(bytes); !s)
        return targetFailed(s);
    m_fileWritten += bytes.size();
    m_written += bytes.size();
    emit progress(m_written, m_total);
    return success();
}

} // namespace modreg
