#include "publish/PublishMetadataPage.h"

#include "publish/JsonObjectEditor.h"
#include "metadata/MetadataFile.h"
#include "shell/Labels.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace modreg::ui {

PublishMetadataPage::PublishMetadataPage(QWidget* parent)
    : QWizardPage(parent)
    , m_description(new QPlainTextEdit)
    , m_args(new JsonObjectEditor)
    , m_custom(new JsonObjectEditor)
    , m_import(new QPushButton(tr("&Import metadata.json…")))
{
    setTitle(tr("About the module"));
    setSubTitle(tr("Name, version and author are required. The rest helps people find and use the module."));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [&](const QString& field, const QString& label, QWidget* editor) {
        auto* cell = new QWidget;
        auto* v = new QVBoxLayout(cell);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        editor->setObjectName(field);
        v->addWidget(editor);
        QLabel* problem = makeErrorLabel(field + QStringLiteral("Problem"));
        problem->hide();
        v->addWidget(problem);
        m_problems.insert(field, problem);
        form->addRow(label, cell);
    };
    const auto line = [&](const QString& field, const QString& label, const QString& placeholder) {
        auto* e = new QLineEdit;
        e->setPlaceholderText(placeholder);
        m_edits.insert(field, e);
        addRow(field, label, e);
        connect(e, &QLineEdit::textEdited, this, [this, field] { touch(field); });
    };
    line(QStringLiteral("name"), tr("&Name:"), tr("text-summarizer"));
    line(QStringLiteral("version"), tr("&Version:"), tr("1.0.0"));
    line(QStringLiteral("author"), tr("&Author:"), tr("Your name or team"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    addRow(QStringLiteral("description"), tr("&Description:"), m_description);
    connect(m_description, &QPlainTextEdit::textChanged, this,
            [this] { touch(QStringLiteral("description")); });
    line(QStringLiteral("tags"), tr("&Tags:"), tr("nlp, summarization (lowercase, comma-separated)"));
    line(QStringLiteral("license"), tr("&License:"), tr("MIT"));
    line(QStringLiteral("repository"), tr("&Repository:"), tr("https://example.org/team/module"));
    line(QStringLiteral("entrypoint"), tr("&Entry point:"), tr("python main.py"));
    addRow(QStringLiteral("args"), tr("A&rguments (JSON):"), m_args);
    addRow(QStringLiteral("custom"), tr("&Custom (JSON):"), m_custom);
    connect(m_args, &JsonObjectEditor::checked, this, [this] { touch(QStringLiteral("args")); });
    connect(m_custom, &JsonObjectEditor::checked, this, [this] { touch(QStringLiteral("custom")); });

    auto* inner = new QWidget;
    inner->setLayout(form);
    auto* scroll = new QScrollArea;
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    QLabel* documentProblem = makeErrorLabel(QStringLiteral("documentProblem"));
    documentProblem->hide();
    m_problems.insert(QString(), documentProblem);
    auto* top = new QHBoxLayout;
    top->addStretch(1);
    top->addWidget(m_import);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(documentProblem);
    layout->addWidget(scroll, 1);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import metadata"), QString(),
                                                          tr("Metadata (*.json);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    check();
}

ModuleMetadata PublishMetadataPage::draft() const
{
    ModuleMetadata m;
    m.name = m_edits.value(QStringLiteral("name"))->text().trimmed();
    m.version = m_edits.value(QStringLiteral("version"))->text().trimmed();
    m.author = m_edits.value(QStringLiteral("author"))->text().trimmed();
    m.description = m_description->toPlainText().trimmed();
    m.entrypoint = m_edits.value(QStringLiteral("entrypoint"))->text().trimmed();
    m.license = m_edits.value(QStringLiteral("license"))->text().trimmed();
    m.repository = m_edits.value(QStringLiteral("repository"))->text().trimmed();
    for (const QString& tag :
         m_edits.value(QStringLiteral("tags"))->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            m.tags << tag.trimmed();
    }
    m.args = m_args->value().value_or(nlohmann::json::object());
    m.custom = m_custom->value().value_or(nlohmann::json::object());
    return m;
}

void PublishMetadataPage::setDraft(const ModuleMetadata& d)
{
    m_edits.value(QStringLiteral("name"))->setText(d.name);
    m_edits.value(QStringLiteral("version"))->setText(d.version);
    m_edits.value(QStringLiteral("author"))->setText(d.author);
    m_description->setPlainText(d.description);
    m_edits.value(QStringLiteral("tags"))->setText(d.tags.join(QStringLiteral(", ")));
    m_edits.value(QStringLiteral("license"))->setText(d.license);
    m_edits.value(QStringLiteral("repository"))->setText(d.repository);
    m_edits.value(QStringLiteral("entrypoint"))->setText(d.entrypoint);
    m_args->setValue(d.args);
    m_custom->setValue(d.custom);
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it)
        m_touched.insert(it.key()); // what was loaded is shown with its problems at once
    check();
}

void PublishMetadataPage::importFile(const QString& path)
{
    const MetadataFile::Read read = MetadataFile::read(path);
    if (read.problems.size() == 1 && read.problems.first().field.isEmpty()) { // it did not even parse
        QLabel* label = m_problems.value(QString());
        label->setText(tr("%1: %2").arg(path, read.problems.first().message));
        label->show();
        return;
    }
    setDraft(read.draft);
}

void PublishMetadataPage::touch(const QString& field)
{
    m_touched.insert(field);
    check();
}

void PublishMetadataPage::check()
{
    QHash<QString, QString> problems;
    for (const MetadataProblem& p :
         MetadataValidator::check(draft().toJson(false), MetadataValidator::Stage::Draft))
        problems.insert(p.field, problems.contains(p.field) ? problems.value(p.field) : p.message);
    // The editors know better than the validator where their JSON breaks.
    if (!m_args->problem().isEmpty())
        problems.insert(QStringLiteral("args"), m_args->problem());
    if (!m_custom->problem().isEmpty())
        problems.insert(QStringLiteral("custom"), m_custom->problem());
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        const bool show = m_touched.contains(it.key()) && problems.contains(it.key());
        if (!it.key().isEmpty() || show) {
            it.value()->setText(show ? problems.value(it.key()) : QString());
            it.value()->setVisible(show);
        }
    }
    const bool good = problems.isEmpty();
    if (good != m_good) {
        m_good = good;
        emit completeChanged();
    }
}

bool PublishMetadataPage::isComplete() const
{
    return m_good;
}

} // namespace modreg::ui
