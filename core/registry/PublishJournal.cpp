#include "registry/PublishJournal.h"

#include "settings/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

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
            QByteArray::fromHex(o.value(QLatin1String("transaction")).toString().toLatin1())};
    if (e.operation.isEmpty())
        return std::nullopt;
    return e;
}

Status PublishJournal::save(const Entry& entry)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Could not write %1: %2").arg(m_path, file.errorString()));
    const QJsonObject o{{QStringLiteral("operation"), entry.operation},
                        {QStringLiteral("draft"), QString::fromLatin1(entry.draft.toBase64())},
                        {QStringLiteral("document"), QString::fromLatin1(entry.document.toBase64())},
                        {QStringLiteral("transaction"), QString::fromLatin1(entry.transaction.toHex())}};
    file.write(QJsonDocument(o).toJson());
    if (!file.commit())
        return Status::failure(tr("Could not write %1: %2").arg(m_path, file.errorString()));
    return success();
}

void PublishJournal::clear()
{
    QFile::remove(m_path);
}

} // namespace modreg
