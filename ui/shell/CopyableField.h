#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace modreg::ui {

// A value a person will want to paste elsewhere (a CID, a transaction hash): selectable text in a
// fixed-width font and a Copy button beside it.
class CopyableField : public QWidget
{
    Q_OBJECT
public:
    explicit CopyableField(const QString& objectName, QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const;
    QToolButton* copyButton() const { return m_copy; }

private:
    QLabel* m_text;
    QToolButton* m_copy;
};

} // namespace modreg::ui
