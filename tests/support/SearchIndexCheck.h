#pragma once
// The search index's blocks as the tests check them (store/SearchIndex.h): each decodes, its header
// says what is in it, a term's blocks do not overlap and each holds at most kMaxPostings.
#include "store/PostingBlock.h"
#include "store/SqliteDatabase.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace searchIndexCheck {

// What is wrong with the blocks of main.search_blocks, main.search_tails and main.search_runs; empty
// when nothing is.
// With `postings`, each posting goes in as "hex(term) row f length" (f 1 for the lists of tags and
// key types).
inline QStringList blockProblems(const modreg::SqliteDatabase& db, QSet<QString>* postings = nullptr)
{
    using namespace modreg::ranking;
    QStringList out;
    // A replica taken back before schema 18 has no search_tails.
    auto tailsTable =
        std::move(db.prepare("SELECT count(*) FROM main.sqlite_master WHERE name = 'search_tails'")).value();
    const bool hasTails = tailsTable.step().value() && tailsTable.integer(0) > 0;
    auto blocks =
        std::move(db.prepare(hasTails ? "SELECT term, first_doc, last_doc, count, max_f, min_length, "
                                        "postings, impacts, 0 FROM main.search_blocks UNION ALL "
                                        "SELECT term, first_doc, last_doc, count, max_f, min_length, "
                                        "postings, impacts, 1 FROM main.search_tails ORDER BY 1, 2"
                                      : "SELECT term, first_doc, last_doc, count, max_f, min_length, "
                                        "postings, impacts, 0 FROM main.search_blocks ORDER BY 1, 2"))
            .value();
    QByteArray previousTerm;
    qint64 previousLast = -1;
    bool previousIsTail = false;
    QHash<QByteArray, qint64> lastOf; // each term's last row so far
    const auto add = [&](const QByteArray& term, const std::vector<Posting>& decoded) {
        lastOf[term] = decoded.back().doc;
        if (postings)
            for (const Posting& p : decoded)
                *postings << QStringLiteral("%1 %2 %3 %4")
                                 .arg(QString::fromLatin1(term.toHex()))
                                 .arg(p.doc)
                                 .arg(term.startsWith('\x01') || term.startsWith('\x02') ? 1 : p.f)
                                 .arg(p.length);
    };
    while (blocks.step().value()) {
        const QByteArray term = blocks.blob(0);
        const QString name = QString::fromUtf8(term);
        // A term's tail (search_tails) is its last block.
        if (term == previousTerm && previousIsTail)
            out << QStringLiteral("the tail of %1 is not its last block").arg(name);
        previousIsTail = blocks.integer(8) != 0;
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
        add(term, *decoded);
    }
    // The runs (schema 19), in order: each term's entries past every row it has before them.
    auto runsTable =
        std::move(db.prepare("SELECT count(*) FROM main.sqlite_master WHERE name = 'search_runs'")).value();
    if (!runsTable.step().value() || runsTable.integer(0) == 0)
        return out;
    auto runs =
        std::move(db.prepare("SELECT run, entries FROM main.search_runs ORDER BY run, first_term")).value();
    qint64 previousRun = -1;
    while (runs.step().value()) {
        if (runs.integer(0) != previousRun && runs.integer(0) != previousRun + 1 && previousRun != -1)
            out << QStringLiteral("run %1 follows run %2").arg(runs.integer(0)).arg(previousRun);
        previousRun = runs.integer(0);
        const bool whole = postingBlock::forEachEntry(runs.blob(1), [&](QByteArrayView t,
                                                                        QByteArrayView bytes) {
            const QByteArray term = t.toByteArray();
            const auto decoded = postingBlock::decode(bytes);
            if (!decoded) {
                out << QStringLiteral("an entry of %1 in a run does not decode").arg(QString::fromUtf8(term));
                return true;
            }
            if (decoded->front().doc <= lastOf.value(term, 0))
                out << QStringLiteral("an entry of %1 in a run is not past its rows")
                           .arg(QString::fromUtf8(term));
            add(term, *decoded);
            return true;
        });
        if (!whole)
            out << QStringLiteral("a chunk of run %1 does not split into entries").arg(runs.integer(0));
    }
    return out;
}

// The postings the index's word pairs must have (store/SearchIndex.h), as "hex(term) row f length",
// from FTS5's own positions: `instances` is an fts5vocab instance table over the same rows (term,
// doc, col, offset), and each two pair words at offsets o and o + 1 of one column are an instance of
// their pair, weighted by the column. `lengths`: each row's number of tokens.
inline QSet<QString> referencePairPostings(const modreg::SqliteDatabase& db, const char* instances,
                                           const QHash<qint64, qint64>& lengths)
{
    QSet<QString> out;
    const QByteArray sql =
        QByteArray("CREATE TEMP TABLE IF NOT EXISTS pair_instances(term, doc, col, offset);"
                   "DELETE FROM pair_instances;"
                   "INSERT INTO pair_instances SELECT term, doc, col, offset FROM ") +
        instances +
        " WHERE CAST(term AS BLOB) IN (SELECT word FROM main.search_pair_words);"
        "CREATE INDEX IF NOT EXISTS temp.pair_instances_at ON pair_instances(doc, col, offset);";
    if (!db.exec(sql.constData()))
        return {QStringLiteral("could not read FTS5's instances")};
    auto pairs =
        std::move(db.prepare("SELECT a.term, b.term, a.doc, sum(CASE a.col WHEN 'name' THEN 10 WHEN "
                             "'description' THEN 2 WHEN 'tags' THEN 4 WHEN 'author' THEN 3 ELSE 1 END) FROM "
                             "pair_instances a JOIN pair_instances b ON b.doc = a.doc AND b.col = a.col AND "
                             "b.offset = a.offset + 1 GROUP BY a.term, b.term, a.doc"))
            .value();
    while (pairs.step().value())
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(QString::fromLatin1(
                       (QByteArray("\x03") + pairs.blob(0) + ' ' + pairs.blob(1)).toHex()))
                   .arg(pairs.integer(2))
                   .arg(pairs.integer(3))
                   .arg(lengths.value(pairs.integer(2)));
    return out;
}

// Each row's number of tokens, from an fts5vocab instance table.
inline QHash<qint64, qint64> lengthsOf(const modreg::SqliteDatabase& db, const char* instances)
{
    QHash<qint64, qint64> lengths;
    auto sizes =
        std::move(
            db.prepare((QByteArray("SELECT doc, count(*) FROM ") + instances + " GROUP BY doc").constData()))
            .value();
    while (sizes.step().value())
        lengths.insert(sizes.integer(0), sizes.integer(1));
    return lengths;
}

} // namespace searchIndexCheck
