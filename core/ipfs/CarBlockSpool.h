#pragma once

#include "ipfs/BlockSource.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QTemporaryFile>

namespace modreg {

// The blocks of a downloaded CAR, kept in a temporary file and found by their multihash. A gateway
// may send the blocks in any order and may send a repeated block once, so a CAR is read whole into
// the spool first and the DAG walked from it afterwards; memory holds only the index.
class CarBlockSpool : public BlockSource
{
    Q_DECLARE_TR_FUNCTIONS(modreg::CarBlockSpool)

public:
    // A gateway chooses how many blocks it sends: the index (in memory) and the file (on disk) are
    // bounded, so a CAR of millions of tiny blocks or of endless junk stops with a sentence.
    struct Limits
    {
        qsizetype maxBlocks = 1 << 20; // ~100 MiB of index at most
        qint64 maxBytes = -1;          // -1: as many as the download itself may bring
    };

    CarBlockSpool(QString origin, QString tempDir, Limits limits);
    CarBlockSpool(QString origin, QString tempDir)
        : CarBlockSpool(std::move(origin), std::move(tempDir), Limits{})
    {}

    Status add(const Cid& cid, const QByteArray& block); // already checked against `cid`
    qsizetype blockCount() const { return m_index.size(); }
    // Blocks that arrived but were never asked for.
    qsizetype unusedBlockCount() const { return m_index.size() - m_used.size(); }

    void get(const Cid& cid, std::function<void(Result<QByteArray>)> done) override;

private:
    struct Location
    {
        qint64 offset;
        qint64 length;
    };
    QString m_origin;
    Limits m_limits;
    QTemporaryFile m_file;
    QHash<QByteArray, Location> m_index; // multihash → where the block is
    QSet<QByteArray> m_used;
};

} // namespace modreg
