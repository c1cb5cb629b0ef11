#include "shell/Labels.h"

#include <QLabel>

namespace modreg::ui {

QLabel* makeHeading(const QString& text)
{
    auto* label = new QLabel(text);
    QFont big = label->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    label->setFont(big);
    return label;
}

QLabel* makeErrorLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setStyleSheet(QStringLiteral("color:#b3261e;"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setObjectName(objectName);
    return label;
}

} // namespace modreg::ui
