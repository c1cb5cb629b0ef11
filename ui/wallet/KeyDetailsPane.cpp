#include "wallet/KeyDetailsPane.h"

#include "keys/KeyIdentity.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace modreg::ui {


KeyDetailsPane::KeyDetailsPane(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_form(new QFormLayout)
{
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addStretch(1);
    showKey(nullptr);
}

void KeyDetailsPane::showKey(const KeyInfo* key)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    if (!key) {
        m_title->setText(tr("Select a key to see its identities."));
        return;
    }
    m_title->setText(key->label);
    auto plain = [](const QString& text) {
        auto* label = new QLabel(text);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_form->addRow(tr("Type:"), plain(keyTypeName(key->type)));
    m_form->addRow(tr("Origin:"), plain(keyOriginText(*key)));
    m_form->addRow(tr("Created:"),
                   plain(QLocale().toString(key->created.toLocalTime(), QLocale::LongFormat)));
    for (const KeyIdentity::Entry& e : KeyIdentity::of(key->type, key->publicKey, m_ss58Prefix)) {
        auto* row = new QWidget;
        auto* h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        QLabel* value = plain(e.text);
        value->setObjectName(QStringLiteral("identity-") + e.id);
        value->setWordWrap(true);
        auto* copy = new QPushButton(tr("Copy"));
        copy->setObjectName(QStringLiteral("copy-") + e.id);
        copy->setToolTip(tr("Copy the %1 to the clipboard").arg(e.name));
        connect(copy, &QPushButton::clicked, copy,
                [text = e.text] { QApplication::clipboard()->setText(text); });
        h->addWidget(value, 1);
        h->addWidget(copy);
        m_form->addRow(e.name + QLatin1Char(':'), row);
    }
}

} // namespace modreg::ui
