#pragma once

#include <QString>

class QLabel;

namespace modreg::ui {

// The two label styles every view uses, made in one place so they look the same everywhere.

// A view's title: bold, larger than body text.
QLabel* makeHeading(const QString& text = {});
// Where a form says what is wrong: red, plain text (never rich text: messages can quote user input),
// wrapping. `objectName` lets tests find it.
QLabel* makeErrorLabel(const QString& objectName);

} // namespace modreg::ui
