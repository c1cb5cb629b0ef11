#include "ipfs/ContentHasher.h"

#include "ipfs/UnixfsImporter.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QThread>

namespace modreg {

ContentHasher::~ContentHasher()
{
    cancel();
}

QPair<qint64, int> ContentHasher::measure(const QString& path)
{
    const QFileInfo root(path);
    if (!root.isDir())
        return {root.size(), root.exists() ? 1 : 0};
    qint64 bytes = 0;
    int files = 0;
    // The importer's filters: dotfiles skipped (no QDir::Hidden), links not followed.
    QDirIterator it(path, QDir::Files | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo f = it.nextFileInfo();
        bytes += f.size();
        ++files;
    }
    return {bytes, files};
}

Result<ContentSummary> ContentHasher::compute(const QString& path,
                                              const std::function<void(qint64, qint64)>& progress)
{
    if (!QFileInfo::exists(path))
        return Result<ContentSummary>::failure(UnixfsImporter::tr("%1 does not exist.").arg(path));
    const auto [bytes, files] = measure(path);
    const qint64 total = bytes; // a lambda may not capture a structured binding (clang before 16)
    UnixfsImporter importer(UnixfsImporter::Options::forVersion(1), {}, [&](qint64 done) {
        if (progress)
            progress(done, total);
    });
    const Result<UnixfsImporter::Node> root = importer.addPath(path);
    if (!root)
        return Result<ContentSummary>::failure(root.error());
    return ContentSummary{root->cid, total, files};
}

void ContentHasher::start(const QString& path)
{
    const quint64 generation = ++m_generation;
    QPointer<ContentHasher> self(this);
    QThread* worker = QThread::create([self, generation, path] {
        qint64 lastReported = -1;
        const Result<ContentSummary> summary = compute(path, [&](qint64 done, qint64 total) {
            // At most every 1 MiB, so the window's event queue is not flooded.
            if (done - lastReported < (1 << 20) && done != total)
                return;
            lastReported = done;
            QMetaObject::invokeMethod(qApp, [self, generation, done, total] {
                if (self && self->m_generation == generation)
                    emit self->progress(done, total);
            });
        });
        QMetaObject::invokeMethod(qApp, [self, generation, summary] {
            if (!self || self->m_generation != generation)
                return;
            emit self->finished(summary);
        });
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void ContentHasher::cancel()
{
    ++m_generation;
}

} // namespace modreg
