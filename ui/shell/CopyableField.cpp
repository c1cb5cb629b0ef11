#include "shell/CopyableField.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace modreg::ui {

CopyableField::CopyableField(const QString& objectName, QWidget* parent)
    : QWidget(parent)
    , m_text(new QLabel)
    , m_copy(new QToolButton)
{
    setObjectName(objectName);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setWordWrap(true);
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy to the clipboard"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_copy);
    connect(m_copy, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_text->text()); });
}

void CopyableField::setText(const QString& text)
{
    m_text->setText(text);
    m_copy->setEnabled(!text.isEmpty());
}

QString CopyableField::text() const
{
    return m_text->text();
}

} // namespace modreg::ui
