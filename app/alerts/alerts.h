// Watches the saved places and my artists' latest releases for news, records every gig and
// release it has seen in the cache (through AlertLedger), and announces each new gig of my
// artists at a saved place and each newer latest release once: raised() comes only after the
// mark is on disk, so neither a restart nor a kill makes an alert come twice.
#pragma once

#include "app/alerts/alert.h"
#include "models/alertmark.h"

#include <QObject>
#include <QSet>

namespace gig {

class AlertLedger;
class CacheDatabase;
class GigStore;
class MyArtists;

class Alerts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Alerts)

public:
    // At most this many gigs of one place are announced one by one; more become one alert.
    static constexpr int maxSingleGigAlerts = 3;

    // None is owned; all must outlive this object. `cache` may be nullptr (nothing is kept).
    Alerts(GigStore *store, const MyArtists *artists, AlertLedger *ledger, CacheDatabase *cache,
        QObject *parent = nullptr);

    // Reads the marks the cache holds into the ledger, and forgets those of gigs no longer in
    // the store and marked more than forgetGoneGigsAfterDays ago. Call after cache->load(),
    // before setSavedLocations().
    void load();
    static constexpr int forgetGoneGigsAfterDays = 30;

    // The location ids of the saved places: only their gigs are news. Checks them now.
    void setSavedLocations(const QSet<QString> &locationIds);
    QSet<QString> savedLocations() const { return m_saved; }

    // The person looked at this gig: it is no longer new.
    void markSeen(const QString &eventId);

signals:
    void raised(const gig::Alert &alert);

private:
    void onLocationsChanged(const QSet<QString> &changed, const QSet<QString> &removed);
    void onReleasesChanged(const QSet<QString> &changed, const QSet<QString> &removed);
    void checkPlace(const QString &locationId);
    bool isMine(const QString &eventId) const;
    QStringList myArtistNames(const QString &eventId) const;
    QString followedName(const QString &artistMbid) const;
    QString gigOf(const QString &artistMbid) const; // an event id of that artist, or empty
    void keep(const QList<AlertMark> &marks);
    Alert gigAlert(const QString &eventId, const QString &placeName) const;

    GigStore *m_store;
    const MyArtists *m_artists;
    AlertLedger *m_ledger;
    CacheDatabase *m_cache;
    QSet<QString> m_saved;
};

} // namespace gig
