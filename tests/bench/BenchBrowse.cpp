// The Browse table over a large replica: how long the model takes to read an order of every row,
// how long a jump anywhere in the table takes to show (the rows fetched and painted), and how much
// memory the process holds, against the replica file's size. Reference in the same run: the
// sqlite3 CLI counting the rows (a full scan of the smallest index).
// Usage: BenchBrowse REPLICA (a file BenchSearch kept: BenchSearch 1000000 /tmp/replica.sqlite).
#include "browse/ModuleTableModel.h"
#include "store/ModuleStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <algorithm>
#include <cstdio>

using namespace modreg;

namespace {
// "VmRSS", "RssAnon" (the process's own memory) or "RssFile" (pages of mapped files: the replica
// through SQLite's mmap, which the kernel can drop at will).
double residentMiB(const char* field = "VmRSS")
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}
double ms(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "Usage: BenchBrowse REPLICA\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const double before = residentMiB();
    auto store = std::move(ModuleStore::open(path)).value();
    ui::ModuleTableModel model;
    QElapsedTimer t;
    t.start();
    model.setStore(store.get());
    const double loadMs = ms(t);
    QTableView view;
    view.setModel(&model);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.resize(1000, 700);
    view.show();
    QApplication::processEvents();
    std::printf("rows: %d; replica file %.0f MiB\n", model.rowCount(), QFileInfo(path).size() / 1048576.0);
    std::printf("model load (row ids in name order): %.0f ms\n", loadMs);
    // Browse's summary line ("N modules: … verified, … invalid, … not fetched yet"), which it reads
    // again with the model while a sync runs.
    std::vector<double> counting;
    for (int i = 0; i < 5; ++i) {
        t.restart();
        (void)store->counts();
        counting.push_back(ms(t));
    }
    std::sort(counting.begin(), counting.end());
    std::printf("summary counts (ModuleStore::counts): median of 5 %.1f ms\n", counting[2]);

    QRandomGenerator rng(3);
    std::vector<double> jumps;
    for (int i = 0; i < 200; ++i) {
        const int row = static_cast<int>(rng.bounded(model.rowCount()));
        QElapsedTimer j;
        j.start();
        view.scrollTo(model.index(row, 0), QAbstractItemView::PositionAtTop);
        view.viewport()->repaint(); // paint now: every visible cell asks the model
        jumps.push_back(ms(j));
    }
    std::sort(jumps.begin(), jumps.end());
    std::vector<double> steps;
    for (int i = 0; i < 300; ++i) { // scrolling down by a page, as a person does
        QElapsedTimer j;
        j.start();
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() +
                                           view.verticalScrollBar()->pageStep());
        view.viewport()->repaint();
        steps.push_back(ms(j));
    }
    std::sort(steps.begin(), steps.end());
    std::printf("jump to a random row and paint: p50 %.2f ms, p99 %.2f ms (200 jumps)\n", jumps[100],
                jumps[198]);
    std::printf("page down and paint: p50 %.2f ms, p99 %.2f ms (300 pages)\n", steps[150], steps[297]);
    for (int column : {ui::ModuleTableModel::Author, ui::ModuleTableModel::Updated}) {
        QElapsedTimer s;
        s.start();
        model.sort(column, Qt::AscendingOrder);
        view.viewport()->repaint();
        std::printf("sort by %s: %.0f ms\n", column == ui::ModuleTableModel::Author ? "author" : "updated",
                    ms(s));
    }
    std::printf("memory: process %.0f MiB resident (%.0f MiB before opening): %.0f MiB its own, %.0f MiB "
                "mapped replica pages; the model %.1f MiB\n",
                residentMiB(), before, residentMiB("RssAnon"), residentMiB("RssFile"),
                model.memoryBytes() / 1048576.0);
    QElapsedTimer cli;
    cli.start();
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {path, QStringLiteral("SELECT count(*) FROM modules;")});
    sqlite.waitForFinished(-1);
    std::printf("reference: sqlite3 CLI count(*) of the rows: %.0f ms\n", ms(cli));
    return 0;
}
