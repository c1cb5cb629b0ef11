#pragma once

#include <QPlainTextEdit>
#include <nlohmann/json.hpp>
#include <optional>

namespace modreg::ui {

// A small editor for one JSON object (the metadata's args and custom): it checks as you type and,
// when the text is not a JSON object, says why and marks the line and column where it breaks.
class JsonObjectEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit JsonObjectEditor(QWidget* parent = nullptr);

    // The object, or nullopt while the text is not one (empty text is {}).
    std::optional<nlohmann::json> value() const { return m_value; }
    QString problem() const { return m_problem; } // "Line 2, column 7: …"; empty when fine
    void setValue(const nlohmann::json& object);

signals:
    void checked(); // value() and problem() are up to date

private:
    void check();

    std::optional<nlohmann::json> m_value = nlohmann::json::object();
    QString m_problem;
};

} // namespace modreg::ui
