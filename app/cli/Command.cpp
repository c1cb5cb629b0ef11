#include "cli/Command.h"

#include "cli/Console.h"

namespace modreg::cli {

namespace {
QString optionSyntax(const QCommandLineOption& option)
{
    QStringList names;
    for (const QString& name : option.names())
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString syntax = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        syntax += QStringLiteral(" <%1>").arg(option.valueName());
    return syntax;
}

QList<QCommandLineOption> allOptions(const Command& command)
{
    QList<QCommandLineOption> all;
    for (const Command::Shared s : {Command::Json, Command::Account, Command::PasswordFd})
        if (command.shared & s)
            all << Command::sharedOption(s);
    return all + command.options;
}
} // namespace

Invocation::Invocation(const QCommandLineParser& parser, const Command& command)
    : m_parser(parser)
    , m_command(command)
    , m_args(parser.positionalArguments())
{}

bool Invocation::json() const
{
    return (m_command.shared & Command::Json) && m_parser.isSet(Command::sharedOption(Command::Json));
}

int Invocation::passwordFd() const
{
    const QCommandLineOption& option = Command::sharedOption(Command::PasswordFd);
    return (m_command.shared & Command::PasswordFd) && m_parser.isSet(option) ? m_parser.value(option).toInt()
                                                                                : -1;
}

QString Invocation::account() const
{
    return m_command.shared & Command::Account ? m_parser.value(Command::sharedOption(Command::Account))
                                                : QString();
}

int Invocation::usage() const
{
    err(Command::tr("Usage: %1").arg(m_command.synopsis()));
    return 2;
}

const QCommandLineOption& Command::sharedOption(Shared option)
{
    static const QCommandLineOption json{QStringLiteral("json"), tr("Print JSON for scripts.")};
    static const QCommandLineOption passwordFd{
        QStringLiteral("password-fd"),
        tr("Read the keystore password from this file descriptor instead of the terminal."),
        QStringLiteral("fd")};
    static const QCommandLineOption account{
        QStringLiteral("account"),
        tr("The keystore key (secp256k1) that signs and pays for the transaction; it owns what it "
           "registers."),
        QStringLiteral("name")};
    switch (option) {
    case Json:
        return json;
    case PasswordFd:
        return passwordFd;
    case Account:
        break;
    }
    return account;
}

QString Command::synopsis() const
{
    QString line = QStringLiteral("modreg ") + name;
    if (!arguments.isEmpty())
        line += QLatin1Char(' ') + arguments;
    if (shared != 0 || !options.isEmpty())
        line += tr(" [options]");
    return line;
}

QString Command::helpText() const
{
    QString text = tr("Usage: %1").arg(synopsis()) + QStringLiteral("\n\n") + summary + QLatin1Char('\n');
    if (!description.isEmpty())
        text += QLatin1Char('\n') + description + QLatin1Char('\n');
    QList<QPair<QString, QString>> rows;
    for (const QCommandLineOption& option : allOptions(*this))
        if (!(option.flags() & QCommandLineOption::HiddenFromHelp))
            rows.append({optionSyntax(option), option.description()});
    rows.append({QStringLiteral("-h, --help"), tr("Print this help.")});
    qsizetype width = 0;
    for (const auto& row : rows)
        width = std::max(width, row.first.size());
    text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n');
    for (const auto& [syntax, meaning] : rows)
        text += QStringLiteral("  %1  %2\n").arg(syntax, -int(width)).arg(meaning);
    return text;
}

int Command::execute(const QStringList& commandLine) const
{
    QCommandLineParser parser;
    parser.addOptions(allOptions(*this));
    const QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, QString()};
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("modreg")} + commandLine)) {
        err(parser.errorText());
        err(tr("Usage: %1 (modreg help %2 says more)").arg(synopsis(), name));
        return 2;
    }
    if (parser.isSet(help)) {
        out(helpText());
        return 0;
    }
    const Invocation invocation(parser, *this);
    const qsizetype count = invocation.args().size();
    if (count < minArgs || (maxArgs >= 0 && count > maxArgs))
        return invocation.usage();
    return run(invocation);
}

} // namespace modreg::cli
