#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <functional>

namespace modreg::cli {

class Command;

// What one run of a command got from its command line, parsed and checked against the command's
// arguments; the options every command shares are read here, once.
class Invocation
{
public:
    Invocation(const QCommandLineParser& parser, const Command& command);

    const QStringList& args() const { return m_args; } // the positional arguments
    bool isSet(const QCommandLineOption& option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption& option) const { return m_parser.value(option); }
    QStringList values(const QCommandLineOption& option) const { return m_parser.values(option); }

    bool json() const;
    int passwordFd() const; // -1: ask on the terminal
    QString account() const;

    // "Usage: modreg …" on stderr; returns 2, the exit code of a usage error.
    int usage() const;

private:
    const QCommandLineParser& m_parser;
    const Command& m_command;
    QStringList m_args;
};

// One command of `modreg`, in the manner of KeePassXC's Command: its name ("publish", "keys new"),
// its arguments, a one-line summary for the listing, a description for its own help, the shared
// options it takes, its own options, and what it does. execute() parses the command line (one
// parser per command), answers --help, checks the number of arguments and runs it. The table of
// every command is Commands.h.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(modreg::cli::Command)

public:
    // The options several commands take, each defined once (sharedOption()).
    enum Shared
    {
        Json = 0x1,       // --json: one JSON document on stdout for scripts
        PasswordFd = 0x2, // --password-fd N: the keystore password from a file descriptor
        Account = 0x4,    // --account NAME: the keystore key that signs and pays
    };

    QString name;        // "keys new"
    QString arguments;   // as the synopsis shows them: "KEY CID", "[WORDS…]"
    QString summary;     // one line, for `modreg help`
    QString description; // more, for `modreg help NAME`; may be empty
    int shared = 0;      // Shared flags
    QList<QCommandLineOption> options;
    int minArgs = 0;
    int maxArgs = 0; // -1: any number
    std::function<int(const Invocation&)> run;

    // `commandLine`: what follows the command's name. Exit codes: 0 done, 1
    // failed (a sentence on stderr says why), 2 a usage error, others as the command says.
    int execute(const QStringList& commandLine) const;
    QString synopsis() const; // "modreg keys new [options]"
    QString helpText() const;

    static const QCommandLineOption& sharedOption(Shared option);
};

} // namespace modreg::cli
