#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHashFunctions>
#include <algorithm>
#include <cstring>
#include <vector>

namespace modreg::search {

// Terms (short byte strings) mapped to values, each term held once, for search::Writer, which looks
// up every distinct word of every module it indexes. An open-addressing table of (hash, entry) slots
// over a vector of entries: a lookup compares 64-bit hashes and short terms' bytes in the slots.
// QHash<QByteArray, …> compared each probed key's bytes, each behind a pointer and a cache miss: 36 % of
// Writer::change at 100k modules. The hash is Qt's, seeded per process as QHash seeds it, so terms chosen by
// whoever registers a module cannot be made to collide on purpose.

// Qt's hash of the bytes, with the seed QHash uses in this process.
struct SeededHash
{
    size_t seed = QHashSeed::globalSeed();
    size_t operator()(QByteArrayView bytes) const { return qHash(bytes, seed); }
};

// `Hash` is a parameter for the tests, which make terms collide.
template <typename Value, typename Hash = SeededHash> class TermTable
{
public:
    struct Entry
    {
        QByteArray term;
        Value value{};
    };

    // The entry of `term`, made (with a value-initialized Value) when the table has none.
    Entry& operator[](QByteArrayView term)
    {
        if ((m_entries.size() + 1) * 2 > m_slots.size())
            grow();
        const size_t hash = m_hash(term);
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            Slot& slot = m_slots[i];
            if (slot.index == kEmpty) {
                slot.hash = hash;
                slot.index = static_cast<quint32>(m_entries.size());
                slot.size = static_cast<quint8>(std::min<qsizetype>(term.size(), kLong));
                std::memcpy(slot.bytes, term.data(), std::min<size_t>(term.size(), sizeof slot.bytes));
                m_entries.push_back({QByteArray(term.data(), term.size()), Value{}});
                return m_entries.back();
            }
            if (slot.hash == hash && slot.size == std::min<qsizetype>(term.size(), kLong)) {
                Entry& entry = m_entries[slot.index];
                if (slot.size < kLong ? std::memcmp(slot.bytes, term.data(), slot.size) == 0
                                      : QByteArrayView(entry.term) == term)
                    return entry;
            }
        }
    }

    // Every entry, in the order they were made; an index into this stays valid until clear().
    std::vector<Entry>& entries() { return m_entries; }
    size_t size() const { return m_entries.size(); }
    void clear()
    {
        m_entries.clear();
        m_slots.assign(m_slots.size(), Slot{});
    }

private:
    static constexpr quint32 kEmpty = 0xffffffffu;
    // A term shorter than kLong is compared here, in the slot, not behind the entry's pointer.
    static constexpr qsizetype kLong = 20;
    struct Slot
    {
        size_t hash = 0;
        quint32 index = kEmpty;
        quint8 size = 0; // the term's, or kLong when it is longer than the bytes here
        char bytes[kLong - 1] = {};
    };

    void grow()
    {
        std::vector<Slot> grown(std::max<size_t>(64, m_slots.size() * 2));
        const size_t mask = grown.size() - 1;
        for (const Slot& old : m_slots) {
            if (old.index == kEmpty)
                continue;
            size_t i = old.hash & mask;
            while (grown[i].index != kEmpty)
                i = (i + 1) & mask;
            grown[i] = old;
        }
        m_slots = std::move(grown);
    }

    std::vector<Entry> m_entries;
    std::vector<Slot> m_slots;
    Hash m_hash;
};

} // namespace modreg::search
