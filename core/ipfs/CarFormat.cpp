#include "ipfs/CarFormat.h"

#include "ipfs/Varint.h"

#include <QIODevice>

namespace modreg::car {

namespace {

// --- the few dag-cbor items a CAR header uses -------------------------------------------------

void putCborHead(QByteArray& out, quint8 major, quint64 value)
{
    const auto m = static_cast<char>(major << 5);
    if (value < 24) {
        out += static_cast<char>(m | static_cast<char>(value));
    } else if (value < 0x100) {
        out += static_cast<char>(m | 24);
        out += static_cast<char>(value);
    } else {
        out += static_cast<char>(m | 25);
        out += static_cast<char>(value >> 8);
        out += static_cast<char>(value & 0xff);
    }
}

constexpr quint8 kUnsigned = 0, kBytes = 2, kText = 3, kArray = 4, kMap = 5, kTag = 6;
constexpr quint64 kCidTag = 42; // dag-cbor's tag for a link; its bytes are 0x00 then the binary CID

struct CborHead
{
    quint8 major;
    quint64 value;
};

class CborReader
{
public:
    explicit CborReader(const QByteArray& bytes)
        : m_bytes(bytes)
    {}
    std::optional<CborHead> head()
    {
        if (m_pos >= m_bytes.size())
            return std::nullopt;
        const auto first = static_cast<quint8>(m_bytes[m_pos++]);
        const quint8 info = first & 31;
        quint64 value = info;
        int extra = info == 24 ? 1 : info == 25 ? 2 : info == 26 ? 4 : info == 27 ? 8 : 0;
        if (info > 27) // indefinite lengths and reserved values: dag-cbor has none
            return std::nullopt;
        if (extra > 0) {
            if (m_bytes.size() - m_pos < extra)
                return std::nullopt;
            value = 0;
            for (int i = 0; i < extra; ++i)
                value = (value << 8) | static_cast<quint8>(m_bytes[m_pos++]);
        }
        return CborHead{static_cast<quint8>(first >> 5), value};
    }
    std::optional<QByteArray> payload(quint64 length)
    {
        if (length > static_cast<quint64>(m_bytes.size() - m_pos))
            return std::nullopt;
        QByteArray out = m_bytes.mid(m_pos, static_cast<qsizetype>(length));
        m_pos += static_cast<qsizetype>(length);
        return out;
    }
    bool atEnd() const { return m_pos == m_bytes.size(); }

private:
    const QByteArray& m_bytes;
    qsizetype m_pos = 0;
};

// A varint at the front of `buffer` from `pos`: its value, or nullopt while more bytes may complete it.
enum class VarintState
{
    Complete,
    NeedMore,
    Malformed
};
VarintState readLength(const QByteArray& buffer, qsizetype& pos, quint64& value)
{
    qsizetype p = pos;
    const std::optional<quint64> v = varint::decode(buffer, p);
    if (v) {
        value = *v;
        pos = p;
        return VarintState::Complete;
    }
    // A varint is at most 9 bytes; anything undecodable with that many bytes present is malformed.
    return buffer.size() - pos >= 9 ? VarintState::Malformed : VarintState::NeedMore;
}

} // namespace

QByteArray encodeHeader(const QList<Cid>& roots)
{
    QByteArray cbor;
    putCborHead(cbor, kMap, 2);
    putCborHead(cbor, kText, 5);
    cbor += "roots";
    putCborHead(cbor, kArray, static_cast<quint64>(roots.size()));
    for (const Cid& root : roots) {
        const QByteArray link = QByteArray(1, '\0') + root.bytes();
        putCborHead(cbor, kTag, kCidTag);
        putCborHead(cbor, kBytes, static_cast<quint64>(link.size()));
        cbor += link;
    }
    putCborHead(cbor, kText, 7);
    cbor += "version";
    putCborHead(cbor, kUnsigned, 1);
    return varint::encode(static_cast<quint64>(cbor.size())) + cbor;
}

QByteArray encodeSection(const Cid& cid, const QByteArray& block)
{
    const QByteArray id = cid.bytes();
    return varint::encode(static_cast<quint64>(id.size() + block.size())) + id + block;
}

Result<QList<Cid>> decodeHeader(const QByteArray& cbor)
{
    using R = Result<QList<Cid>>;
    const auto malformed = [] { return R::failure(Text::tr("The CAR header is not a valid dag-cbor map.")); };
    CborReader in(cbor);
    const auto map = in.head();
    if (!map || map->major != kMap || map->value > 8)
        return malformed();
    QList<Cid> roots;
    std::optional<quint64> version;
    for (quint64 i = 0; i < map->value; ++i) {
        const auto keyHead = in.head();
        const auto key = keyHead && keyHead->major == kText ? in.payload(keyHead->value) : std::nullopt;
        if (!key)
            return malformed();
        const auto value = in.head();
        if (!value)
            return malformed();
        if (*key == "version" && value->major == kUnsigned) {
            version = value->value;
        } else if (*key == "roots" && value->major == kArray && value->value <= 1024) {
            for (quint64 r = 0; r < value->value; ++r) {
                const auto tag = in.head();
                const auto bytes =
                    tag && tag->major == kTag && tag->value == kCidTag ? in.head() : std::nullopt;
                const auto link = bytes && bytes->major == kBytes ? in.payload(bytes->value) : std::nullopt;
                if (!link || link->isEmpty() || link->at(0) != '\0')
                    return R::failure(Text::tr("A root in the CAR header is not a CID link."));
                Result<Cid> cid = Cid::fromBytes(link->mid(1));
                if (!cid)
                    return R::failure(
                        Text::tr("A root in the CAR header is not a valid CID: %1").arg(cid.error()));
                roots.append(cid.value());
            }
        } else {
            return malformed();
        }
    }
    if (!in.atEnd())
        return malformed();
    if (version != 1)
        return R::failure(
            version ? Text::tr("This is a CAR of version %1; Modreg reads version 1, which gateways "
                               "send when asked for application/vnd.ipld.car; version=1.")
                          .arg(*version)
                    : Text::tr("The CAR header has no version."));
    return roots;
}

// --- Writer ------------------------------------------------------------------------------------

Status Writer::write(const QByteArray& bytes)
{
    if (m_device.write(bytes) != bytes.size())
        return Status::failure(Text::tr("Could not write the CAR: %1").arg(m_device.errorString()));
    return success();
}

Status Writer::writeHeader(const QList<Cid>& roots)
{
    const QByteArray header = encodeHeader(roots);
    m_headerStart = m_device.pos();
    m_headerLength = header.size();
    return write(header);
}

Status Writer::writeBlock(const Cid& cid, const QByteArray& block)
{
    return write(encodeSection(cid, block));
}

Status Writer::replaceRoots(const QList<Cid>& roots)
{
    const QByteArray header = encodeHeader(roots);
    if (header.size() != m_headerLength)
        return Status::failure(
            Text::tr("The CAR's new roots do not fit the space its header left for them."));
    const qint64 end = m_device.pos();
    if (!m_device.seek(m_headerStart))
        return Status::failure(
            Text::tr("Could not go back to the CAR's header: %1").arg(m_device.errorString()));
    Status written = write(header);
    m_device.seek(end);
    return written;
}

// --- Reader ------------------------------------------------------------------------------------

Reader::Reader(HeaderHandler onHeader, BlockHandler onBlock, Limits limits)
    : m_onHeader(std::move(onHeader))
    , m_onBlock(std::move(onBlock))
    , m_limits(limits)
{}

Status Reader::fail(QString message)
{
    m_error = std::move(message);
    m_buffer.clear();
    return Status::failure(m_error);
}

Status Reader::feed(const QByteArray& bytes)
{
    if (!m_error.isEmpty())
        return Status::failure(m_error);
    m_buffer += bytes;
    return consume();
}

Status Reader::consume()
{
    qsizetype pos = 0;
    Status status = success();
    while (pos < m_buffer.size()) {
        qsizetype p = pos;
        quint64 length = 0;
        const VarintState state = readLength(m_buffer, p, length);
        if (state == VarintState::NeedMore)
            break;
        if (state == VarintState::Malformed)
            return fail(Text::tr("The CAR is malformed: a length prefix is not a valid varint."));
        const qint64 limit = m_headerRead ? m_limits.maxSectionBytes : m_limits.maxHeaderBytes;
        if (length == 0 || length > static_cast<quint64>(limit))
            return fail(
                m_headerRead
                    ? Text::tr("The CAR has a section of %1 bytes; blocks are at most %2 bytes.")
                          .arg(length)
                          .arg(limit)
                    : Text::tr("The CAR header is %1 bytes long, which is not plausible.").arg(length));
        if (static_cast<quint64>(m_buffer.size() - p) < length)
            break; // the rest of this section has not arrived yet
        const QByteArray item = m_buffer.mid(p, static_cast<qsizetype>(length));
        pos = p + static_cast<qsizetype>(length);
        if (!m_headerRead) {
            Result<QList<Cid>> roots = decodeHeader(item);
            if (!roots)
                return fail(roots.error());
            m_headerRead = true;
            status = m_onHeader(roots.value());
        } else {
            qsizetype blockStart = 0;
            Result<Cid> cid = Cid::readFrom(item, blockStart);
            if (!cid)
                return fail(
                    Text::tr("A section of the CAR does not start with a valid CID: %1").arg(cid.error()));
            const QByteArray block = item.mid(blockStart);
            if (!cid->matches(block))
                return fail(Text::tr("The CAR's block for %1 does not match that CID: its bytes are not what "
                                     "the CID names.")
                                .arg(cid->toString()));
            status = m_onBlock(cid.value(), block);
        }
        if (!status)
            return fail(status.error());
    }
    m_buffer.remove(0, pos);
    return success();
}

Status Reader::finish()
{
    if (!m_error.isEmpty())
        return Status::failure(m_error);
    if (!m_headerRead)
        return fail(Text::tr("The CAR ended before its header was complete."));
    if (!m_buffer.isEmpty())
        return fail(Text::tr("The CAR ended in the middle of a block (%1 bytes left over): the response was "
                             "cut short.")
                        .arg(m_buffer.size()));
    return success();
}

} // namespace modreg::car
