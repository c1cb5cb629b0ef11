#pragma once
// The search index's blocks as the tests check them (store/SearchIndex.h): each decodes, its header
// says what is in it, a term's blocks do not overlap and each holds at most kMaxPostings.
#include "store/PostingBlock.h"
#include "store/SqliteDatabase.h"

#include <QSet>
#include <QStringList>

namespace searchIndexCheck {

// What is wrong with the blocks of main.search_blocks; empty when nothing is. With `postings`, each
// posting goes in as "hex(term) row f length" (f 1 for the lists of tags and key types).
inline QStringList blockProblems(const modreg::SqliteDatabase& db, QSet<QString>* postings = nullptr)
{
    using namespace modreg::ranking;
    QStringList out;
    auto blocks =
        std::move(db.prepare("SELECT term, first_doc, last_doc, count, max_f, min_length, postings, "
                             "impacts FROM main.search_blocks ORDER BY term, first_doc"))
            .value();
    QByteArray previousTerm;
    qint64 previousLast = -1;
    while (blocks.step().value()) {
        const QByteArray term = blocks.blob(0);
        const QString name = QString::fromUtf8(term);
        const auto decoded = postingBlock::decode(blocks.blob(6));
        if (!decoded) {
            out << QStringLiteral("a block of %1 does not decode").arg(name);
            continue;
        }
        const BlockHeader h = headerOf(*decoded);
        if (qint64(h.firstDoc) != blocks.integer(1) || qint64(h.lastDoc) != blocks.integer(2) ||
            qint64(decoded->size()) != blocks.integer(3) || qint64(h.maxF) != blocks.integer(4) ||
            qint64(h.minLength) != blocks.integer(5))
            out << QStringLiteral("a header of %1 is wrong").arg(name);
        if (blocks.blob(7) != postingBlock::encodeImpacts(h))
            out << QStringLiteral("the impacts of a block of %1 are wrong").arg(name);
        if (term == previousTerm && blocks.integer(1) <= previousLast)
            out << QStringLiteral("blocks of %1 overlap").arg(name);
        previousTerm = term;
        previousLast = blocks.integer(2);
        if (postings)
            for (const Posting& p : *decoded)
                *postings << QStringLiteral("%1 %2 %3 %4")
                                 .arg(QString::fromLatin1(term.toHex()))
                                 .arg(p.doc)
                                 .arg(term.startsWith('\x01') || term.startsWith('\x02') ? 1 : p.f)
                                 .arg(p.length);
    }
    return out;
}

} // namespace searchIndexCheck
