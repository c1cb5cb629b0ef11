#pragma once
// A synthetic module as the benchmarks hand it to the store: its registration event and its
// document, with a random 32-byte key (keys and CIDs are hashes in real life: they land all over
// their indexes) and the real CID of the document's bytes.
#include "ipfs/Cid.h"
#include "store/ModuleStore.h"

#include <QRandomGenerator>

inline QByteArray randomKey(QRandomGenerator& rng)
{
    QByteArray key(32, '\0');
    rng.fillRange(reinterpret_cast<quint32*>(key.data()), 8);
    return key;
}

// Appends the registration of `key` (its type told by its length) with the document `m` (given that key) at (`block`, `logIndex`)
// to `events`, and the document to `documents`.
inline void addSyntheticRegistration(modreg::ModuleMetadata m, const QByteArray& key, quint64 block,
                                     quint64 logIndex, QList<modreg::RegistryEvent>& events,
                                     QList<modreg::FetchedDocument>& documents)
{
    using namespace modreg;
    m.key = ModuleKey{*ModuleKey::typeForLength(key.size()), key};
    const QByteArray bytes = m.documentBytes();
    RegistryEvent e;
    e.key = key;
    e.cid = Cid::forBlock(Cid::Codec::Raw, bytes).toString();
    e.account = QByteArray(20, '\x01');
    e.block = BlockRef{block, QByteArray(32, '\x02')};
    e.logIndex = logIndex;
    e.transactionHash = QByteArray(32, '\x03');
    events << e;
    documents << FetchedDocument{e.cid, bytes, m, {}};
}
