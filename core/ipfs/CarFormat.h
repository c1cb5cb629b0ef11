#pragma once

#include "Result.h"
#include "ipfs/Cid.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <functional>

class QIODevice;

namespace modreg {

// CAR v1 (content-addressed archive): a dag-cbor header {roots, version: 1}, then sections of
// varint(length) | CID | block. Gateways answer `?format=car` with it; `ipfs dag export` writes it.
namespace car {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(modreg::car)
};

// The length-prefixed header naming `roots`, as js-ipfs and Kubo encode it.
QByteArray encodeHeader(const QList<Cid>& roots);
QByteArray encodeSection(const Cid& cid, const QByteArray& block);

// Writes a CAR to a device. The root is often known only once the last block is written (the
// importer finishes with it), so the header may be written with a placeholder root and patched
// afterwards: a sha2-256 CID of a given version always has the same length, so the header does not
// move. go-car's ReplaceRootsInFile does the same.
class Writer
{
public:
    explicit Writer(QIODevice& device)
        : m_device(device)
    {}
    Status writeHeader(const QList<Cid>& roots);
    Status writeBlock(const Cid& cid, const QByteArray& block);
    // Rewrites the header in place; the new roots must encode to the same length. Needs a seekable device.
    Status replaceRoots(const QList<Cid>& roots);

private:
    Status write(const QByteArray& bytes);
    QIODevice& m_device;
    qint64 m_headerStart = 0;
    qint64 m_headerLength = 0;
};

// Reads a CAR as it streams in, in pieces of any size. Every block is checked against the CID its
// section names before it is handed on; a CAR is untrusted input.
class Reader
{
public:
    struct Limits
    {
        qint64 maxHeaderBytes = 64 * 1024;
        qint64 maxSectionBytes =
            2 * 1024 * 1024 + 256; // a 2 MiB block (the largest peers exchange) and its CID
    };
    using HeaderHandler = std::function<Status(const QList<Cid>& roots)>;
    using BlockHandler = std::function<Status(const Cid& cid, const QByteArray& block)>;

    Reader(HeaderHandler onHeader, BlockHandler onBlock, Limits limits);
    Reader(HeaderHandler onHeader, BlockHandler onBlock)
        : Reader(std::move(onHeader), std::move(onBlock), Limits{})
    {}

    // The next piece of the stream. A failure is final: later calls return it again.
    Status feed(const QByteArray& bytes);
    // The stream has ended: fails when it stopped inside the header or a section.
    Status finish();

private:
    Status consume();
    Status fail(QString message);

    HeaderHandler m_onHeader;
    BlockHandler m_onBlock;
    Limits m_limits;
    QByteArray m_buffer;
    bool m_headerRead = false;
    QString m_error;
};

// Decodes the header's dag-cbor map. Exposed for tests.
Result<QList<Cid>> decodeHeader(const QByteArray& cbor);

} // namespace car
} // namespace modreg
