#include "search/SearchResultsModel.h"

#include "browse/ModuleTableModel.h"
#include "keys/KeyIdentity.h"

namespace modreg::ui {

void SearchResultsModel::setHits(QList<SearchHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const SearchHit& h = m_hits[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return h.name;
    case KeyRole:
        return h.key;
    case HeadingRole: {
        QString heading = h.name.isEmpty() ? tr("(no name)") : h.name;
        if (!h.version.isEmpty())
            heading += QLatin1Char(' ') + h.version;
        if (!h.author.isEmpty())
            heading += tr(" — %1").arg(h.author);
        if (h.state != StoredModule::State::Verified)
            heading += QStringLiteral("  ") + ModuleTableModel::stateLabel(h.state);
        return heading;
    }
    case SnippetHtmlRole:
        return snippetHtml(h.snippet);
    case KeyTextRole:
        return KeyIdentity::registryKeyText(h.key);
    case StateRole:
        return static_cast<int>(h.state);
    }
    return {};
}

QString SearchResultsModel::snippetHtml(const QString& snippet)
{
    QString html = snippet.simplified().toHtmlEscaped();
    html.replace(SearchHit::kMatchStart, QStringLiteral("<b>"));
    html.replace(SearchHit::kMatchEnd, QStringLiteral("</b>"));
    return html;
}

} // namespace modreg::ui
