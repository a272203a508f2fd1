#include "models/sourcestate.h"

namespace gig {

QDebug operator<<(QDebug debug, const SourceState &state)
{
    QDebugStateSaver saver(debug);
    const char *outcome = state.outcome == SourceState::Outcome::Read ? "read"
        : state.outcome == SourceState::Outcome::Partial              ? "partial"
                                                                      : "failed";
    debug.nospace() << "SourceState(" << state.provider << ", " << outcome << ", " << state.gigs;
    if (!state.problem.isEmpty())
        debug << ", " << state.problem;
    debug << ')';
    return debug;
}

} // namespace gig
