#pragma once

#include "metadata/ModuleMetadata.h"

#include <QHash>
#include <QSet>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace modreg::ui {

class JsonObjectEditor;

// Page 2: the metadata form. Every field is checked as it is typed, by the same validator the
// publisher and the syncer use, and its problem shows under it once the field was touched; args and
// custom are JSON editors that point at the line where the JSON breaks. A metadata.json can be
// imported (a folder's own is offered on the content page).
class PublishMetadataPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PublishMetadataPage(QWidget* parent = nullptr);

    ModuleMetadata draft() const;
    void setDraft(const ModuleMetadata& draft);
    // Fills the form from a metadata.json; its problems show at once.
    void importFile(const QString& path);

    QLineEdit* edit(const QString& field) const { return m_edits.value(field); }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    JsonObjectEditor* argsEditor() const { return m_args; }
    JsonObjectEditor* customEditor() const { return m_custom; }
    QLabel* problemLabel(const QString& field) const { return m_problems.value(field); }
    QPushButton* importButton() const { return m_import; }

    bool isComplete() const override;

private:
    void check();
    void touch(const QString& field);

    QHash<QString, QLineEdit*> m_edits; // name, version, author, tags, license, repository, entrypoint
    QPlainTextEdit* m_description;
    JsonObjectEditor* m_args;
    JsonObjectEditor* m_custom;
    QHash<QString, QLabel*> m_problems; // by field, and "" for the document
    QSet<QString> m_touched;
    QPushButton* m_import;
    bool m_good = false;
};

} // namespace modreg::ui
