#pragma once

#include "keys/KeyEntry.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace modreg::ui {

// One key in full: its registry identities, each with a Copy button, and where it came from.
class KeyDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit KeyDetailsPane(QWidget* parent = nullptr);
    void showKey(const KeyInfo* key); // nullptr: nothing selected
    void setSs58Prefix(quint16 prefix) { m_ss58Prefix = prefix; }

private:
    QLabel* m_title;
    QFormLayout* m_form;
    quint16 m_ss58Prefix = 42;
};

} // namespace modreg::ui
