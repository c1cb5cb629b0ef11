#include "shell/NodeStatusIndicator.h"

#include "status/NodeStatusMonitor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace modreg::ui {

namespace {
// "12D3KooWLiiM…eb3V": enough to recognise a peer id; the tooltip has all of it.
QString abbreviate(const QString& id)
{
    return id.size() <= 16 ? id : id.left(10) + QChar(0x2026) + id.right(4);
}
} // namespace

NodeStatusIndicator::NodeStatusIndicator(QWidget* parent)
    : QWidget(parent)
    , m_dot(new QLabel(this))
    , m_text(new QLabel(this))
{
    m_dot->setFixedSize(10, 10);
    m_text->setTextFormat(Qt::PlainText);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_dot);
    layout->addWidget(m_text);
    // The status bar squeezes its widgets to make room for long messages; this one must stay legible.
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    show(Health::Unknown, QString(), QString());
}

QString NodeStatusIndicator::text() const
{
    return m_text->text();
}

void NodeStatusIndicator::show(Health health, const QString& text, const QString& tooltip)
{
    m_health = health;
    const char* colour = health == Health::Up ? "#2e9d4a" : health == Health::Down ? "#d0392b" : "#9a9a9a";
    m_dot->setStyleSheet(QStringLiteral("background:%1; border-radius:5px;").arg(QLatin1String(colour)));
    m_text->setText(text);
    setToolTip(tooltip);
    updateGeometry();
}

void NodeStatusIndicator::showWaiting(const QString& what)
{
    show(Health::Unknown, what, QString());
}

void NodeStatusIndicator::showIpfs(const IpfsStatus& status)
{
    if (!status.reachable) {
        show(Health::Down, tr("IPFS: not answering"), status.error);
        return;
    }
    const QString size =
        status.repoSizeBytes >= 0 ? QLocale().formattedDataSize(status.repoSizeBytes) : tr("size unknown");
    show(Health::Up, tr("IPFS %1 · %2").arg(abbreviate(status.peerId), size),
         tr("IPFS node answers.\nPeer ID: %1\nRepository size: %2").arg(status.peerId, size));
}

void NodeStatusIndicator::showChain(const ChainStatus& status)
{
    if (!status.reachable) {
        show(Health::Down, tr("Chain: not answering"), status.error);
        return;
    }
    show(Health::Up, tr("Chain %1 · block %2").arg(status.chainId).arg(status.blockNumber),
         tr("Chain node answers.\nChain ID: %1\nLatest block: %2")
             .arg(status.chainId)
             .arg(status.blockNumber));
}

} // namespace modreg::ui
