#pragma once

#include "ipfs/Cid.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace modreg {

// dag-pb nodes and the UnixFS data inside them, encoded the way the dag-pb spec fixes it (links
// before data; link fields Hash, Name, Tsize in that order), so the bytes, and so the CIDs, equal
// js-ipfs's and Kubo's.
namespace dagpb {

struct Link
{
    Cid cid;
    QString name;      // written even when empty, as the UnixFS importers do
    quint64 tsize = 0; // the linked block plus everything below it
};

QByteArray encodeNode(const QList<Link>& links, const QByteArray& data);

namespace unixfs {
enum class Type : quint8
{
    Raw = 0,
    Directory = 1,
    File = 2,
    Metadata = 3,
    Symlink = 4,
    HamtShard = 5
};
// A file node: its inline bytes (leaves) and/or its children's sizes (inner nodes).
QByteArray file(const QByteArray& bytes, const QList<quint64>& blockSizes);
QByteArray directory();
} // namespace unixfs

} // namespace dagpb
} // namespace modreg
