#include "shell/PasswordEdit.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <cstring>
#include <sodium.h>

namespace modreg::ui {

PasswordEdit::PasswordEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
    setAcceptDrops(false);
    setContextMenuPolicy(Qt::NoContextMenu);
    // Anything that sets the text from outside (clear(), setText()) replaces the password.
    connect(this, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (m_updating)
            return;
        QString copy = text;
        clearSecret();
        if (!copy.isEmpty())
            append(copy);
        else
            emit secretChanged();
        wipe(copy);
    });
}

PasswordEdit::~PasswordEdit() = default; // SecureBytes wipes itself

void PasswordEdit::wipe(QString& text)
{
    if (!text.isEmpty() && !text.isDetached())
        text.detach(); // a shared buffer is someone else's too: only our copy is ours to wipe
    if (!text.isEmpty())
        sodium_memzero(text.data(), static_cast<size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

void PasswordEdit::clearSecret()
{
    m_secret = SecureBytes();
    m_characters = 0;
    refresh();
}

void PasswordEdit::append(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    SecureBytes longer(m_secret.size() + static_cast<std::size_t>(utf8.size()));
    if (!m_secret.empty())
        std::memcpy(longer.data(), m_secret.data(), m_secret.size());
    std::memcpy(longer.data() + m_secret.size(), utf8.constData(), static_cast<std::size_t>(utf8.size()));
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    m_secret = std::move(longer);
    m_characters += text.size();
    refresh();
    emit secretChanged();
}

void PasswordEdit::removeLast()
{
    if (m_secret.empty())
        return;
    // The last UTF-8 sequence: back over continuation bytes (10xxxxxx) to its lead byte.
    std::size_t end = m_secret.size() - 1;
    while (end > 0 && (m_secret[end] & 0xC0) == 0x80)
        --end;
    const bool astral = (m_secret[end] & 0xF8) == 0xF0; // two QChars on screen
    m_secret = SecureBytes(m_secret.data(), end);
    m_characters = std::max<qsizetype>(0, m_characters - (astral ? 2 : 1));
    refresh();
    emit secretChanged();
}

void PasswordEdit::refresh()
{
    m_updating = true;
    setText(QString(m_characters, QLatin1Char('*')));
    m_updating = false;
}

void PasswordEdit::keyPressEvent(QKeyEvent* event)
{
    const bool replacing = hasSelectedText();
    if (event->matches(QKeySequence::Paste)) {
        QString pasted = QGuiApplication::clipboard()->text();
        if (replacing)
            clearSecret();
        append(pasted.remove(QLatin1Char('\n')).remove(QLatin1Char('\r')));
        wipe(pasted);
        return event->accept();
    }
    if (event->matches(QKeySequence::Copy) || event->matches(QKeySequence::Cut) ||
        event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo))
        return event->accept(); // nothing to copy out, nothing to bring back
    switch (event->key()) {
    case Qt::Key_Backspace:
        replacing ? clearSecret() : removeLast();
        return event->accept();
    case Qt::Key_Delete:
        if (replacing)
            clearSecret();
        return event->accept();
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Home:
    case Qt::Key_End:
        return event->accept(); // the cursor stays at the end
    default:
        break;
    }
    QString text = event->text();
    const bool printable = !text.isEmpty() && !(event->modifiers() & (Qt::ControlModifier | Qt::MetaModifier)) &&
                           std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isPrint(); });
    if (printable) {
        if (replacing)
            clearSecret();
        append(text);
        wipe(text);
        return event->accept();
    }
    QLineEdit::keyPressEvent(event); // Return, Tab, Escape, select all…
}

void PasswordEdit::inputMethodEvent(QInputMethodEvent* event)
{
    // A composed character (dead keys, an input method) arrives whole in the commit string; what
    // is still being composed is not shown.
    QString committed = event->commitString();
    if (!committed.isEmpty()) {
        if (hasSelectedText())
            clearSecret();
        append(committed);
        wipe(committed);
    }
    event->accept();
}

void PasswordEdit::contextMenuEvent(QContextMenuEvent* event)
{
    event->accept(); // no menu: nothing in it would be right for a password
}

void PasswordEdit::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::MiddleButton)
        return event->accept(); // X11's paste of the selection would put text in the plain line edit
    QLineEdit::mouseReleaseEvent(event);
}

} // namespace modreg::ui
