#include "store/StoredModule.h"

#include <QCoreApplication>

namespace modreg {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(modreg::StoredModule)
};
} // namespace

QString StoredModule::stateText(State state)
{
    switch (state) {
    case State::Verified:
        return Text::tr("verified");
    case State::Invalid:
        return Text::tr("invalid");
    case State::Pending:
        return Text::tr("not fetched yet");
    }
    return {};
}

QString StoredModule::stateId(State state)
{
    switch (state) {
    case State::Verified:
        return QStringLiteral("verified");
    case State::Invalid:
        return QStringLiteral("invalid");
    case State::Pending:
        return QStringLiteral("pending");
    }
    return {};
}

} // namespace modreg
