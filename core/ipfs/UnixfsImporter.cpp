#include "ipfs/UnixfsImporter.h"

#include "ipfs/DagPb.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <vector>

namespace modreg {

UnixfsImporter::UnixfsImporter(Options options, BlockSink sink, Progress progress)
    : m_options(options)
    , m_sink(std::move(sink))
    , m_progress(std::move(progress))
{}

UnixfsImporter::Node UnixfsImporter::storeBlock(Cid::Codec codec, const QByteArray& block, quint64 tsizeBelow,
                                                quint64 fileSize)
{
    const Cid cid = Cid::forBlock(codec, block, codec == Cid::Codec::DagPb ? m_options.cidVersion : 1);
    if (m_sink)
        m_sink(cid, block);
    return {cid, static_cast<quint64>(block.size()) + tsizeBelow, fileSize};
}

Result<UnixfsImporter::Node> UnixfsImporter::addFile(QIODevice& in)
{
    // levels[0] holds leaves waiting for a parent, levels[1] their parents, and so on. A level that
    // fills up (maxLinks) becomes one node on the level above at once, so memory stays
    // O(maxLinks × depth) whatever the file size; the result equals the recursive "batch by
    // maxLinks" of js-ipfs's balanced builder.
    std::vector<std::vector<Node>> levels(1);
    auto makeParent = [this](const std::vector<Node>& children) {
        QList<dagpb::Link> links;
        QList<quint64> sizes;
        quint64 below = 0;
        quint64 fileSize = 0;
        for (const Node& child : children) {
            links << dagpb::Link{child.cid, QString(), child.tsize};
            sizes << child.fileSize;
            below += child.tsize;
            fileSize += child.fileSize;
        }
        return storeBlock(Cid::Codec::DagPb, dagpb::encodeNode(links, dagpb::unixfs::file({}, sizes)), below,
                          fileSize);
    };
    auto push = [&](std::size_t level, Node node) {
        for (;;) {
            if (levels.size() <= level)
                levels.emplace_back();
            levels[level].push_back(std::move(node));
            if (static_cast<int>(levels[level].size()) < m_options.maxLinks)
                return;
            node = makeParent(levels[level]);
            levels[level].clear();
            ++level;
        }
    };

    quint64 chunks = 0;
    std::optional<Node> only; // a file of one chunk is its own root
    for (;;) {
        const QByteArray chunk = in.read(m_options.chunkSize);
        if (chunk.isEmpty() && !in.atEnd())
            return Result<Node>::failure(tr("Could not read the file: %1").arg(in.errorString()));
        if (chunk.isEmpty() && chunks > 0)
            break; // the previous chunk ended exactly at a chunk boundary
        m_bytesRead += chunk.size();
        if (m_progress)
            m_progress(m_bytesRead);
        const auto size = static_cast<quint64>(chunk.size());
        const Node leaf = m_options.rawLeaves
                              ? storeBlock(Cid::Codec::Raw, chunk, 0, size)
                              : storeBlock(Cid::Codec::DagPb,
                                           dagpb::encodeNode({}, dagpb::unixfs::file(chunk, {})), 0, size);
        if (++chunks == 1) {
            only = leaf; // an empty file is one empty chunk
        } else {
            if (only) {
                push(0, *only);
                only.reset();
            }
            push(0, leaf);
        }
        if (in.atEnd())
            break;
    }
    if (only)
        return *only;
    // Close every level from the bottom: what is left becomes one parent on the level above, until
    // the top level holds a single node, the root.
    for (std::size_t level = 0;; ++level) {
        const bool top = level + 1 == levels.size();
        if (top && levels[level].size() == 1)
            return levels[level].front();
        if (!levels[level].empty()) {
            Node parent = makeParent(levels[level]);
            levels[level].clear();
            if (top)
                levels.emplace_back();
            levels[level + 1].push_back(std::move(parent));
        }
    }
}

Result<UnixfsImporter::Node> UnixfsImporter::addDirectory(const QString& path)
{
    QDir dir(path);
    QDir::Filters filters = QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System;
    if (m_options.includeHidden)
        filters |= QDir::Hidden;
    QFileInfoList entries = dir.entryInfoList(filters, QDir::NoSort);
    // UnixFS orders links by the bytes of their names, not by any locale.
    std::sort(entries.begin(), entries.end(), [](const QFileInfo& a, const QFileInfo& b) {
        return a.fileName().toUtf8() < b.fileName().toUtf8();
    });
    QList<dagpb::Link> links;
    quint64 below = 0;
    qint64 estimate = 0;
    for (const QFileInfo& entry : entries) {
        Result<Node> child = addPath(entry.filePath());
        if (!child)
            return child;
        links << dagpb::Link{child->cid, entry.fileName(), child->tsize};
        below += child->tsize;
        estimate += entry.fileName().toUtf8().size() + child->cid.bytes().size();
        if (estimate > kShardThresholdBytes)
            return Result<Node>::failure(
                tr("The folder %1 has too many entries for a plain UnixFS directory (Kubo and js-ipfs would "
                   "shard it); "
                   "Modreg does not build sharded directories yet. Split it into subfolders.")
                    .arg(path));
    }
    return storeBlock(Cid::Codec::DagPb, dagpb::encodeNode(links, dagpb::unixfs::directory()), below, 0);
}

Result<UnixfsImporter::Node> UnixfsImporter::addPath(const QString& path)
{
    const QFileInfo info(path);
    if (info.isSymLink())
        return Result<Node>::failure(tr("%1 is a symbolic link; Modreg does not add links yet.").arg(path));
    if (info.isDir())
        return addDirectory(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Node>::failure(tr("Could not open %1: %2").arg(path, file.errorString()));
    return addFile(file);
}

} // namespace modreg
