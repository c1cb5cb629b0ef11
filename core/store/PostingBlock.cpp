#include "store/PostingBlock.h"

#include <limits>

namespace modreg::ranking::postingBlock {

namespace {
// Writes `value` at `at` (room for 5 bytes), returns the end.
char* put(char* at, quint32 value)
{
    while (value >= 0x80) {
        *at++ = static_cast<char>((value & 0x7f) | 0x80);
        value >>= 7;
    }
    *at++ = static_cast<char>(value);
    return at;
}

// A varint of at most 5 bytes whose value fits 32 bits; false past the end or beyond.
bool takeLong(const char*& at, const char* end, quint32& value)
{
    quint64 v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
        if (at == end)
            return false;
        const auto byte = static_cast<unsigned char>(*at++);
        v |= static_cast<quint64>(byte & 0x7f) << shift;
        if (!(byte & 0x80)) {
            // The shortest form only: a trailing zero byte would be a second spelling of the value.
            if ((byte == 0 && shift > 0) || v > std::numeric_limits<quint32>::max())
                return false;
            value = static_cast<quint32>(v);
            return true;
        }
    }
    return false;
}

// Most gaps and frequencies fit one byte: that case inline, the rest out of line.
inline bool take(const char*& at, const char* end, quint32& value)
{
    if (at != end && !(static_cast<unsigned char>(*at) & 0x80)) [[likely]] {
        value = static_cast<unsigned char>(*at++);
        return true;
    }
    return takeLong(at, end, value);
}
} // namespace

QByteArray encode(const std::vector<Posting>& postings)
{
    // At most 5 bytes a varint: written in place, then cut to size.
    QByteArray out(static_cast<qsizetype>(5 + postings.size() * 15), Qt::Uninitialized);
    char* at = put(out.data(), static_cast<quint32>(postings.size()));
    quint32 previous = 0;
    for (const Posting& p : postings) {
        at = put(at, p.doc - previous);
        at = put(at, p.f);
        at = put(at, p.length);
        previous = p.doc;
    }
    out.truncate(at - out.constData());
    return out;
}

bool decodeInto(QByteArrayView bytes, std::vector<Posting>& out)
{
    const size_t before = out.size();
    const auto fail = [&] {
        out.resize(before);
        return false;
    };
    const char* at = bytes.constData();
    const char* end = at + bytes.size();
    quint32 count = 0;
    if (!take(at, end, count) || count == 0 || count > kMaxPostings)
        return fail();
    if (out.capacity() < before + count) // grown geometrically: runs of many blocks are appended
        out.reserve(std::max<size_t>(before + count, 2 * out.capacity()));
    quint64 doc = 0;
    for (quint32 i = 0; i < count; ++i) {
        quint32 gap = 0, f = 0, length = 0;
        if (!take(at, end, gap) || !take(at, end, f) || !take(at, end, length))
            return fail();
        if (i > 0 && gap == 0) // documents strictly increasing
            return fail();
        doc += gap;
        if (doc > std::numeric_limits<quint32>::max())
            return fail();
        out.push_back({static_cast<quint32>(doc), f, length});
    }
    if (at != end)
        return fail();
    return true;
}

std::span<const Posting> Source::next()
{
    m_buffer.clear();
    if (m_failed || m_next == m_blocks.size())
        return {};
    m_failed = !decodeInto(m_blocks[m_next++], m_buffer);
    return m_buffer;
}

std::optional<std::vector<Posting>> decode(QByteArrayView bytes)
{
    std::vector<Posting> postings;
    if (!decodeInto(bytes, postings))
        return std::nullopt;
    return postings;
}

QByteArray encodeImpacts(const BlockHeader& header)
{
    QByteArray out(static_cast<qsizetype>(5 + header.impactCount * 10), Qt::Uninitialized);
    char* at = put(out.data(), header.impactCount);
    for (size_t i = 0; i < header.impactCount; ++i) {
        at = put(at, header.impacts[i].f);
        at = put(at, header.impacts[i].length);
    }
    out.truncate(at - out.constData());
    return out;
}

bool decodeImpacts(QByteArrayView bytes, BlockHeader& header)
{
    const char* at = bytes.constData();
    const char* end = at + bytes.size();
    quint32 count = 0;
    if (!take(at, end, count) || count == 0 || count > BlockHeader::kImpacts)
        return false;
    for (quint32 i = 0; i < count; ++i) {
        Impact& impact = header.impacts[i];
        if (!take(at, end, impact.f) || !take(at, end, impact.length))
            return false;
        if (i > 0 && (impact.f >= header.impacts[i - 1].f || impact.length >= header.impacts[i - 1].length))
            return false;
    }
    header.impactCount = static_cast<quint8>(count);
    return at == end;
}

bool bounds(const BlockHeader& header, const std::vector<Posting>& postings)
{
    for (const Posting& p : postings) {
        bool bounded = header.impactCount == 0 && p.f <= header.maxF && p.length >= header.minLength;
        for (size_t i = 0; i < header.impactCount && !bounded; ++i)
            bounded = p.f <= header.impacts[i].f && p.length >= header.impacts[i].length;
        if (!bounded)
            return false;
    }
    return true;
}

void appendEntry(QByteArray& chunk, QByteArrayView term, QByteArrayView block)
{
    char length[5];
    chunk.append(length, put(length, static_cast<quint32>(term.size())) - length).append(term);
    chunk.append(length, put(length, static_cast<quint32>(block.size())) - length).append(block);
}

bool forEachEntry(QByteArrayView chunk,
                  const std::function<bool(QByteArrayView term, QByteArrayView block)>& onEntry)
{
    const char* at = chunk.constData();
    const char* end = at + chunk.size();
    QByteArrayView previous;
    while (at != end) {
        quint32 termSize = 0, blockSize = 0;
        if (!take(at, end, termSize) || termSize > quint32(end - at))
            return false;
        const QByteArrayView term(at, termSize);
        at += termSize;
        if (!take(at, end, blockSize) || blockSize > quint32(end - at))
            return false;
        const QByteArrayView block(at, blockSize);
        at += blockSize;
        if (term < previous)
            return false;
        previous = term;
        if (!onEntry(term, block))
            return true;
    }
    return true;
}

} // namespace modreg::ranking::postingBlock
