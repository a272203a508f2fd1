#include "models/coverimages.h"

namespace gig {

CoverImages::CoverImages(QObject *parent)
    : QObject(parent)
{ }

CoverImages::State CoverImages::state(const QString &releaseGroupMbid) const
{
    return m_states.value(releaseGroupMbid, State::Unknown);
}

QByteArray CoverImages::cover(const QString &releaseGroupMbid) const
{
    return m_covers.value(releaseGroupMbid);
}

void CoverImages::want(const QString &releaseGroupMbid)
{
    if (releaseGroupMbid.isEmpty() || state(releaseGroupMbid) != State::Unknown)
        return;
    m_states.insert(releaseGroupMbid, State::Wanted);
    emit wanted(releaseGroupMbid);
}

void CoverImages::setCover(const QString &releaseGroupMbid, const QByteArray &cover)
{
    if (cover.isEmpty()) {
        setNone(releaseGroupMbid);
        return;
    }
    m_states.insert(releaseGroupMbid, State::Shown);
    m_covers.insert(releaseGroupMbid, cover);
    emit changed(releaseGroupMbid);
}

void CoverImages::setNone(const QString &releaseGroupMbid)
{
    m_states.insert(releaseGroupMbid, State::None);
    m_covers.remove(releaseGroupMbid);
    emit changed(releaseGroupMbid);
}

void CoverImages::forgetNone()
{
    m_states.removeIf([](const auto &entry) { return entry.value() == State::None; });
}

} // namespace gig
