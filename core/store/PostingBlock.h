#pragma once

#include "store/BlockMaxScorer.h"

#include <QByteArray>
#include <functional>
#include <optional>
#include <vector>

namespace modreg::ranking {

// A block of one term's postings as the search index stores it (SearchIndex): the count, then for
// each posting the gap from the previous document (from 0 for the first), the weighted frequency
// and the document's length, all as LEB128 varints. Read back only when every byte is accounted for:
// a damaged replica file gives nullopt, never a wrong ranking or a crash (FuzzPostingBlock).
namespace postingBlock {

// At most this many postings in a block: a split keeps them at kTarget (Lucene's 128), updates may
// grow one to twice that before it splits.
constexpr size_t kTarget = 128;
constexpr size_t kMaxPostings = 2 * kTarget;

QByteArray encode(const std::vector<Posting>& postings);
// Strictly increasing documents, 1 to kMaxPostings of them, each value within 32 bits, each varint
// in its shortest form (so what decodes encodes back to the same bytes), nothing after the last.
std::optional<std::vector<Posting>> decode(QByteArrayView bytes);
// The same appended to `out` (left as it was, and false, when the bytes do not decode).
bool decodeInto(QByteArrayView bytes, std::vector<Posting>& out);

// A term's stored blocks read by a merge (a prefix's expansions): each decoded, as decodeInto() does,
// when the merge reaches it, into one buffer. `blocks` (in document order) must outlive the source.
class Source final : public PostingSource
{
public:
    explicit Source(std::vector<QByteArrayView> blocks)
        : m_blocks(std::move(blocks))
    {}
    std::span<const Posting> next() override;
    bool failed() const override { return m_failed; }

private:
    std::vector<QByteArrayView> m_blocks;
    size_t m_next = 0;
    std::vector<Posting> m_buffer;
    bool m_failed = false;
};

// A header's impacts (BlockHeader::impacts): the count, then (f, length) pairs, varints likewise.
QByteArray encodeImpacts(const BlockHeader& header);
// Into `header`; false unless 1 to kImpacts pairs, f falling and length falling, nothing after.
bool decodeImpacts(QByteArrayView bytes, BlockHeader& header);
// Whether every posting is bounded by one of the header's impacts (or by its largest f and
// smallest length): what the scorer trusts of a block it reads.
bool bounds(const BlockHeader& header, const std::vector<Posting>& postings);

// A chunk of a run (SearchIndex.h, search_runs): entries, each a term and one block of its postings
// (as encode() gives it), written as the term's length, the term, the block's length, the block.
// Terms never fall from one entry to the next; a term may have several entries.
void appendEntry(QByteArray& chunk, QByteArrayView term, QByteArrayView block);
// Each entry in order, while `onEntry` returns true. False when the bytes do not split into entries
// whose terms never fall (onEntry has had those before); the blocks are not decoded here.
bool forEachEntry(QByteArrayView chunk,
                  const std::function<bool(QByteArrayView term, QByteArrayView block)>& onEntry);

} // namespace postingBlock
} // namespace modreg::ranking
