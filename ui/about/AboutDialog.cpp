#include "about/AboutDialog.h"

#include "BuildInfo.h"
#include "settings/AppPaths.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace modreg::ui {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Modreg"));

    auto* icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/modreg.svg")).pixmap(72, 72));

    auto* title = new QLabel(tr("Modreg %1").arg(QLatin1String(build::version)));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);

    auto* text = new QLabel(
        tr("Publish and find computational modules — AI models, tools, services — on a decentralized "
           "registry. Metadata and content live in IPFS, the registry on chain, and your copy of the whole "
           "registry on your own machine, searchable offline.") +
        QStringLiteral("\n\n") +
        tr("Built with Qt %1 (running on Qt %2).")
            .arg(QLatin1String(QT_VERSION_STR), QLatin1String(qVersion())) +
        QLatin1Char('\n') + tr("Your data: %1").arg(AppPaths::dataDir()) + QLatin1Char('\n') +
        tr("License: MIT"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(text);
    auto* row = new QHBoxLayout;
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addLayout(column, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace modreg::ui
