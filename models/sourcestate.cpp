#include "models/sourcestate.h"

#include <QStringList>

namespace gig {

QString failedSourcesText(const QList<SourceState> &states)
{
    QStringList problems;
    for (const SourceState &state : states) {
        if (state.outcome == SourceState::Outcome::Failed)
            problems.append(state.problem);
    }
    return problems.join(u' ');
}

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
