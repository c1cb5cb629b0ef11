// A block of postings as the replica's search index stores it (store/PostingBlock.h). The replica is
// a file on the user's disk that another program, a bad disk or a half-copied backup may have
// changed: a block must decode to postings a ranking can trust, or not at all. What decodes has
// documents strictly increasing and encodes back byte for byte. The same for a block header's impacts.
#include "FuzzSupport.h"
#include "store/PostingBlock.h"

#include <algorithm>

using namespace modreg::ranking;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    if (const auto postings = postingBlock::decode(input)) {
        fuzz::expect(!postings->empty() && postings->size() <= postingBlock::kMaxPostings,
                     "a block holds 1 to kMaxPostings postings");
        for (size_t i = 1; i < postings->size(); ++i)
            fuzz::expect((*postings)[i - 1].doc < (*postings)[i].doc, "documents strictly increase");
        fuzz::expect(postingBlock::encode(*postings) == input, "a block encodes back byte for byte");
        const BlockHeader h = headerOf(*postings);
        fuzz::expect(h.firstDoc == postings->front().doc && h.lastDoc == postings->back().doc,
                     "the header spans the block");
    }
    // Appended to a run of earlier blocks (a prefix's expansions are read so): the run stays as it
    // was, and grows by what decode() gives, or by nothing.
    const std::vector<Posting> before{{1, 2, 3}, {7, 1, 9}};
    std::vector<Posting> run = before;
    const bool appended = postingBlock::decodeInto(input, run);
    const auto alone = postingBlock::decode(input);
    fuzz::expect(appended == alone.has_value(), "appending decodes what decoding alone does");
    fuzz::expect(std::equal(before.begin(), before.end(), run.begin(),
                            [](const Posting& a, const Posting& b) {
                                return a.doc == b.doc && a.f == b.f && a.length == b.length;
                            }),
                 "the run before is left as it was");
    fuzz::expect(run.size() == before.size() + (alone ? alone->size() : 0), "the run grows by the block");
    // The same bytes as a stored block a merge reads (a prefix's expansion): merged alone, what
    // decode() gives, or a refusal.
    postingBlock::Source source({QByteArrayView(input)});
    const std::optional<BlockedPostings> merged = mergedPostings({&source}, postingBlock::kTarget);
    fuzz::expect(merged.has_value() == alone.has_value(), "a merge refuses what decoding refuses");
    fuzz::expect(!merged || merged->documentCount() == alone->size(), "a merge keeps every posting");
    // The same bytes as a chunk of a run: what splits into entries has terms that never fall, each
    // entry within the bytes, and written again entry by entry gives the same bytes.
    QByteArray again;
    QByteArray previous;
    const bool split = postingBlock::forEachEntry(input, [&](QByteArrayView term, QByteArrayView block) {
        fuzz::expect(previous.isNull() || QByteArrayView(previous) <= term, "terms never fall");
        previous = term.toByteArray();
        postingBlock::appendEntry(again, term, block);
        (void)postingBlock::decode(block);
        return true;
    });
    if (split)
        fuzz::expect(again == input, "a chunk is written again byte for byte");
    // The same bytes as a header's impacts: what decodes encodes back the same, and falls.
    BlockHeader header;
    if (postingBlock::decodeImpacts(input, header))
        fuzz::expect(postingBlock::encodeImpacts(header) == input, "impacts encode back byte for byte");
    return 0;
}
