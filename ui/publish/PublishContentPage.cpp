#include "publish/PublishContentPage.h"

#include "metadata/MetadataFile.h"
#include "shell/CopyableField.h"
#include "shell/Labels.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace modreg::ui {

PublishContentPage::PublishContentPage(QWidget* parent)
    : QWizardPage(parent)
    , m_pathLabel(new QLabel(tr("Nothing chosen yet.")))
    , m_progress(new QProgressBar)
    , m_cid(new CopyableField(QStringLiteral("contentCid")))
    , m_size(new QLabel)
    , m_problem(makeErrorLabel(QStringLiteral("contentProblem")))
    , m_useMetadata(new QPushButton(tr("&Use its metadata.json")))
{
    setTitle(tr("The content"));
    setSubTitle(
        tr("The code, model or data the module is: a folder or a single file. It goes to IPFS as it is; "
           "files whose names start with a dot are left out, as ipfs add does."));
    auto* folder = new QPushButton(tr("Choose &folder…"));
    auto* file = new QPushButton(tr("Choose f&ile…"));
    folder->setObjectName(QStringLiteral("chooseFolder"));
    file->setObjectName(QStringLiteral("chooseFile"));
    m_pathLabel->setTextFormat(Qt::PlainText);
    m_pathLabel->setWordWrap(true);
    m_pathLabel->setObjectName(QStringLiteral("contentPath"));
    m_size->setObjectName(QStringLiteral("contentSize"));
    m_progress->setObjectName(QStringLiteral("hashProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_useMetadata->setObjectName(QStringLiteral("useMetadata"));
    m_useMetadata->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(folder);
    buttons->addWidget(file);
    buttons->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(tr("Content:"), m_pathLabel);
    form->addRow(tr("Size:"), m_size);
    form->addRow(tr("CID:"), m_cid);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_problem);
    layout->addWidget(m_useMetadata, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(folder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("The module's folder"));
        if (!dir.isEmpty())
            setPath(dir);
    });
    connect(file, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("The module's file"));
        if (!f.isEmpty())
            setPath(f);
    });
    connect(m_useMetadata, &QPushButton::clicked, this,
            [this] { emit metadataFileFound(MetadataFile::inFolder(m_path)); });
    connect(&m_hasher, &ContentHasher::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? static_cast<int>(done * 100 / total) : 0);
        m_size->setText(
            tr("%1 of %2 read").arg(QLocale().formattedDataSize(done), QLocale().formattedDataSize(total)));
    });
    connect(&m_hasher, &ContentHasher::finished, this, [this](const Result<ContentSummary>& summary) {
        if (!summary) {
            m_problem->setText(summary.error());
            m_size->clear();
        } else {
            m_summary = summary.value();
            m_progress->setValue(100);
            m_cid->setText(summary->cid.toString());
            m_size->setText(tr("%1 in %n file(s)", nullptr, summary->files)
                                .arg(QLocale().formattedDataSize(summary->bytes)));
        }
        emit completeChanged();
    });
}

void PublishContentPage::setPath(const QString& path)
{
    m_path = path;
    m_summary.reset();
    m_pathLabel->setText(QDir::toNativeSeparators(path));
    m_cid->setText(QString());
    m_problem->clear();
    m_progress->setValue(0);
    m_useMetadata->setVisible(!MetadataFile::inFolder(path).isEmpty());
    m_size->setText(tr("Computing the CID…"));
    emit completeChanged();
    m_hasher.start(path);
}

bool PublishContentPage::isComplete() const
{
    return m_summary.has_value();
}

} // namespace modreg::ui
