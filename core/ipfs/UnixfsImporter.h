#pragma once

#include "Result.h"
#include "ipfs/Cid.h"

#include <QCoreApplication>
#include <functional>

class QIODevice;

namespace modreg {

// Computes, locally and in constant memory, the root CID that Kubo and js-ipfs give a file or a
// folder with default settings: fixed 256 KiB chunks, a balanced DAG of at most 174 links per
// node; CIDv0 with dag-pb leaves, or CIDv1 with raw leaves. It can hand every block it builds to a
// sink (to add them to a node, or to write a CAR) and reports progress in bytes read.
class UnixfsImporter
{
    Q_DECLARE_TR_FUNCTIONS(UnixfsImporter)

public:
    struct Options
    {
        int cidVersion = 0;
        bool rawLeaves = false; // `ipfs add` turns this on with --cid-version 1
        qint64 chunkSize = 262144;
        int maxLinks = 174;
        bool includeHidden = false; // like `ipfs add -r` without --hidden: dotfiles are skipped
        static Options forVersion(int version) { return {version, version == 1}; }
    };
    struct Node
    {
        Cid cid;
        quint64 tsize = 0;    // bytes of all blocks of this DAG, as parents' links record it
        quint64 fileSize = 0; // content bytes (0 for a directory)
    };
    using BlockSink = std::function<void(const Cid&, const QByteArray& block)>;
    using Progress = std::function<void(qint64 bytesRead)>;

    explicit UnixfsImporter(Options options, BlockSink sink = {}, Progress progress = {});

    Result<Node> addFile(QIODevice& in);
    Result<Node> addPath(const QString& path); // a file or a whole folder

    // Directories bigger than this (the sum of their entries' names and CIDs) are sharded by Kubo and
    // js-ipfs (HAMT); Modreg refuses them for now.
    static constexpr qint64 kShardThresholdBytes = 262144;

private:
    Node storeBlock(Cid::Codec codec, const QByteArray& block, quint64 tsizeBelow, quint64 fileSize);
    Result<Node> addDirectory(const QString& path);

    Options m_options;
    BlockSink m_sink;
    Progress m_progress;
    qint64 m_bytesRead = 0;
};

} // namespace modreg
