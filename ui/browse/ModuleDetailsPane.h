#pragma once

#include "store/ReplicaReader.h"

#include <QWidget>
#include <memory>

class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace modreg {
class Services;
class VerifiedFetcher;
} // namespace modreg

namespace modreg::ui {

class CopyableField;

// One module of the replica, all of it as plain text: every metadata field, the key in its native
// form, owner, CIDs (with Copy), the verification state and its reason, the full history; and what
// can be done with it: open in a gateway, fetch the content to a folder (verified), publish a new
// version (the wizard, prefilled), remove or transfer it (its owner only).
class ModuleDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit ModuleDetailsPane(Services& services, QWidget* parent = nullptr);
    ~ModuleDetailsPane() override;

    // An empty key clears the pane.
    void showModule(const QByteArray& key);
    QByteArray key() const { return m_key; }

    QLabel* field(const QString& objectName) const;
    QTreeWidget* historyTree() const { return m_history; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* fetchButton() const { return m_fetch; }
    QPushButton* newVersionButton() const { return m_newVersion; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* transferButton() const { return m_transfer; }
    QLabel* statusLabel() const { return m_status; }

    // Fetches the content into `folder` (what the Fetch button does after asking where).
    void fetchContentTo(const QString& folder);

signals:
    void publishNewVersion(const modreg::ModuleMetadata& metadata);

private:
    void refresh();
    void updateActions();
    QString ownerAccountKeyId() const; // the keystore key that owns the module, if one does
    bool holdsModuleKey() const;       // whether the keystore has the key that signs its metadata
    void openInGateway();
    void askAndFetch();
    void askAndRemove();
    void askAndTransfer();
    void runOnPublisher(const std::function<void()>& start, const QString& doneText);
    QLabel* addRow(const QString& label, const QString& objectName);

    Services& m_services;
    QByteArray m_key;
    std::optional<StoredModule> m_module;
    QLabel* m_title;
    QFormLayout* m_form;
    QList<QLabel*> m_fields;
    CopyableField* m_keyField;
    CopyableField* m_ownerField;
    CopyableField* m_metadataCid;
    CopyableField* m_contentCid;
    QTreeWidget* m_history;
    QPushButton* m_open;
    QPushButton* m_fetch;
    QPushButton* m_newVersion;
    QPushButton* m_transfer;
    QPushButton* m_remove;
    QProgressBar* m_progress;
    QLabel* m_status;
    QWidget* m_body;
    QLabel* m_empty;
    std::unique_ptr<VerifiedFetcher> m_fetcher;
};

} // namespace modreg::ui
