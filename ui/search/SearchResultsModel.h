#pragma once

#include "store/SearchQuery.h"

#include <QAbstractListModel>

namespace modreg::ui {

// The ranked hits of one search, for the Search view's list.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        KeyRole = Qt::UserRole + 1, // registry key bytes
        HeadingRole,                // "name 1.2.0 — author", plain text
        SnippetHtmlRole,            // the snippet, HTML-escaped, matches in <b>
        KeyTextRole,                // the key in its native form
        StateRole                   // StoredModule::State as int
    };

    using QAbstractListModel::QAbstractListModel;

    void setHits(QList<SearchHit> hits);
    const QList<SearchHit>& hits() const { return m_hits; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // A snippet's marked matches as HTML: everything escaped (metadata is anyone's text), matches bold.
    static QString snippetHtml(const QString& snippet);

private:
    QList<SearchHit> m_hits;
};

} // namespace modreg::ui
