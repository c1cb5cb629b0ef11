#include "registry/PublishJournal.h"

#include "platform/DurableFile.h"
#include "settings/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace modreg {

PublishJournal::PublishJournal(const QString& directory, const QString& location, const QByteArray& key)
{
    QString name = location + QLatin1Char('-') + QString::fromLatin1(key.toHex());
    name.replace(QLatin1Char(':'), QLatin1Char('-'));
    m_path = directory + QLatin1Char('/') + name + QStringLiteral(".json");
}

QString PublishJournal::defaultDirectory()
{
    return AppPaths::dataDir() + QStringLiteral("/publish");
}

std::optional<PublishJournal::Entry> PublishJournal::load() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.read(1 << 20)).object();
    Entry e{o.value(QLatin1String("operation")).toString(),
            QByteArray::fromBase64(o.value(QLatin1String("draft")).toString().toLatin1()),
            QByteArray::fromBase64(o.value(QLatin1String("document")).toString().toLatin1()),
            QByteArray::fromHex(o.value(QLatin1String("transaction")).toString().toLatin1()),
            QByteArray::fromHex(o.value(QLatin1String("signedTransaction")).toString().toLatin1()),
            QByteArray::fromHex(o.value(QLatin1String("account")).toString().toLatin1()),
            static_cast<quint64>(o.value(QLatin1String("nonce")).toInteger())};
    if (e.operation.isEmpty())
        return std::nullopt;
    return e;
}

Status PublishJournal::save(const Entry& entry)
{
    const QJsonObject o{{QStringLiteral("operation"), entry.operation},
                        {QStringLiteral("draft"), QString::fromLatin1(entry.draft.toBase64())},
                        {QStringLiteral("document"), QString::fromLatin1(entry.document.toBase64())},
                        {QStringLiteral("transaction"), QString::fromLatin1(entry.transaction.toHex())},
                        {QStringLiteral("signedTransaction"), QString::fromLatin1(entry.signedTransaction.toHex())},
                        {QStringLiteral("account"), QString::fromLatin1(entry.account.toHex())},
                        {QStringLiteral("nonce"), static_cast<qint64>(entry.nonce)}};
    // On disk before anything it names is sent: a transaction is journaled, then broadcast.
    if (Status written = DurableFile::write(m_path, QJsonDocument(o).toJson()); !written)
        return Status::failure(tr("Could not write %1: %2").arg(m_path, written.error()));
    return success();
}

void PublishJournal::clear()
{
    QFile::remove(m_path);
}

} // namespace modreg
