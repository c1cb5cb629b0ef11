#pragma once

#include "ipfs/ContentHasher.h"

#include <QWizardPage>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace modreg::ui {

class CopyableField;

// Page 3: the module's content, a folder or a single file. Its CID is computed here, on a worker
// thread with a progress bar, exactly as the IPFS node will store it; nothing is sent yet.
class PublishContentPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PublishContentPage(QWidget* parent = nullptr);

    void setPath(const QString& path);
    QString path() const { return m_path; }
    std::optional<ContentSummary> summary() const { return m_summary; }

    QProgressBar* progressBar() const { return m_progress; }
    CopyableField* cidField() const { return m_cid; }
    QLabel* sizeLabel() const { return m_size; }
    QPushButton* useMetadataButton() const { return m_useMetadata; }

    bool isComplete() const override;

signals:
    // The user asked to fill the form from the folder's own metadata.json.
    void metadataFileFound(const QString& path);

private:
    ContentHasher m_hasher;
    QString m_path;
    std::optional<ContentSummary> m_summary;
    QLabel* m_pathLabel;
    QProgressBar* m_progress;
    CopyableField* m_cid;
    QLabel* m_size;
    QLabel* m_problem;
    QPushButton* m_useMetadata;
};

} // namespace modreg::ui
