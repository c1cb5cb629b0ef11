#pragma once

#include <QString>
#include <cstdio>
#include <unistd.h>

namespace modreg::cli {

// "Sent 12.0 MiB of 100.0 MiB", rewritten in place on a terminal; nothing when stderr is a file.
class ProgressLine
{
public:
    ProgressLine()
        : m_enabled(isatty(STDERR_FILENO) != 0)
    {}
    ~ProgressLine()
    {
        if (m_shown)
            std::fputs("\n", stderr);
    }
    void show(const QString& text)
    {
        if (!m_enabled)
            return;
        std::fputs(qPrintable(QStringLiteral("\r\033[K") + text), stderr);
        std::fflush(stderr);
        m_shown = true;
    }

private:
    bool m_enabled;
    bool m_shown = false;
};

} // namespace modreg::cli
