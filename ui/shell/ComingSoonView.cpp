#include "shell/ComingSoonView.h"

#include <QLabel>
#include <QVBoxLayout>

namespace modreg::ui {

ComingSoonView::ComingSoonView(const QString& title, const QString& whatItWillDo, QWidget* parent)
    : QWidget(parent)
{
    auto* heading = new QLabel(title, this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    heading->setFont(big);

    auto* body = new QLabel(whatItWillDo, this);
    body->setWordWrap(true);
    body->setTextFormat(Qt::PlainText);

    auto* soon = new QLabel(tr("Coming soon."), this);
    soon->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addWidget(body);
    layout->addWidget(soon);
    layout->addStretch(1);
}

} // namespace modreg::ui
