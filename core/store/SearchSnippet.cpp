#include "store/SearchSnippet.h"

#include <QList>
#include <utility>

namespace modreg {

namespace {
using Span = std::pair<qsizetype, qsizetype>; // [begin, end) of a token in the text

bool isTokenChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Other_PrivateUse || c.isMark();
}

QList<Span> tokenize(const QString& text)
{
    QList<Span> spans;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && !isTokenChar(text[i]))
            ++i;
        const qsizetype begin = i;
        while (i < text.size() && isTokenChar(text[i]))
            ++i;
        if (i > begin)
            spans.append({begin, i});
    }
    return spans;
}
} // namespace

QString SearchSnippet::fold(const QString& word)
{
    const QString decomposed = word.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (!c.isMark())
            out += c;
    return out.toCaseFolded();
}

SearchSnippet::SearchSnippet(const QStringList& phrases)
{
    for (qsizetype p = 0; p < phrases.size(); ++p) {
        QString phrase = phrases[p];
        const bool prefix = phrase.endsWith(QLatin1Char('*'));
        if (prefix)
            phrase.chop(1);
        phrase.replace(QStringLiteral("\"\""), QStringLiteral("\""));
        const QList<Span> spans = tokenize(phrase);
        for (qsizetype t = 0; t < spans.size(); ++t) {
            const QString word = fold(phrase.mid(spans[t].first, spans[t].second - spans[t].first));
            (prefix && t == spans.size() - 1 ? m_prefixes : m_words).append(word);
        }
    }
}

bool SearchSnippet::matches(const QString& foldedToken) const
{
    if (m_words.contains(foldedToken))
        return true;
    for (const QString& p : m_prefixes)
        if (foldedToken.startsWith(p))
            return true;
    return false;
}

QString SearchSnippet::of(const QString& text, QChar start, QChar end, int tokens) const
{
    const QList<Span> spans = tokenize(text);
    QList<bool> hit(spans.size(), false);
    qsizetype first = -1;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        hit[i] = matches(fold(text.mid(spans[i].first, spans[i].second - spans[i].first)));
        if (hit[i] && first < 0)
            first = i;
    }
    if (first < 0)
        return {};
    // A little context before the first match, as much after it as fits.
    qsizetype from = std::max<qsizetype>(0, first - tokens / 4);
    const qsizetype to = std::min(spans.size(), from + tokens);
    from = std::max<qsizetype>(0, to - tokens);
    QString out;
    if (from > 0)
        out += QStringLiteral("…");
    qsizetype at = from > 0 ? spans[from].first : 0;
    for (qsizetype i = from; i < to; ++i) {
        out += text.mid(at, spans[i].first - at); // what separates the words, as written
        const QString word = text.mid(spans[i].first, spans[i].second - spans[i].first);
        out += hit[i] ? start + word + end : word;
        at = spans[i].second;
    }
    if (to < spans.size())
        out += QStringLiteral("…");
    else
        out += text.mid(at);
    return out;
}

QString SearchSnippet::head(const QString& text, int tokens)
{
    const QList<Span> spans = tokenize(text);
    if (spans.size() <= tokens)
        return text;
    return text.left(spans[tokens - 1].second) + QStringLiteral("…");
}

} // namespace modreg
