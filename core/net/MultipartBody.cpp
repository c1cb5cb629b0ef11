#include "net/MultipartBody.h"

#include <QFile>
#include <QIODevice>
#include <QRandomGenerator>
#include <QUrl>

namespace modreg::net {

namespace {
// Plays the pieces one after the other.
class PiecesDevice : public QIODevice
{
public:
    struct Piece
    {
        QByteArray bytes;
        QString path;
        qint64 size = 0;
    };
    explicit PiecesDevice(QList<Piece> pieces)
        : m_pieces(std::move(pieces))
    {}
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_index >= m_pieces.size(); }

protected:
    qint64 readData(char* data, qint64 max) override
    {
        qint64 done = 0;
        while (done < max && m_index < m_pieces.size()) {
            const Piece& piece = m_pieces[m_index];
            const qint64 want = std::min(max - done, piece.size - m_offset);
            qint64 got = 0;
            if (piece.path.isEmpty()) {
                std::memcpy(data + done, piece.bytes.constData() + m_offset, static_cast<size_t>(want));
                got = want;
            } else {
                if (!m_file.isOpen()) {
                    m_file.setFileName(piece.path);
                    if (!m_file.open(QIODevice::ReadOnly)) {
                        setErrorString(m_file.errorString());
                        return -1;
                    }
                }
                got = m_file.read(data + done, want);
                if (got <= 0 && want > 0) { // shorter than when it was added
                    setErrorString(QStringLiteral("%1 changed while it was being sent").arg(piece.path));
                    return -1;
                }
            }
            done += got;
            m_offset += got;
            if (m_offset == piece.size) {
                m_file.close();
                ++m_index;
                m_offset = 0;
            }
        }
        return done;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QList<Piece> m_pieces;
    qsizetype m_index = 0;
    qint64 m_offset = 0;
    QFile m_file;
};
} // namespace

MultipartBody::MultipartBody()
{
    m_boundary = "modreg";
    for (int i = 0; i < 4; ++i)
        m_boundary += QByteArray::number(QRandomGenerator::global()->generate(), 16);
}

QByteArray MultipartBody::partHeader(const QString& name, const QByteArray& contentType) const
{
    return "--" + m_boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" +
           QUrl::toPercentEncoding(name, "/") + "\"\r\nContent-Type: " + contentType + "\r\n\r\n";
}

void MultipartBody::addDirectory(const QString& name)
{
    const QByteArray bytes = partHeader(name, "application/x-directory") + "\r\n";
    m_pieces.append({bytes, {}, bytes.size()});
}

void MultipartBody::addFile(const QString& name, const QString& path, qint64 size)
{
    const QByteArray header = partHeader(name, "application/octet-stream");
    m_pieces.append({header, {}, header.size()});
    m_pieces.append({{}, path, size});
    m_pieces.append({"\r\n", {}, 2});
}

void MultipartBody::addBytes(const QString& name, const QByteArray& bytes)
{
    const QByteArray all = partHeader(name, "application/octet-stream") + bytes + "\r\n";
    m_pieces.append({all, {}, all.size()});
}

QByteArray MultipartBody::contentType() const
{
    return "multipart/form-data; boundary=" + m_boundary;
}

qint64 MultipartBody::size() const
{
    qint64 total = 2 + m_boundary.size() + 4; // the closing --boundary--\r\n
    for (const Piece& p : m_pieces)
        total += p.size;
    return total;
}

std::unique_ptr<QIODevice> MultipartBody::open() const
{
    QList<PiecesDevice::Piece> pieces;
    for (const Piece& p : m_pieces)
        pieces.append({p.bytes, p.path, p.size});
    const QByteArray close = "--" + m_boundary + "--\r\n";
    pieces.append({close, {}, close.size()});
    auto device = std::make_unique<PiecesDevice>(std::move(pieces));
    device->open(QIODevice::ReadOnly);
    return device;
}

} // namespace modreg::net
