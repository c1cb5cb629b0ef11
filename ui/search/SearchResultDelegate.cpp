#include "search/SearchResultDelegate.h"

#include "search/SearchResultsModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace modreg::ui {

namespace {
constexpr int kMargin = 6;
}

void SearchResultDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background, selection, focus

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorRole text = selected ? QPalette::HighlightedText : QPalette::Text;
    const QRect area = opt.rect.adjusted(kMargin, kMargin / 2, -kMargin, -kMargin / 2);
    const QFontMetrics fm(opt.font);
    painter->save();
    painter->setPen(opt.palette.color(text));
    QFont bold = opt.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->drawText(QRect(area.left(), area.top(), area.width(), fm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(index.data(SearchResultsModel::HeadingRole).toString(),
                                                    Qt::ElideRight, area.width()));
    // The snippet: escaped text with <b> for the matches, one line.
    QTextDocument doc;
    doc.setDefaultFont(opt.font);
    doc.setDocumentMargin(0);
    doc.setTextWidth(area.width());
    doc.setHtml(
        QStringLiteral("<span style=\"color:%1\">%2</span>")
            .arg(opt.palette.color(text).name(), index.data(SearchResultsModel::SnippetHtmlRole).toString()));
    painter->translate(area.left(), area.top() + fm.height());
    painter->setClipRect(QRect(0, 0, area.width(), fm.height() * 2));
    QAbstractTextDocumentLayout::PaintContext context;
    doc.documentLayout()->draw(painter, context);
    painter->restore();

    painter->save();
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->drawText(
        QRect(area.left(), area.top() + fm.height() * 3, area.width(), fm.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(index.data(SearchResultsModel::KeyTextRole).toString(), Qt::ElideMiddle, area.width()));
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    return {option.rect.width(), QFontMetrics(option.font).height() * 4 + kMargin};
}

} // namespace modreg::ui
