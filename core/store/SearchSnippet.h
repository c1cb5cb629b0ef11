#pragma once

#include <QString>
#include <QStringList>

namespace modreg {

// The words of a search found in a field's text, marked, with some context around them — what
// FTS5's snippet() gives, made from the row's own text. FTS5 would set up a whole query per row to
// make its snippet (a seek in every phrase's doclist: ~0.1 ms a row), which was most of a search.
// Words are compared as FTS5's unicode61 tokenizer with remove_diacritics reads them: runs of
// letters and digits, case-folded, without diacritics.
class SearchSnippet
{
public:
    // `phrases` as ModuleStore::ftsPhrases makes them: "quoted", the last maybe with a * (a prefix).
    explicit SearchSnippet(const QStringList& phrases);

    // About `tokens` words of `text` around its first match, each matching word between
    // `start` and `end`, with … where text was left out; empty when no word matches.
    QString of(const QString& text, QChar start, QChar end, int tokens = 16) const;
    // The first `tokens` words of `text`, unmarked (… if there is more).
    static QString head(const QString& text, int tokens = 16);

    static QString fold(const QString& word);

private:
    bool matches(const QString& foldedToken) const;
    QStringList m_words;    // folded
    QStringList m_prefixes; // folded: the last word when typed as a prefix
};

} // namespace modreg
