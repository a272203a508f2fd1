#include "models/alertledger.h"

#include "models/partialdate.h"

namespace gig {

namespace {

constexpr QChar valueSeparator = QChar(0x1f);

struct RecordedRelease
{
    QString mbid;
    std::optional<PartialDate> date;
};

RecordedRelease recordedRelease(const QString &value)
{
    if (value.isEmpty())
        return {};
    const qsizetype split = value.indexOf(valueSeparator);
    if (split < 0)
        return { value, std::nullopt };
    return { value.left(split), PartialDate::fromString(QStringView(value).mid(split + 1)) };
}

} // namespace

AlertLedger::AlertLedger(QObject *parent)
    : QObject(parent)
{ }

void AlertLedger::load(const QList<AlertMark> &marks)
{
    QSet<QString> touched = m_unseen;
    m_marks.clear();
    m_unseen.clear();
    for (const AlertMark &mark : marks)
        put(mark);
    touched.unite(m_unseen);
    if (!touched.isEmpty())
        emit unseenChanged(touched);
}

void AlertLedger::put(const AlertMark &mark)
{
    m_marks.insert(keyOf(mark.kind, mark.key), mark);
    if (mark.kind != AlertMark::Kind::Gig)
        return;
    if (mark.state == AlertMark::State::Unseen)
        m_unseen.insert(mark.key);
    else
        m_unseen.remove(mark.key);
}

QList<AlertMark> AlertLedger::forgetGigsGone(
    const std::function<bool(const QString &)> &isListed, const QDateTime &markedBefore)
{
    QList<AlertMark> forgotten;
    QSet<QString> noLongerNew;
    for (auto it = m_marks.begin(); it != m_marks.end();) {
        const AlertMark &mark = it.value();
        if (mark.kind != AlertMark::Kind::Gig || !mark.markedAt.isValid()
            || mark.markedAt >= markedBefore || isListed(mark.key)) {
            ++it;
            continue;
        }
        if (m_unseen.remove(mark.key))
            noLongerNew.insert(mark.key);
        forgotten.append(mark);
        it = m_marks.erase(it);
    }
    if (!noLongerNew.isEmpty())
        emit unseenChanged(noLongerNew);
    return forgotten;
}

bool AlertLedger::knowsPlace(const QString &locationId) const
{
    return m_marks.contains(keyOf(AlertMark::Kind::Place, locationId));
}

bool AlertLedger::knowsGig(const QString &eventId) const
{
    return m_marks.contains(keyOf(AlertMark::Kind::Gig, eventId));
}

QList<AlertMark> AlertLedger::notePlace(const QString &locationId, const QStringList &eventIds,
    const std::function<bool(const QString &)> &isMine, const QDateTime &now)
{
    QList<AlertMark> written;
    const bool firstFill = !knowsPlace(locationId);
    if (firstFill)
        written.append({ AlertMark::Kind::Place, locationId, {}, AlertMark::State::Known, now });
    QSet<QString> announced;
    for (const QString &eventId : eventIds) {
        if (knowsGig(eventId))
            continue;
        const bool news = !firstFill && isMine(eventId);
        written.append({ AlertMark::Kind::Gig, eventId, {},
            news ? AlertMark::State::Unseen : AlertMark::State::Known, now });
        if (news)
            announced.insert(eventId);
    }
    for (const AlertMark &mark : std::as_const(written))
        put(mark);
    if (!announced.isEmpty())
        emit unseenChanged(announced);
    return written;
}

std::optional<AlertMark> AlertLedger::noteRelease(
    const QString &artistMbid, const std::optional<Release> &release, const QDateTime &now)
{
    const QString key = keyOf(AlertMark::Kind::Release, artistMbid);
    const QString value = releaseValue(release);
    const auto found = m_marks.constFind(key);
    if (found == m_marks.cend()) {
        const AlertMark mark { AlertMark::Kind::Release, artistMbid, value, AlertMark::State::Known,
            now };
        put(mark);
        return mark;
    }
    if (found->value == value || !release)
        return std::nullopt;
    const RecordedRelease before = recordedRelease(found->value);
    if (before.mbid == release->mbid)
        return std::nullopt; // the same release group, its date or title corrected
    const bool newer = before.mbid.isEmpty() || !before.date || *before.date < release->date;
    const AlertMark mark { AlertMark::Kind::Release, artistMbid, value,
        newer ? AlertMark::State::Unseen : AlertMark::State::Known, now };
    put(mark);
    return mark;
}

std::optional<AlertMark> AlertLedger::markSeen(const QString &eventId, const QDateTime &now)
{
    if (!m_unseen.contains(eventId))
        return std::nullopt;
    AlertMark mark = m_marks.value(keyOf(AlertMark::Kind::Gig, eventId));
    mark.state = AlertMark::State::Seen;
    mark.markedAt = now;
    put(mark);
    emit unseenChanged({ eventId });
    return mark;
}

QString AlertLedger::keyOf(AlertMark::Kind kind, const QString &key)
{
    return AlertMark::kindName(kind) + u':' + key;
}

QString AlertLedger::releaseValue(const std::optional<Release> &release)
{
    if (!release)
        return {};
    return release->mbid + valueSeparator + release->date.toString();
}

} // namespace gig
