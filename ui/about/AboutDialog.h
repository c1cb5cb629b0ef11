#pragma once

#include <QDialog>

namespace modreg::ui {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace modreg::ui
