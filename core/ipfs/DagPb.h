#pragma once

#include "Result.h"
#include "ipfs/Cid.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

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

struct Node
{
    QList<Link> links;
    QByteArray data;
};

QByteArray encodeNode(const QList<Link>& links, const QByteArray& data);
// Reads a node strictly, as the dag-pb spec asks: fields in order, no unknown fields, every link
// with a hash that parses as a CID. A block from a stranger gets here only after its hash matched.
Result<Node> decodeNode(const QByteArray& block);

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

// The UnixFS message inside a dag-pb node's data.
struct Data
{
    Type type = Type::Raw;
    QByteArray bytes; // inline file bytes
    std::optional<quint64> filesize;
    QList<quint64> blockSizes; // one per link, for files
};
Result<Data> decodeData(const QByteArray& data);
} // namespace unixfs

// The translation context for the decoders' sentences.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(modreg::dagpb)
};

} // namespace dagpb
} // namespace modreg
