#include "publish/JsonObjectEditor.h"

#include "metadata/MetadataValidator.h"

#include <QFontDatabase>
#include <QTextBlock>

namespace modreg::ui {

JsonObjectEditor::JsonObjectEditor(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setPlaceholderText(QStringLiteral("{ }"));
    setTabChangesFocus(true);
    setMaximumHeight(fontMetrics().lineSpacing() * 6 + 12);
    connect(this, &QPlainTextEdit::textChanged, this, &JsonObjectEditor::check);
}

void JsonObjectEditor::setValue(const nlohmann::json& object)
{
    setPlainText(object.empty() ? QString() : QString::fromStdString(object.dump(2)));
}

void JsonObjectEditor::check()
{
    const QByteArray text = toPlainText().toUtf8();
    QList<QTextEdit::ExtraSelection> marks;
    m_problem.clear();
    m_value.reset();
    if (text.trimmed().isEmpty()) {
        m_value = nlohmann::json::object();
    } else {
        qsizetype at = -1;
        const Result<nlohmann::json> parsed = MetadataValidator::parse(text, &at);
        if (parsed && parsed->is_object()) {
            m_value = parsed.value();
        } else if (parsed) {
            m_problem = tr("This must be a JSON object: { \"name\": value, … }.");
        } else if (at >= 0) {
            // The line and column of the byte where the syntax breaks, counted in characters.
            const QString before = QString::fromUtf8(text.left(std::min(at, text.size())));
            const qsizetype line = before.count(QLatin1Char('\n'));
            const qsizetype column = before.size() - (before.lastIndexOf(QLatin1Char('\n')) + 1);
            m_problem = tr("Line %1, column %2: this is not valid JSON here.").arg(line + 1).arg(column + 1);
            QTextEdit::ExtraSelection mark;
            mark.format.setBackground(QColor(0xf9, 0xde, 0xdc));
            mark.format.setProperty(QTextFormat::FullWidthSelection, true);
            mark.cursor = QTextCursor(document()->findBlockByNumber(static_cast<int>(line)));
            marks << mark;
        } else {
            m_problem = parsed.error();
        }
    }
    setExtraSelections(marks);
    emit checked();
}

} // namespace modreg::ui
