#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>

class QIODevice;

namespace modreg::net {

// A multipart/form-data body, as the IPFS RPC API's `add` takes it: one part per file and folder,
// the path in the part's filename. Files are read as the body is sent, never loaded whole; the size
// is known up front (Content-Length), as js-ipfs's parser wants.
class MultipartBody
{
public:
    MultipartBody();

    // `name` is the path inside the upload ("module/src/main.py"), percent-encoded here.
    void addDirectory(const QString& name);
    void addFile(const QString& name, const QString& path, qint64 size);
    void addBytes(const QString& name, const QByteArray& bytes);

    // "multipart/form-data; boundary=…": a plain alphanumeric boundary, unquoted, which every server
    // reads (js-ipfs's parser drops the connection on Qt's quoted one).
    QByteArray contentType() const;
    qint64 size() const;
    // The body from its start, as a sequential device; a file that no longer has the size it had when
    // added makes a read fail (the server would otherwise wait for bytes that never come).
    std::unique_ptr<QIODevice> open() const;

private:
    struct Piece
    {
        QByteArray bytes; // headers and small contents
        QString path;     // or a file's contents
        qint64 size = 0;
    };
    QByteArray partHeader(const QString& name, const QByteArray& contentType) const;
    QByteArray m_boundary;
    QList<Piece> m_pieces;
};

} // namespace modreg::net
