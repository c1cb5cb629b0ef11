#pragma once

#include "crypto/SecureBytes.h"

#include <QLineEdit>

namespace modreg::ui {

// A password field that never holds the password in a QString. QLineEdit keeps its text in Qt's
// ordinary memory (and copies of it: undo history, display layouts, whatever text() handed out),
// where it stays after the field is cleared, until the allocator reuses the bytes. Here every key
// typed, pasted or composed goes straight into guarded memory (SecureBytes: locked, wiped when
// freed), and the line edit itself holds only as many placeholder characters, which it shows as
// bullets. TestPasswordEdit scans the process's memory for a typed password after use.
//
// Editing is at the end only (Backspace removes the last character; with a selection, a key
// replaces everything); there is no context menu, no copying out, no drag and drop.
class PasswordEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit PasswordEdit(QWidget* parent = nullptr);
    ~PasswordEdit() override;

    SecureBytes secret() const { return m_secret.clone(); } // UTF-8
    bool isEmpty() const { return m_secret.empty(); }
    bool sameSecret(const PasswordEdit& other) const { return m_secret == other.m_secret; }
    // Wipes the password (QLineEdit::clear() does too).
    void clearSecret();

signals:
    void secretChanged();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void inputMethodEvent(QInputMethodEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void append(const QString& text);
    void removeLast();
    void refresh(); // the placeholders, as many as the password has characters
    static void wipe(QString& text);

    SecureBytes m_secret;
    qsizetype m_characters = 0;
    bool m_updating = false;
};

} // namespace modreg::ui
