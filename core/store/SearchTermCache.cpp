#include "store/SearchTermCache.h"

#include <algorithm>

namespace modreg::search {

void TermCache::useState(std::optional<std::pair<qint64, qint64>> state)
{
    if (state && m_state == state)
        return;
    m_kept.clear();
    m_postings = 0;
    m_state = state;
}

Result<std::shared_ptr<const StoredPostings>> TermCache::term(const Reader& reader, const QByteArray& term)
{
    using R = Result<std::shared_ptr<const StoredPostings>>;
    ++m_uses;
    if (const auto kept = m_kept.find(term); kept != m_kept.end()) {
        kept->lastUse = m_uses;
        return kept->list;
    }
    Result<std::unique_ptr<StoredPostings>> read = reader.term(term);
    if (!read)
        return R::failure(read.error());
    std::shared_ptr<const StoredPostings> list = std::move(read).value();
    const quint64 size = list->documentCount();
    if (!m_state || size < kKeptFrom || size > kBudget || list->damaged())
        return list;
    // The least recently asked for make room.
    while (m_postings + size > kBudget) {
        const auto oldest = std::min_element(
            m_kept.begin(), m_kept.end(), [](const Kept& a, const Kept& b) { return a.lastUse < b.lastUse; });
        m_postings -= oldest->list->documentCount();
        m_kept.erase(oldest);
    }
    m_kept.insert(term, {list, m_uses});
    m_postings += size;
    return list;
}

} // namespace modreg::search
