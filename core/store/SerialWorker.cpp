#include "store/SerialWorker.h"

namespace modreg {

SerialWorker::~SerialWorker()
{
    if (!m_thread.joinable())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_posted.notify_one();
    m_thread.join();
}

void SerialWorker::post(std::function<void()> task)
{
    {
        const std::lock_guard lock(m_mutex);
        m_tasks.push_back(std::move(task));
    }
    if (!m_thread.joinable())
        m_thread = std::thread([this] { loop(); });
    m_posted.notify_one();
}

void SerialWorker::wait()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [&] { return m_tasks.empty() && !m_running; });
}

void SerialWorker::loop()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_posted.wait(lock, [&] { return !m_tasks.empty() || m_stopping; });
        if (m_tasks.empty()) // stopping, and nothing left to run
            return;
        std::function<void()> task = std::move(m_tasks.front());
        m_tasks.pop_front();
        m_running = true;
        lock.unlock();
        task();
        lock.lock();
        m_running = false;
        if (m_tasks.empty())
            m_idle.notify_all();
    }
}

} // namespace modreg
