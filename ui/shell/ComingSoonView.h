#pragma once

#include <QWidget>

namespace modreg::ui {

// Stands in for a view that a later issue builds, and says what it will do.
class ComingSoonView : public QWidget
{
    Q_OBJECT
public:
    ComingSoonView(const QString& title, const QString& whatItWillDo, QWidget* parent = nullptr);
};

} // namespace modreg::ui
