#include "app/alerts/alerts.h"

#include "app/storage/cachedatabase.h"
#include "models/alertledger.h"
#include "models/gigstore.h"
#include "models/myartists.h"

#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAlerts, "gigmap.alerts", QtInfoMsg)

namespace gig {

Alerts::Alerts(GigStore *store, const MyArtists *artists, AlertLedger *ledger, CacheDatabase *cache,
    QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_artists(artists)
    , m_ledger(ledger)
    , m_cache(cache)
{
    Q_ASSERT(store && artists && ledger);
    connect(store, &GigStore::locationsChanged, this, &Alerts::onLocationsChanged);
    connect(store, &GigStore::releasesChanged, this, &Alerts::onReleasesChanged);
}

void Alerts::load()
{
    if (!m_cache)
        return;
    m_ledger->load(m_cache->readAlertMarks());
    const QList<AlertMark> forgotten = m_ledger->forgetGigsGone(
        [this](const QString &eventId) { return m_store->containsEvent(eventId); },
        m_store->now().addDays(-forgetGoneGigsAfterDays));
    if (!forgotten.isEmpty() && m_cache->writeAlertMarks({}, forgotten))
        qCInfo(lcAlerts) << "forgot the marks of" << forgotten.size() << "gigs listed no more";
}

void Alerts::setSavedLocations(const QSet<QString> &locationIds)
{
    m_saved = locationIds;
    for (const QString &id : locationIds)
        checkPlace(id);
}

void Alerts::markSeen(const QString &eventId)
{
    if (const auto mark = m_ledger->markSeen(eventId, m_store->now()))
        keep({ *mark });
}

void Alerts::onLocationsChanged(const QSet<QString> &changed, const QSet<QString> &)
{
    for (const QString &id : changed) {
        if (m_saved.contains(id))
            checkPlace(id);
    }
}

void Alerts::keep(const QList<AlertMark> &marks)
{
    if (m_cache && !marks.isEmpty() && !m_cache->writeAlertMarks(marks))
        qCWarning(lcAlerts) << "the alerts' marks are kept in memory only:" << marks.size();
}

bool Alerts::isMine(const QString &eventId) const
{
    return !myArtistNames(eventId).isEmpty();
}

QStringList Alerts::myArtistNames(const QString &eventId) const
{
    QStringList names;
    if (m_artists->size() == 0)
        return names;
    for (const QString &artistId : m_store->eventById(eventId).value.lineup) {
        const Artist artist = m_store->artist(artistId).value;
        if (m_artists->follows(artist))
            names.append(artist.name);
    }
    return names;
}

void Alerts::checkPlace(const QString &locationId)
{
    const Cached<Location> location = m_store->location(locationId);
    // Only a place that was read from its source: a pending one lists nothing yet.
    if (!location.value.refreshedAt.isValid())
        return;
    QStringList eventIds;
    for (const QString &id : location.value.eventIds) {
        if (m_store->containsEvent(id))
            eventIds.append(id);
    }
    const QList<AlertMark> marks = m_ledger->notePlace(
        locationId, eventIds, [this](const QString &id) { return isMine(id); }, m_store->now());
    keep(marks); // before any alert: a kill now never lets one come twice
    QStringList news;
    for (const AlertMark &mark : marks) {
        if (mark.kind == AlertMark::Kind::Gig && mark.state == AlertMark::State::Unseen)
            news.append(mark.key);
    }
    if (news.isEmpty())
        return;
    qCInfo(lcAlerts) << news.size() << "new gigs of my artists at" << location.value.name;
    if (news.size() <= maxSingleGigAlerts) {
        for (const QString &eventId : std::as_const(news))
            emit raised(gigAlert(eventId, location.value.name));
        return;
    }
    Alert alert { Alert::Kind::Gig, news.constFirst(),
        tr("%n new gig(s) of my artists around %1", nullptr, int(news.size()))
            .arg(location.value.name),
        {} };
    QStringList names;
    for (const QString &eventId : std::as_const(news)) {
        for (const QString &name : myArtistNames(eventId)) {
            if (!names.contains(name))
                names.append(name);
        }
    }
    alert.body = tr("Playing: %1.").arg(QLocale().createSeparatedList(names));
    emit raised(alert);
}

Alert Alerts::gigAlert(const QString &eventId, const QString &placeName) const
{
    const Event event = m_store->eventById(eventId).value;
    const QString artists = QLocale().createSeparatedList(myArtistNames(eventId));
    const QString date = QLocale().toString(event.start.localDate(), QLocale::LongFormat);
    const QString venue = event.venue.city.isEmpty()
        ? event.venue.name
        : tr("%1, %2").arg(event.venue.name, event.venue.city);
    return { Alert::Kind::Gig, eventId, tr("%1 plays around %2").arg(artists, placeName),
        tr("%1 at %2 on %3.").arg(event.name, venue, date) };
}

void Alerts::onReleasesChanged(const QSet<QString> &changed, const QSet<QString> &)
{
    if (m_artists->size() == 0)
        return;
    QList<AlertMark> marks;
    for (const QString &mbid : changed) {
        if (!m_artists->set().follows(mbid, QString()))
            continue;
        const Cached<LatestRelease> latest = m_store->latestRelease(mbid);
        if (latest.isPending())
            continue;
        if (const auto mark = m_ledger->noteRelease(mbid, latest.value.release, m_store->now()))
            marks.append(*mark);
    }
    keep(marks);
    for (const AlertMark &mark : std::as_const(marks)) {
        if (mark.state != AlertMark::State::Unseen)
            continue;
        const Release release = *m_store->latestRelease(mark.key).value.release;
        const QString date = release.date.toString();
        emit raised({ Alert::Kind::Release, gigOf(mark.key),
            tr("%1 has a new release").arg(followedName(mark.key)),
            date.isEmpty()
                ? tr("%1 (%2).").arg(release.title, releaseTypeName(release.type))
                : tr("%1 (%2, %3).").arg(release.title, releaseTypeName(release.type), date) });
    }
}

QString Alerts::followedName(const QString &artistMbid) const
{
    for (const FollowedArtist &artist : m_artists->artists()) {
        if (artist.mbid == artistMbid && !artist.name.isEmpty())
            return artist.name;
    }
    return artistMbid;
}

QString Alerts::gigOf(const QString &artistMbid) const
{
    for (const QString &locationId : m_saved) {
        for (const QString &eventId : m_store->eventIdsOf(locationId)) {
            for (const QString &artistId : m_store->eventById(eventId).value.lineup) {
                if (m_store->artist(artistId).value.mbid == artistMbid)
                    return eventId;
            }
        }
    }
    return {};
}

} // namespace gig
