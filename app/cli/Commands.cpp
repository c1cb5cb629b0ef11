#include "cli/Commands.h"

#include "BuildInfo.h"
#include "cli/Console.h"

namespace modreg::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(modreg::cli::Commands)
};

// Commands whose names share a first word ("keys new", "keys list") form a family; `modreg keys`
// and `modreg help keys` list it.
struct Family
{
    QString name;
    QString summary;
};

QList<Family> families()
{
    return {{QStringLiteral("devnet"), Text::tr("The local devnet: a chain node and an IPFS node on this machine.")},
            {QStringLiteral("keys"), Text::tr("The keys in Modreg's encrypted keystore.")},
            {QStringLiteral("ipfs"), Text::tr("Content in IPFS, every block checked against its CID.")},
            {QStringLiteral("chain"), Text::tr("The chain node and the registry contract on it.")},
            {QStringLiteral("registry"), Text::tr("The registry contract itself, entry by entry.")}};
}

QList<const Command*> familyOf(const QString& name)
{
    QList<const Command*> members;
    for (const Command& command : commandTable())
        if (command.name.startsWith(name + QLatin1Char(' ')))
            members << &command;
    return members;
}

const Command* commandNamed(const QString& name)
{
    for (const Command& command : commandTable())
        if (command.name == name)
            return &command;
    return nullptr;
}

void printListing(const QList<const Command*>& commands, const QString& heading)
{
    qsizetype width = 0;
    for (const Command* c : commands)
        width = std::max(width, c->name.size());
    QString text = heading + QStringLiteral("\n\n");
    for (const Command* c : commands)
        text += QStringLiteral("  %1  %2\n").arg(c->name, -int(width)).arg(c->summary);
    out(text);
}

void printAll()
{
    QList<const Command*> all;
    for (const Command& command : commandTable())
        all << &command;
    printListing(all, Text::tr("Usage: modreg <command> [options]\n\nModreg publishes modules to a registry "
                               "on chain and finds them in a local replica.\n\nCommands:"));
    out(Text::tr("\"modreg help COMMAND\" (or \"modreg COMMAND --help\") says more about one; "
                 "\"modreg --version\" prints the version."));
}

// `modreg help [WORDS…]`: 0 when there was help to give, 2 when the words name nothing.
int help(const QStringList& words)
{
    const QString topic = words.join(QLatin1Char(' '));
    if (topic.isEmpty())
        return printAll(), 0;
    if (const Command* command = commandNamed(topic))
        return out(command->helpText()), 0;
    for (const Family& family : families())
        if (family.name == topic)
            return printListing(familyOf(topic), family.summary + QStringLiteral("\n\n") + Text::tr("Commands:")), 0;
    err(Text::tr("There is no command \"%1\"; \"modreg help\" lists them.").arg(topic));
    return 2;
}
} // namespace

const QList<Command>& commandTable()
{
    static const QList<Command> table = devnetCommands() + keysCommands() + ipfsCommands() + publishCommands() +
                                        chainCommands() + replicaCommands();
    return table;
}

int runCommandLine(const QStringList& arguments)
{
    const QString first = arguments.value(0);
    if (first.isEmpty())
        return printAll(), 2;
    if (first == QLatin1String("--version"))
        return out(QStringLiteral("modreg %1").arg(QLatin1String(build::version))), 0;
    if (first == QLatin1String("help") || first == QLatin1String("--help") || first == QLatin1String("-h"))
        return help(arguments.mid(1));
    if (const Command* command = commandNamed(first + QLatin1Char(' ') + arguments.value(1));
        command && arguments.size() > 1)
        return command->execute(arguments.mid(2));
    if (const Command* command = commandNamed(first))
        return command->execute(arguments.mid(1));
    const QList<const Command*> family = familyOf(first);
    if (family.isEmpty()) {
        err(Text::tr("Unknown command \"%1\"; \"modreg help\" lists them.").arg(first));
        return 2;
    }
    QStringList names;
    for (const Command* c : family)
        names << c->name.section(QLatin1Char(' '), 1);
    const QString second = arguments.value(1);
    if (second == QLatin1String("--help") || second == QLatin1String("-h"))
        return help({first});
    if (second.isEmpty())
        err(Text::tr("Name what to do: modreg %1 %2.").arg(first, names.join(QLatin1Char('|'))));
    else
        err(Text::tr("Unknown %1 command \"%2\". Use: modreg %1 %3").arg(first, second, names.join(QLatin1Char('|'))));
    return 2;
}

} // namespace modreg::cli
