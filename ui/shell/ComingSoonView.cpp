#include "shell/ComingSoonView.h"

#include "shell/Labels.h"

#include <QLabel>
#include <QVBoxLayout>

namespace modreg::ui {

ComingSoonView::ComingSoonView(const QString& title, const QString& whatItWillDo, QWidget* parent)
    : QWidget(parent)
{
    QLabel* heading = makeHeading(title);

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
