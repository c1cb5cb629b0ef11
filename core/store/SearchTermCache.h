#pragma once

#include "Result.h"
#include "store/SearchIndex.h"

#include <QByteArray>
#include <QHash>
#include <memory>
#include <optional>
#include <utility>

namespace modreg::search {

// The lists of the commonest terms, kept between searches while the replica is as they were read
// from. A search as you type asks for the same few common words at every key, and reading the list
// of a word a third of the modules hold (2,600 rows at 1M modules, decoded as the scorer reaches
// them) was most of what a search with it cost. One per connection, used on its thread.
class TermCache
{
public:
    // The state of the file the next lists are read from: PRAGMA data_version (other connections'
    // commits) and sqlite3_total_changes64 (this connection's). Another state drops what is kept;
    // none (read inside a caller's transaction, which may yet roll back) keeps nothing.
    void useState(std::optional<std::pair<qint64, qint64>> state);
    // `term`'s list: the one kept, or read through `reader` (and kept when it is long).
    Result<std::shared_ptr<const StoredPostings>> term(const Reader& reader, const QByteArray& term);

    static constexpr quint64 kKeptFrom = 10000; // postings; shorter lists cost little to read again
    static constexpr quint64 kBudget = 2000000; // postings kept at most: ~30 MB, every block decoded

private:
    struct Kept
    {
        std::shared_ptr<const StoredPostings> list;
        quint64 lastUse = 0;
    };
    QHash<QByteArray, Kept> m_kept;
    quint64 m_postings = 0; // in m_kept
    quint64 m_uses = 0;
    std::optional<std::pair<qint64, qint64>> m_state;
};

} // namespace modreg::search
