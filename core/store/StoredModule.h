#pragma once

#include "metadata/ModuleMetadata.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace modreg {

// A module as the replica holds it: the chain's entry and, once fetched and checked, its metadata.
struct StoredModule
{
    enum class State
    {
        Pending = 0,  // the metadata is not fetched yet
        Verified = 1, // fetched, valid, signed by the module's own key
        Invalid = 2   // fetched, and wrong: `reason` says how
    };
    QByteArray key;
    QByteArray owner;
    QString metadataCid;
    quint64 block = 0; // of the last change
    State state = State::Pending;
    QString reason; // Invalid: what is wrong; Pending: why the last fetch failed, if one did
    std::optional<ModuleMetadata> metadata; // Verified only

    // The state's texts, here and nowhere else: "not fetched yet" for people, "pending" for --json.
    static QString stateText(State state);
    static QString stateId(State state);
};

// What the syncer found at a metadata CID.
struct FetchedDocument
{
    QString cid;
    QByteArray bytes;
    std::optional<ModuleMetadata> document; // nullopt: invalid, see `reason`
    QString reason;
};

} // namespace modreg
