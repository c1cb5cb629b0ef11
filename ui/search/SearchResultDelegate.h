#pragma once

#include <QStyledItemDelegate>

namespace modreg::ui {

// Draws a search hit in three lines: name, version and author; the snippet with the matched words
// in bold; the key in its native form, in a quieter colour.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace modreg::ui
