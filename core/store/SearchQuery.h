#pragma once

#include "metadata/ModuleMetadata.h"
#include "store/StoredModule.h"

#include <QString>
#include <optional>

namespace modreg {

// A search of the replica: words (the last one a prefix, as typed, from its third letter), "quoted
// phrases", and filters.
struct SearchQuery
{
    QString text;
    QString author; // exact, any case
    QString tag;
    std::optional<ModuleKey::Type> keyType;
    bool verifiedOnly = false;
    quint64 updatedSinceBlock = 0;
    int limit = 50;
};

struct SearchHit
{
    QByteArray key;
    QString name;
    QString version;
    QString author;
    // The description around the words (or, when they are not in it, the field they are in), each
    // match between SearchHit::kMatchStart and kMatchEnd.
    QString snippet;
    StoredModule::State state = StoredModule::State::Pending;
    static constexpr QChar kMatchStart = QChar(0x2);
    static constexpr QChar kMatchEnd = QChar(0x3);
};

// The hits of a search and how many modules match it.
struct SearchResults
{
    QList<SearchHit> hits;
    qint64 matches = 0;       // -1: not counted (a search without words)
    bool matchesExact = true; // false: an estimate, shown as "about N"
};

} // namespace modreg
