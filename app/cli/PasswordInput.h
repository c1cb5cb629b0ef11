#pragma once

#include "Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>

namespace modreg::cli {

// Secrets for the CLI come from the terminal (echo off) or from a file descriptor the caller opened
// (--password-fd 3), one line each; never from the command line, where every user can read them.
class PasswordInput
{
    Q_DECLARE_TR_FUNCTIONS(PasswordInput)

public:
    // fd < 0: ask on the terminal.
    static Result<SecureBytes> read(const QString& prompt, int fd);
    // A new password: asked twice on the terminal; read once from a descriptor.
    static Result<SecureBytes> readNew(const QString& prompt, int fd);
};

} // namespace modreg::cli
