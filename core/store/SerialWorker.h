#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace modreg {

// Runs tasks one at a time, in the order they were posted, on a thread of its own (started at the
// first post), while the poster goes on. wait() returns once every task posted before it has run.
// A task touches only what the poster leaves alone until then: the worker shares nothing else.
class SerialWorker
{
public:
    SerialWorker() = default;
    ~SerialWorker(); // runs what was posted, then ends the thread
    SerialWorker(const SerialWorker&) = delete;
    SerialWorker& operator=(const SerialWorker&) = delete;

    void post(std::function<void()> task);
    void wait();

private:
    void loop();

    std::mutex m_mutex;
    std::condition_variable m_posted, m_idle;
    std::deque<std::function<void()>> m_tasks;
    bool m_running = false; // a task taken from m_tasks and not finished
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace modreg
