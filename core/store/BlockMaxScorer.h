#pragma once

#include <QtGlobal>
#include <array>
#include <functional>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace modreg {

// The exact top k of BM25 over every document that holds all of a query's terms, without scoring
// every match (issue #25; docs/architecture.md, "The replica"): each term's postings come in blocks
// in document order, and a block's header carries its largest weighted frequency and its smallest
// document length, so an upper bound of any score in it is known at query time whatever the
// collection's size and average length are then (the way Lucene's block-max impacts work). A block
// whose bound, with the other terms' bounds over the same documents, cannot reach the k-th best
// score so far is never read. The scores are FTS5's bm25() exactly (BenchSearchEngines compares them
// position by position).
namespace ranking {

struct Posting
{
    quint32 doc = 0;
    quint32 f = 0;      // the weighted frequency: Σ over columns of the column's weight × occurrences
    quint32 length = 0; // the document's length in tokens, every column, unweighted
};

// A (weighted frequency, length) pair that bounds postings: every posting with f ≤ `f` and length ≥
// `length` scores at most what it would.
struct Impact
{
    quint32 f = 0;
    quint32 length = 0;
};

struct BlockHeader
{
    quint32 firstDoc = 0;
    quint32 lastDoc = 0;
    quint32 maxF = 0;
    quint32 minLength = 0;
    // Lucene's impacts: the postings no other beats in both f and length (higher f, shorter), at most
    // kImpacts of them (the rest folded into the last), so a block's bound is the best score one of
    // its postings may really have, not that of the largest f with the shortest length, which two
    // different postings usually hold. Empty: (maxF, minLength) alone.
    static constexpr size_t kImpacts = 4;
    std::array<Impact, kImpacts> impacts{};
    quint8 impactCount = 0;
};

// One term's postings: its block headers, and a block's postings when the scorer asks for them
// (from disk, in the replica). Blocks are in document order and do not overlap.
class TermPostings
{
public:
    virtual ~TermPostings() = default;
    virtual quint64 documentCount() const = 0; // how many documents hold the term: its idf
    virtual const std::vector<BlockHeader>& blocks() const = 0;
    virtual const std::vector<Posting>& block(size_t index) const = 0;
};

// The header of a block of postings (not empty, in document order).
BlockHeader headerOf(const std::vector<Posting>& postings);

// Postings held in memory, cut into blocks of `blockSize` with their headers: a prefix's merged
// postings, and the terms of the tests and benchmarks.
class BlockedPostings : public TermPostings
{
public:
    // `postings`: in document order, one per document.
    BlockedPostings(const std::vector<Posting>& postings, size_t blockSize);
    quint64 documentCount() const override { return m_count; }
    const std::vector<BlockHeader>& blocks() const override { return m_headers; }
    const std::vector<Posting>& block(size_t index) const override { return m_blocks[index]; }

private:
    friend class BlockedPostingsBuilder;
    BlockedPostings() = default;
    std::vector<BlockHeader> m_headers;
    std::vector<std::vector<Posting>> m_blocks;
    quint64 m_count = 0;
};

// One expansion's postings as a merge reads them: a block at a time, in document order, decoded only
// when it is reached (postingBlock::Source reads the replica's blocks so).
class PostingSource
{
public:
    virtual ~PostingSource() = default;
    // The next block's postings, valid until the next call; empty at the end, or where the bytes do
    // not decode (then failed()).
    virtual std::span<const Posting> next() = 0;
    virtual bool failed() const { return false; }
};

// Several terms read as one, as FTS5 reads a prefix ("mod*"): a document holds it when it holds any
// of the expansions, with the sum of their weighted frequencies. One pass over the expansions'
// postings, a window of documents at a time, nothing held per expansion but the block it stands in.
// Nullopt when a source fails or its documents do not rise (a damaged replica).
std::optional<BlockedPostings> mergedPostings(const std::vector<PostingSource*>& expansions,
                                              size_t blockSize);
// The same for postings already in memory (tests and benchmarks), each in document order.
BlockedPostings mergedPostings(const std::vector<const TermPostings*>& expansions, size_t blockSize);
BlockedPostings mergedPostings(const std::vector<std::vector<Posting>>& runs, size_t blockSize);

struct Bm25
{
    double k1 = 1.2;
    double b = 0.75;
    quint64 documents = 0;
    double averageLength = 1;

    // As FTS5 has it: log((N - n + 0.5) / (n + 0.5)), at least 1e-6.
    double idf(quint64 holding) const;
    double score(double idf, quint32 f, quint32 length) const;
    double bound(double idf, const BlockHeader& h) const; // no posting of the block scores more
};

struct Scored
{
    double score = 0;
    quint32 doc = 0;
};

// The best `k` documents holding every term and every filter, best first; of equal scores the higher
// document (the module registered later) first. A filter (a tag, a key type, an author's modules)
// must hold but adds nothing to the score; the rarest of terms and filters leads the walk. `accept`
// (may be empty) keeps a document out of the ranking: the filters that are no lists.
std::vector<Scored> topK(const std::vector<const TermPostings*>& terms, const Bm25& bm25, size_t k,
                         const std::function<bool(quint32)>& accept = {},
                         const std::vector<const TermPostings*>& filters = {});

// How many documents hold every term and filter and pass `accept`, counted when the rarest of them
// is held by at most `limit` documents (every posting of it is then read); nullopt when more.
std::optional<quint64> matchCount(const std::vector<const TermPostings*>& terms,
                                  const std::function<bool(quint32)>& accept, quint64 limit);

// A phrase of several words, ranked without positions in the index: its matches are among the
// documents holding every word, and a column holds the phrase no more often than any of its words, so
// the smallest of the words' weighted frequencies bounds the phrase's. `frequency(doc)` gives the
// phrase's real weighted frequency in a document holding every word and filter (0: not there; a
// filter that is no list answers 0 too); it is asked of as few documents as may be.
//
// How many documents hold the phrase: each one holding every word and filter checked when the rarest
// of them is held by at most `limit` (second: true, exact); else one document from each of `sample`
// blocks of that rarest list spread evenly, and the count an estimate from their share.
std::pair<quint64, bool> checkedCount(const std::vector<const TermPostings*>& words,
                                      const std::vector<const TermPostings*>& filters,
                                      const std::function<quint32(quint32)>& frequency, quint64 limit,
                                      size_t sample);
// The best `k` by Bm25::score(idf, frequency(doc), length), best first, ties as topK(). A lone
// phrase's idf is the same for every match, so its order needs no exact count. The rarest list's
// blocks are opened best bound first, and their documents checked best bound first, only while one
// could still enter.
std::vector<Scored> topKChecked(const std::vector<const TermPostings*>& words,
                                const std::vector<const TermPostings*>& filters, const Bm25& bm25, double idf,
                                size_t k, const std::function<quint32(quint32)>& frequency);

} // namespace ranking
} // namespace modreg
