#include "models/alertmark.h"

using namespace Qt::StringLiterals;

namespace gig {

QString AlertMark::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Place:
        return u"place"_s;
    case Kind::Gig:
        return u"gig"_s;
    case Kind::Release:
        return u"release"_s;
    }
    return {};
}

std::optional<AlertMark::Kind> AlertMark::kindFromName(QStringView name)
{
    for (const Kind kind : { Kind::Place, Kind::Gig, Kind::Release }) {
        if (name == kindName(kind))
            return kind;
    }
    return std::nullopt;
}

QString AlertMark::stateName(State state)
{
    switch (state) {
    case State::Known:
        return u"known"_s;
    case State::Unseen:
        return u"unseen"_s;
    case State::Seen:
        return u"seen"_s;
    }
    return {};
}

std::optional<AlertMark::State> AlertMark::stateFromName(QStringView name)
{
    for (const State state : { State::Known, State::Unseen, State::Seen }) {
        if (name == stateName(state))
            return state;
    }
    return std::nullopt;
}

QDebug operator<<(QDebug debug, const AlertMark &mark)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "AlertMark(" << AlertMark::kindName(mark.kind) << ' ' << mark.key << ' '
                    << AlertMark::stateName(mark.state);
    if (!mark.value.isEmpty())
        debug << ' ' << mark.value;
    return debug << ')';
}

} // namespace gig
