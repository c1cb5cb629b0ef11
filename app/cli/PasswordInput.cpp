#include "cli/PasswordInput.h"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace modreg::cli {

namespace {
constexpr std::size_t kMaxLength = 4096;

// One line, byte by byte, so a descriptor carrying several secrets is not over-read.
Result<SecureBytes> readLine(int fd)
{
    SecureBytes buffer(kMaxLength);
    std::size_t n = 0;
    for (;;) {
        char c = 0;
        const ssize_t got = ::read(fd, &c, 1);
        if (got < 0)
            return Result<SecureBytes>::failure(
                PasswordInput::tr("Could not read the password (file descriptor %1).").arg(fd));
        if (got == 0 || c == '\n')
            break;
        if (n == kMaxLength)
            return Result<SecureBytes>::failure(
                PasswordInput::tr("The password is longer than %1 bytes.").arg(kMaxLength));
        buffer[n++] = static_cast<std::uint8_t>(c);
    }
    if (n > 0 && buffer[n - 1] == '\r')
        --n;
    return SecureBytes(buffer.data(), n);
}
} // namespace

Result<SecureBytes> PasswordInput::read(const QString& prompt, int fd)
{
    if (fd >= 0)
        return readLine(fd);
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty < 0)
        return Result<SecureBytes>::failure(
            tr("There is no terminal to ask for the password on; pass it on a file descriptor, e.g. "
               "--password-fd 3 3<password-file."));
    const QByteArray p = prompt.toUtf8();
    [[maybe_unused]] ssize_t w = ::write(tty, p.constData(), static_cast<size_t>(p.size()));
    termios saved{};
    const bool isTerminal = ::tcgetattr(tty, &saved) == 0;
    if (isTerminal) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(tty, TCSAFLUSH, &silent);
    }
    Result<SecureBytes> line = readLine(tty);
    if (isTerminal)
        ::tcsetattr(tty, TCSAFLUSH, &saved);
    w = ::write(tty, "\n", 1);
    ::close(tty);
    return line;
}

Result<SecureBytes> PasswordInput::readNew(const QString& prompt, int fd)
{
    Result<SecureBytes> first = read(prompt, fd);
    if (!first || fd >= 0)
        return first;
    Result<SecureBytes> again = read(tr("Repeat it: "), fd);
    if (!again)
        return again;
    if (!(again.value() == first.value()))
        return Result<SecureBytes>::failure(tr("The two passwords differ; nothing was changed."));
    return first;
}

} // namespace modreg::cli
