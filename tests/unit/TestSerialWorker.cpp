// SerialWorker (store/SerialWorker.h) runs what is posted in the order it was posted, off the
// poster's thread; wait() returns only once all of it has run, and the destructor runs what is left.
#include "store/SerialWorker.h"

#include <QtTest>
#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

using modreg::SerialWorker;

class TestSerialWorker : public QObject
{
    Q_OBJECT

private slots:
    void runsInOrderOffThePostersThread()
    {
        SerialWorker worker;
        std::vector<int> ran; // touched by the tasks only, until wait()
        std::thread::id where;
        for (int i = 0; i < 2000; ++i)
            worker.post([&, i] {
                if (i % 500 == 0) // slow now and then: later posts queue up behind
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
                ran.push_back(i);
                where = std::this_thread::get_id();
            });
        worker.wait();
        QCOMPARE(ran.size(), size_t(2000));
        for (int i = 0; i < 2000; ++i)
            QCOMPARE(ran[size_t(i)], i);
        QVERIFY(where != std::this_thread::get_id());
    }

    void waitReturnsOnlyWhenTheLastTaskHasRun()
    {
        SerialWorker worker;
        std::atomic<int> done{0};
        for (int round = 1; round <= 50; ++round) {
            worker.post([&] {
                std::this_thread::sleep_for(std::chrono::microseconds(200));
                done.fetch_add(1);
            });
            worker.wait();
            QCOMPARE(done.load(), round);
        }
        worker.wait(); // idle: returns at once
        QCOMPARE(done.load(), 50);
    }

    void theDestructorRunsWhatIsLeft()
    {
        std::atomic<int> done{0};
        {
            SerialWorker worker;
            for (int i = 0; i < 20; ++i)
                worker.post([&] {
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                    done.fetch_add(1);
                });
        }
        QCOMPARE(done.load(), 20);
        SerialWorker unused; // never started: nothing to join
    }
};

QTEST_GUILESS_MAIN(TestSerialWorker)
#include "TestSerialWorker.moc"
