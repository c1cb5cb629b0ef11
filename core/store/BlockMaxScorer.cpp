#include "store/BlockMaxScorer.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <utility>

namespace modreg::ranking {

namespace {
bool better(const Scored& a, const Scored& b)
{
    return a.score > b.score || (a.score == b.score && a.doc > b.doc);
}

// The best k documents so far: a heap, the worst of them at its front.
class BestK
{
public:
    explicit BestK(size_t k)
        : m_k(k)
    {}
    bool full() const { return m_heap.size() == m_k; }
    const Scored& worst() const { return m_heap.front(); }
    // Whether `s` would be among them (the k-th pushed out); never when k is 0.
    bool wouldEnter(const Scored& s) const { return m_k > 0 && (!full() || better(s, worst())); }
    void offer(const Scored& s)
    {
        if (!wouldEnter(s))
            return;
        if (full()) {
            std::pop_heap(m_heap.begin(), m_heap.end(), worse);
            m_heap.back() = s;
        } else {
            m_heap.push_back(s);
        }
        std::push_heap(m_heap.begin(), m_heap.end(), worse);
    }
    std::vector<Scored> bestFirst() &&
    {
        std::sort(m_heap.begin(), m_heap.end(), better);
        return std::move(m_heap);
    }

private:
    static bool worse(const Scored& a, const Scored& b) { return better(a, b); }
    size_t m_k;
    std::vector<Scored> m_heap;
};

// A term as the scorer walks it: its idf, and the block it stands at. The walk goes from the last
// document down: of equal scores the higher document wins, so once the best k are found, a block
// whose bound only equals the k-th score cannot enter either, and is skipped (most blocks of a
// common word, where many modules share the best score).
struct Cursor
{
    const TermPostings* postings;
    double idf;
    std::ptrdiff_t block = 0; // from the last block down; -1 past the first

    // Bm25::score of a posting, remembered by (f, length): a walk scores tens of thousands of
    // postings with a few hundred distinct pairs, and each score costs three divisions. The same
    // function computes each entry, so a score is the same to the last bit.
    double score(const Bm25& bm25, quint32 f, quint32 length)
    {
        constexpr quint32 kF = 32, kLength = 512;
        if (f >= kF || length >= kLength)
            return bm25.score(idf, f, length);
        if (scores.empty())
            scores.assign(size_t{kF} * kLength, -1.0);
        double& at = scores[size_t{f} * kLength + length];
        if (at < 0)
            at = bm25.score(idf, f, length);
        return at;
    }
    std::vector<double> scores; // by f · kLength + length; -1 not yet computed

    // Moves down to the last block that starts at or before `doc`; false if there is none.
    bool seekBlock(quint32 doc)
    {
        const std::vector<BlockHeader>& headers = postings->blocks();
        while (block >= 0 && headers[static_cast<size_t>(block)].firstDoc > doc)
            --block;
        return block >= 0;
    }
    // The largest score any posting of the blocks overlapping [from, to] may have; -1 if none does.
    double boundOver(quint32 from, quint32 to, const Bm25& bm25)
    {
        if (!seekBlock(to))
            return -1;
        const std::vector<BlockHeader>& headers = postings->blocks();
        double best = -1;
        for (std::ptrdiff_t i = block; i >= 0 && headers[static_cast<size_t>(i)].lastDoc >= from; --i)
            best = std::max(best, bm25.bound(idf, headers[static_cast<size_t>(i)]));
        return best;
    }
    // The posting of `doc`, if the term is in it.
    const Posting* find(quint32 doc)
    {
        if (!seekBlock(doc) || postings->blocks()[static_cast<size_t>(block)].lastDoc < doc)
            return nullptr;
        const std::vector<Posting>& in = postings->block(static_cast<size_t>(block));
        const auto it = std::lower_bound(in.begin(), in.end(), doc,
                                         [](const Posting& p, quint32 d) { return p.doc < d; });
        return it != in.end() && it->doc == doc ? &*it : nullptr;
    }
};
} // namespace

BlockHeader headerOf(const std::vector<Posting>& postings)
{
    BlockHeader h{postings.front().doc, postings.back().doc, 0, std::numeric_limits<quint32>::max()};
    for (const Posting& p : postings) {
        h.maxF = std::max(h.maxF, p.f);
        h.minLength = std::min(h.minLength, p.length);
    }
    // The frontier: the distinct (f, length) pairs no other pair beats in both (an f at least as
    // high and a length at most as long), placed by f from the highest. Too many: the last ones
    // folded into one that bounds them all (their highest f, shortest length).
    size_t placed = 0;
    const auto place = [&](const Impact& next) {
        const size_t slot = std::min(placed++, BlockHeader::kImpacts - 1);
        Impact& at = h.impacts[slot];
        at = slot < placed - 1 ? Impact{std::max(at.f, next.f), std::min(at.length, next.length)} : next;
    };
    constexpr quint32 kSmallF = 64;
    if (h.maxF < kSmallF) {
        // Most blocks (weighted frequencies are small): the shortest length of each f, then from the
        // highest f down, each f whose shortest is shorter than every higher f's. One pass, nothing
        // compared between postings: this runs for every block written and every block of a prefix
        // merged.
        std::array<quint32, kSmallF> shortest;
        std::fill_n(shortest.begin(), h.maxF + 1, std::numeric_limits<quint32>::max());
        for (const Posting& p : postings)
            shortest[p.f] = std::min(shortest[p.f], p.length);
        quint32 best = std::numeric_limits<quint32>::max();
        for (quint32 f = h.maxF + 1; f-- > 0;)
            if (shortest[f] < best) {
                best = shortest[f];
                place({f, best});
            }
    } else {
        // Kept as it grows, one pass: it holds a few pairs, where sorting a block's 128 cost more.
        std::vector<Impact> frontier;
        const auto beats = [](const Impact& a, const Impact& b) {
            return a.f >= b.f && a.length <= b.length;
        };
        for (const Posting& p : postings) {
            const Impact here{p.f, p.length};
            if (std::any_of(frontier.begin(), frontier.end(),
                            [&](const Impact& i) { return beats(i, here); }))
                continue;
            std::erase_if(frontier, [&](const Impact& i) { return beats(here, i); });
            frontier.push_back(here);
        }
        std::sort(frontier.begin(), frontier.end(),
                  [](const Impact& a, const Impact& b) { return a.f > b.f; });
        for (const Impact& i : frontier)
            place(i);
    }
    h.impactCount = static_cast<quint8>(std::min(placed, BlockHeader::kImpacts));
    return h;
}

// A BlockedPostings written a posting at a time, in document order: each block closed, with its
// header, when it holds blockSize.
class BlockedPostingsBuilder
{
public:
    explicit BlockedPostingsBuilder(size_t blockSize)
        : m_blockSize(std::max<size_t>(1, blockSize))
    {}
    void add(const Posting& p)
    {
        if (m_open.empty())
            m_open.reserve(m_blockSize);
        m_open.push_back(p);
        if (m_open.size() == m_blockSize)
            close();
    }
    BlockedPostings take() &&
    {
        close();
        return std::move(m_out);
    }

private:
    void close()
    {
        if (m_open.empty())
            return;
        m_out.m_count += m_open.size();
        m_out.m_headers.push_back(headerOf(m_open));
        m_out.m_blocks.push_back(std::exchange(m_open, {}));
    }
    size_t m_blockSize;
    std::vector<Posting> m_open;
    BlockedPostings m_out;
};

BlockedPostings::BlockedPostings(const std::vector<Posting>& postings, size_t blockSize)
{
    BlockedPostingsBuilder out(blockSize);
    for (const Posting& p : postings)
        out.add(p);
    *this = std::move(out).take();
}

std::optional<BlockedPostings> mergedPostings(const std::vector<PostingSource*>& expansions, size_t blockSize)
{
    // A prefix of a few letters has hundreds of expansions, one or two of them common: their
    // postings are summed in arrays over a window of documents at a time, so the sums stay in the
    // cache, nothing is sorted, and nothing of the size of every posting is allocated (page faults
    // and copies of whole expansions were most of what a prefix search cost).
    constexpr quint32 kWindow = 1u << 15;
    struct Sum
    {
        quint32 f;
        quint32 length;
    };
    thread_local std::vector<Sum> window(kWindow); // allocated once a thread: no page faults a query
    Sum* const sums = window.data();
    std::array<quint64, kWindow / 64> held{};
    struct Reading
    {
        PostingSource* source;
        std::span<const Posting> block;
        size_t at = 0;
        std::optional<quint32> last; // the document read before: each must be past it
    };
    std::vector<Reading> readings;
    for (PostingSource* e : expansions)
        readings.push_back({e, e->next(), 0, std::nullopt});
    BlockedPostingsBuilder out(blockSize);
    for (;;) {
        quint64 base = std::numeric_limits<quint64>::max();
        for (const Reading& r : readings)
            if (r.at < r.block.size())
                base = std::min<quint64>(base, r.block[r.at].doc);
        if (base == std::numeric_limits<quint64>::max())
            break;
        for (Reading& r : readings) {
            while (r.at < r.block.size() && r.block[r.at].doc < base + kWindow) {
                const Posting& p = r.block[r.at];
                if (r.last && p.doc <= *r.last)
                    return std::nullopt;
                r.last = p.doc;
                const auto at = static_cast<size_t>(p.doc - base);
                const quint64 bit = quint64{1} << (at % 64);
                const quint64 sum = quint64{held[at / 64] & bit ? sums[at].f : 0} + p.f;
                sums[at] = {static_cast<quint32>(std::min<quint64>(sum, std::numeric_limits<quint32>::max())),
                            p.length};
                held[at / 64] |= bit;
                if (++r.at == r.block.size()) {
                    r.block = r.source->next();
                    r.at = 0;
                }
            }
        }
        for (size_t word = 0; word < held.size(); ++word)
            for (quint64 bits = std::exchange(held[word], 0); bits != 0; bits &= bits - 1) {
                const size_t at = word * 64 + static_cast<size_t>(std::countr_zero(bits));
                out.add({static_cast<quint32>(base + at), sums[at].f, sums[at].length});
            }
    }
    for (const Reading& r : readings)
        if (r.source->failed())
            return std::nullopt;
    return std::move(out).take();
}

namespace {
// Postings in memory as a merge reads them: each block of a term, or one vector as a single block.
class MemorySource final : public PostingSource
{
public:
    explicit MemorySource(const TermPostings* term)
        : m_term(term)
    {}
    explicit MemorySource(std::span<const Posting> all)
        : m_all(all)
    {}
    std::span<const Posting> next() override
    {
        if (!m_term)
            return std::exchange(m_all, {});
        return m_next < m_term->blocks().size() ? std::span<const Posting>(m_term->block(m_next++))
                                                : std::span<const Posting>();
    }

private:
    const TermPostings* m_term = nullptr;
    std::span<const Posting> m_all;
    size_t m_next = 0;
};

// Postings in memory never fail to decode; they must rise, as the callers promise.
BlockedPostings mergedInMemory(std::vector<MemorySource> sources, size_t blockSize)
{
    std::vector<PostingSource*> expansions;
    for (MemorySource& s : sources)
        expansions.push_back(&s);
    std::optional<BlockedPostings> merged = mergedPostings(expansions, blockSize);
    Q_ASSERT(merged);
    return merged ? std::move(*merged) : BlockedPostings({}, blockSize);
}
} // namespace

BlockedPostings mergedPostings(const std::vector<const TermPostings*>& expansions, size_t blockSize)
{
    std::vector<MemorySource> sources;
    for (const TermPostings* e : expansions)
        sources.emplace_back(e);
    return mergedInMemory(std::move(sources), blockSize);
}

BlockedPostings mergedPostings(const std::vector<std::vector<Posting>>& runs, size_t blockSize)
{
    std::vector<MemorySource> sources;
    for (const std::vector<Posting>& run : runs)
        sources.emplace_back(std::span<const Posting>(run));
    return mergedInMemory(std::move(sources), blockSize);
}

double Bm25::bound(double termIdf, const BlockHeader& h) const
{
    if (h.impactCount == 0)
        return score(termIdf, h.maxF, h.minLength);
    double best = 0;
    for (size_t i = 0; i < h.impactCount; ++i)
        best = std::max(best, score(termIdf, h.impacts[i].f, h.impacts[i].length));
    return best;
}

double Bm25::idf(quint64 holding) const
{
    const double n = static_cast<double>(holding);
    return std::max(1e-6, std::log((static_cast<double>(documents) - n + 0.5) / (n + 0.5)));
}

double Bm25::score(double termIdf, quint32 f, quint32 length) const
{
    // FTS5's tf·(k1 + 1) / (tf + K), written as (k1 + 1)·(1 − 1 / (1 + tf / K)): the same value (to
    // the last bits), but each step is a monotone operation, and IEEE rounding keeps monotone steps
    // monotone. So a score is never above its block's bound, to the last bit, and a sum of bounds
    // never below the sum of the scores added in the same order: the pruning needs no slack.
    const double lengthNorm = k1 * (1 - b + b * static_cast<double>(length) / averageLength);
    return termIdf * (k1 + 1) * (1 - 1 / (1 + static_cast<double>(f) / lengthNorm));
}

namespace {
// The terms' cursors (and the filters', which score 0), the rarest first: it leads, the fewest
// documents to look at. Stable, so the scores are summed in an order a caller can repeat (the tests
// compare them bit for bit). Empty when one of them is held by no document: nothing holds them all.
std::vector<Cursor> cursorsOf(const std::vector<const TermPostings*>& terms,
                              const std::vector<const TermPostings*>& filters, const Bm25* bm25)
{
    std::vector<Cursor> cursors;
    for (const auto* list : {&terms, &filters})
        for (const TermPostings* t : *list) {
            if (t->blocks().empty())
                return {};
            cursors.push_back({t,
                               bm25 && list == &terms ? bm25->idf(t->documentCount()) : 0.0,
                               static_cast<std::ptrdiff_t>(t->blocks().size()) - 1,
                               {}});
        }
    std::stable_sort(cursors.begin(), cursors.end(), [](const Cursor& a, const Cursor& b) {
        return a.postings->documentCount() < b.postings->documentCount();
    });
    return cursors;
}
} // namespace

namespace {
// Calls `onMatch(posting)` with the lead's posting of each document every cursor holds, from the
// highest down.
template <typename OnMatch> void forEachCommon(std::vector<Cursor>& cursors, const OnMatch& onMatch)
{
    const TermPostings& lead = *cursors.front().postings;
    for (size_t b = lead.blocks().size(); b-- > 0;) {
        const std::vector<Posting>& in = lead.block(b);
        for (auto p = in.rbegin(); p != in.rend(); ++p) {
            bool all = true;
            for (size_t t = 1; t < cursors.size() && all; ++t)
                all = cursors[t].find(p->doc) != nullptr;
            if (all)
                onMatch(*p);
        }
    }
}
} // namespace

std::optional<quint64> matchCount(const std::vector<const TermPostings*>& terms,
                                  const std::function<bool(quint32)>& accept, quint64 limit)
{
    std::vector<Cursor> cursors = cursorsOf(terms, {}, nullptr);
    if (cursors.empty())
        return 0;
    if (cursors.front().postings->documentCount() > limit)
        return std::nullopt;
    quint64 count = 0;
    forEachCommon(cursors, [&](const Posting& p) { count += !accept || accept(p.doc) ? 1 : 0; });
    return count;
}

namespace {
// The posting of `doc` in `list`, found from its headers in any order (a Cursor goes down only).
const Posting* postingOf(const TermPostings& list, quint32 doc)
{
    const std::vector<BlockHeader>& headers = list.blocks();
    const auto at = std::partition_point(headers.begin(), headers.end(),
                                         [&](const BlockHeader& h) { return h.lastDoc < doc; });
    if (at == headers.end() || at->firstDoc > doc)
        return nullptr;
    const std::vector<Posting>& in = list.block(static_cast<size_t>(at - headers.begin()));
    const auto it =
        std::lower_bound(in.begin(), in.end(), doc, [](const Posting& p, quint32 d) { return p.doc < d; });
    return it != in.end() && it->doc == doc ? &*it : nullptr;
}

// `p` of the lead list as a candidate of the phrase: nullopt unless every list holds it, else its
// document with the smallest of the words' weighted frequencies as its f, and its length (a word's:
// a filter's postings have none).
std::optional<Posting> candidateOf(const Posting& p, const std::vector<Cursor>& cursors,
                                   const std::vector<bool>& isWord)
{
    Posting bound{p.doc, isWord[0] ? p.f : std::numeric_limits<quint32>::max(), p.length};
    for (size_t t = 1; t < cursors.size(); ++t) {
        const Posting* other = postingOf(*cursors[t].postings, p.doc);
        if (!other)
            return std::nullopt;
        if (isWord[t]) {
            bound.f = std::min(bound.f, other->f);
            bound.length = other->length;
        }
    }
    return bound;
}

std::vector<bool> wordsAmong(const std::vector<Cursor>& cursors,
                             const std::vector<const TermPostings*>& words)
{
    std::vector<bool> isWord;
    for (const Cursor& c : cursors)
        isWord.push_back(std::find(words.begin(), words.end(), c.postings) != words.end());
    return isWord;
}
} // namespace

std::pair<quint64, bool> checkedCount(const std::vector<const TermPostings*>& words,
                                      const std::vector<const TermPostings*>& filters,
                                      const std::function<quint32(quint32)>& frequency, quint64 limit,
                                      size_t sample)
{
    std::vector<Cursor> cursors = words.empty() ? std::vector<Cursor>() : cursorsOf(words, filters, nullptr);
    if (cursors.empty())
        return {0, true};
    const std::vector<bool> isWord = wordsAmong(cursors, words);
    const TermPostings& lead = *cursors.front().postings;
    const auto holds = [&](const Posting& p) {
        return candidateOf(p, cursors, isWord) && frequency(p.doc) > 0 ? 1 : 0;
    };
    if (lead.documentCount() <= limit) {
        quint64 count = 0;
        forEachCommon(cursors, [&](const Posting& p) { count += frequency(p.doc) > 0 ? 1 : 0; });
        return {count, true};
    }
    // One posting from each of `sample` blocks spread evenly over the lead list: the share of them
    // that match, times the lead's size.
    const size_t blocks = lead.blocks().size();
    const size_t drawn = std::min(blocks, std::max<size_t>(1, sample));
    quint64 found = 0;
    for (size_t i = 0; i < drawn; ++i) {
        const std::vector<Posting>& in = lead.block(i * blocks / drawn);
        found += holds(in[(i * 61) % in.size()]);
    }
    return {static_cast<quint64>(std::llround(double(found) * double(lead.documentCount()) / double(drawn))),
            false};
}

std::vector<Scored> topKChecked(const std::vector<const TermPostings*>& words,
                                const std::vector<const TermPostings*>& filters, const Bm25& bm25, double idf,
                                size_t k, const std::function<quint32(quint32)>& frequency)
{
    if (words.empty() || k == 0)
        return {};
    std::vector<Cursor> cursors = cursorsOf(words, filters, nullptr);
    if (cursors.empty())
        return {};
    const std::vector<bool> isWord = wordsAmong(cursors, words);
    for (size_t t = 0; t < cursors.size(); ++t)
        cursors[t].idf = isWord[t] ? idf : 0;
    Cursor& lead = cursors.front();
    // Best first: the lead's blocks, each with the bound of its candidates (the smallest of the words'
    // bounds over its documents: a filter bounds nothing), and the candidates of the blocks opened so
    // far, each with its own bound. An item is (bound, its highest document): what comes out of the
    // heap is never worse than what is in it, so once an item cannot enter the best k (ties go to the
    // higher document, as in topK()), nothing left can.
    // An opened block is a run: its postings, each bounded by the lead's own score alone, in a heap
    // of their own; the queue holds the run's best, and a posting is looked up in the other lists
    // only when its bound comes up (most of a common word's postings never do), not 128 queue
    // entries per block.
    enum class Stage : quint8
    {
        Block,
        Run,
        Candidate
    };
    struct Item
    {
        Scored bound;
        Stage stage = Stage::Block;
        size_t index = 0; // a Block's block, a Run's run
        Posting posting;  // a Candidate's (its f: the words' smallest)
    };
    using Bounded = std::pair<Scored, Posting>;
    const auto worseBounded = [](const Bounded& a, const Bounded& b) { return better(b.first, a.first); };
    std::vector<std::vector<Bounded>> runs;
    std::vector<Item> pending;
    Cursor scores{nullptr, idf, 0, {}}; // its score table: a filter may lead
    const std::vector<BlockHeader>& leadBlocks = lead.postings->blocks();
    for (size_t b = leadBlocks.size(); b-- > 0;) {
        const BlockHeader& h = leadBlocks[b];
        double bound = isWord[0] ? bm25.bound(idf, h) : std::numeric_limits<double>::infinity();
        for (size_t t = 1; t < cursors.size() && bound >= 0; ++t) {
            const double other = cursors[t].boundOver(h.firstDoc, h.lastDoc, bm25);
            bound = other < 0 ? -1 : isWord[t] ? std::min(bound, other) : bound;
        }
        if (bound >= 0)
            pending.push_back({Scored{bound, h.lastDoc}, Stage::Block, b, {}});
    }
    const auto worseItem = [](const Item& a, const Item& b) { return better(b.bound, a.bound); };
    const auto push = [&](const Item& item) {
        pending.push_back(item);
        std::push_heap(pending.begin(), pending.end(), worseItem);
    };
    std::make_heap(pending.begin(), pending.end(), worseItem);
    BestK best(k);
    while (!pending.empty() && best.wouldEnter(pending.front().bound)) {
        std::pop_heap(pending.begin(), pending.end(), worseItem);
        const Item item = pending.back();
        pending.pop_back();
        if (item.stage == Stage::Block) {
            std::vector<Bounded> run;
            run.reserve(lead.postings->block(item.index).size());
            for (const Posting& p : lead.postings->block(item.index))
                run.push_back(
                    {Scored{isWord[0] ? std::min(item.bound.score, scores.score(bm25, p.f, p.length))
                                      : item.bound.score,
                            p.doc},
                     p});
            std::make_heap(run.begin(), run.end(), worseBounded);
            push({run.front().first, Stage::Run, runs.size(), {}});
            runs.push_back(std::move(run));
            continue;
        }
        if (item.stage == Stage::Run) {
            std::vector<Bounded>& run = runs[item.index];
            std::pop_heap(run.begin(), run.end(), worseBounded);
            const auto [bound, posting] = run.back();
            run.pop_back();
            if (!run.empty())
                push({run.front().first, Stage::Run, item.index, {}});
            if (const std::optional<Posting> c = candidateOf(posting, cursors, isWord))
                push({Scored{std::min(bound.score, scores.score(bm25, c->f, c->length)), c->doc},
                      Stage::Candidate, 0, *c});
            continue;
        }
        const quint32 f = frequency(item.bound.doc);
        if (f == 0)
            continue;
        best.offer(Scored{scores.score(bm25, f, item.posting.length), item.bound.doc});
    }
    return std::move(best).bestFirst();
}

std::vector<Scored> topK(const std::vector<const TermPostings*>& terms, const Bm25& bm25, size_t k,
                         const std::function<bool(quint32)>& accept,
                         const std::vector<const TermPostings*>& filters)
{
    if (terms.empty() || k == 0)
        return {};
    std::vector<Cursor> cursors = cursorsOf(terms, filters, &bm25);
    if (cursors.empty())
        return {};
    BestK best(k);
    // Nothing at or below the k-th score can enter any more: it could only tie, and the walk goes
    // down, so its document is lower than every one kept.
    const auto cannotEnter = [&](double bound) { return best.full() && bound <= best.worst().score; };
    Cursor& lead = cursors.front();
    const std::vector<BlockHeader>& leadBlocks = lead.postings->blocks();
    std::vector<double> otherBounds(cursors.size(), 0);
    for (size_t b = leadBlocks.size(); b-- > 0;) {
        const BlockHeader& h = leadBlocks[b];
        double bound = bm25.bound(lead.idf, h);
        bool possible = true;
        for (size_t t = 1; t < cursors.size() && possible; ++t) {
            otherBounds[t] = cursors[t].boundOver(h.firstDoc, h.lastDoc, bm25);
            possible = otherBounds[t] >= 0;
            bound += otherBounds[t];
        }
        if (!possible || cannotEnter(bound))
            continue;
        const std::vector<Posting>& in = lead.postings->block(b);
        for (auto p = in.rbegin(); p != in.rend(); ++p) {
            double score = lead.score(bm25, p->f, p->length);
            double upper = score; // summed in the order the score is, below
            for (size_t t = 1; t < cursors.size(); ++t)
                upper += otherBounds[t];
            if (cannotEnter(upper))
                continue;
            bool all = true;
            for (size_t t = 1; t < cursors.size() && all; ++t) {
                const Posting* other = cursors[t].find(p->doc);
                all = other != nullptr;
                if (all)
                    score += cursors[t].score(bm25, other->f, other->length);
            }
            const Scored candidate{score, p->doc};
            // The filters last: a row read, for the few that would enter.
            if (all && best.wouldEnter(candidate) && (!accept || accept(p->doc)))
                best.offer(candidate);
        }
    }
    return std::move(best).bestFirst();
}

} // namespace modreg::ranking
