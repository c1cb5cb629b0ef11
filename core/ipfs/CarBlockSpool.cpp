#include "ipfs/CarBlockSpool.h"

namespace modreg {

CarBlockSpool::CarBlockSpool(QString origin, QString tempDir, Limits limits)
    : m_origin(std::move(origin))
    , m_limits(limits)
    , m_file(tempDir + QStringLiteral("/modreg-car-XXXXXX"))
{}

Status CarBlockSpool::add(const Cid& cid, const QByteArray& block)
{
    const QByteArray key = cid.multihash();
    if (m_index.contains(key))
        return success(); // a repeated block (a gateway sending duplicates): one copy is enough
    if (m_index.size() >= m_limits.maxBlocks)
        return Status::failure(tr("The CAR from %1 holds more than %2 blocks; Modreg stops reading it there.")
                                   .arg(m_origin)
                                   .arg(m_limits.maxBlocks));
    if (m_limits.maxBytes >= 0 && m_file.size() + block.size() > m_limits.maxBytes)
        return Status::failure(tr("The CAR from %1 holds more than the limit of %2 bytes.")
                                   .arg(m_origin)
                                   .arg(m_limits.maxBytes));
    if (!m_file.isOpen() && !m_file.open())
        return Status::failure(
            tr("Could not create a temporary file for the download: %1").arg(m_file.errorString()));
    const qint64 offset = m_file.size();
    if (!m_file.seek(offset) || m_file.write(block) != block.size())
        return Status::failure(
            tr("Could not write the download to a temporary file: %1").arg(m_file.errorString()));
    m_index.insert(key, {offset, block.size()});
    return success();
}

void CarBlockSpool::get(const Cid& cid, std::function<void(Result<QByteArray>)> done)
{
    const QByteArray key = cid.multihash();
    const auto it = m_index.constFind(key);
    if (it == m_index.cend())
        return done(
            Result<QByteArray>::failure(tr("The CAR from %1 lacks the block %2, which the content needs.")
                                            .arg(m_origin, cid.toString())));
    m_used.insert(key);
    QByteArray block(it->length, Qt::Uninitialized);
    if (!m_file.seek(it->offset) || m_file.read(block.data(), it->length) != it->length)
        return done(Result<QByteArray>::failure(
            tr("Could not read back the download: %1").arg(m_file.errorString())));
    done(std::move(block));
}

} // namespace modreg
