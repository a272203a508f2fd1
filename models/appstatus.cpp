#include "models/appstatus.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

template<class T> bool assign(T &member, const T &value)
{
    if (member == value)
        return false;
    member = value;
    return true;
}

} // namespace

AppStatus::AppStatus(QObject *parent)
    : QObject(parent)
{ }

AppStatus::~AppStatus() = default;

void AppStatus::setDataSource(const QString &value)
{
    if (assign(m_dataSource, value))
        emit dataSourceChanged(m_dataSource);
}

void AppStatus::setDemoMode(bool value)
{
    if (assign(m_demoMode, value))
        emit demoModeChanged(m_demoMode);
}

void AppStatus::setPlaceName(const QString &value)
{
    if (assign(m_placeName, value))
        emit placeNameChanged(m_placeName);
}

void AppStatus::setPlaceState(PlaceState value)
{
    if (assign(m_placeState, value))
        emit placeStateChanged(m_placeState);
}

void AppStatus::setPlaceRefreshedAt(const QDateTime &value)
{
    if (assign(m_placeRefreshedAt, value))
        emit placeRefreshedAtChanged(m_placeRefreshedAt);
}

void AppStatus::setPlaceError(const QString &value)
{
    if (assign(m_placeError, value))
        emit placeErrorChanged(m_placeError);
}

void AppStatus::setRateLimitedUntil(const QDateTime &value)
{
    if (assign(m_rateLimitedUntil, value))
        emit rateLimitedUntilChanged(m_rateLimitedUntil);
}

void AppStatus::setOffline(bool value)
{
    if (assign(m_offline, value))
        emit offlineChanged(m_offline);
}

void AppStatus::setSourceStates(const QList<SourceState> &states)
{
    if (assign(m_sourceStates, states))
        emit sourceStatesChanged();
}

void AppStatus::setReleasesPending(int count)
{
    if (assign(m_releasesPending, std::max(count, 0)))
        emit releasesPendingChanged(m_releasesPending);
}

void AppStatus::setRequestsQueued(int count)
{
    if (assign(m_requestsQueued, std::max(count, 0)))
        emit requestsQueuedChanged(m_requestsQueued);
}

QString placeStateName(AppStatus::PlaceState state)
{
    switch (state) {
    case AppStatus::PlaceState::Idle:
        return u"idle"_s;
    case AppStatus::PlaceState::Fresh:
        return u"fresh"_s;
    case AppStatus::PlaceState::Refreshing:
        return u"refreshing"_s;
    case AppStatus::PlaceState::Stale:
        return u"stale"_s;
    case AppStatus::PlaceState::Incomplete:
        return u"incomplete"_s;
    case AppStatus::PlaceState::Failing:
        return u"failing"_s;
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace gig
