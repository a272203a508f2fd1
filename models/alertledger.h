// What the alerts of my artists have recorded, and the rules that decide from it whether a gig or
// a release is news: nothing is announced twice, and a place seen for the first time does not
// flood the person with its whole calendar. The cache keeps the marks (app/alerts/alerts.h); the
// gig table reads which gigs are new and not yet seen.
#pragma once

#include "models/alertmark.h"
#include "models/release.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <functional>
#include <optional>

namespace gig {

class AlertLedger final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertLedger)

public:
    explicit AlertLedger(QObject *parent = nullptr);

    // Replaces every mark with these, as read from the cache.
    void load(const QList<AlertMark> &marks);
    QList<AlertMark> marks() const { return m_marks.values(); }

    // A saved place's gigs as it lists them now. At its first fill (no mark for the place yet)
    // every gig it lists is recorded as known: a place just saved does not announce its whole
    // calendar. After that, each gig not known before is recorded: as unseen (to announce) when
    // one of my artists plays (`isMine`), otherwise as known, so that following an artist later
    // never turns gigs the table already showed into news. Returns the marks written, in the
    // order of `eventIds`, the place's own first.
    QList<AlertMark> notePlace(const QString &locationId, const QStringList &eventIds,
        const std::function<bool(const QString &eventId)> &isMine, const QDateTime &now);

    // A followed artist's latest release as MusicBrainz gives it now. The first one recorded for
    // the artist is known; later, a different release with a later date (or one where none was
    // before) is announced (the mark's state is Unseen). Nothing else is news.
    std::optional<AlertMark> noteRelease(
        const QString &artistMbid, const std::optional<Release> &release, const QDateTime &now);

    // The person looked at the gig (selected it, or opened its notification): it is no longer
    // new. Returns the mark to write; nothing when the gig was not new.
    std::optional<AlertMark> markSeen(const QString &eventId, const QDateTime &now);

    // Forgets the marks of gigs that are listed nowhere any more (`isListed` false: over, or
    // dropped by their source) and were marked before `markedBefore`, so the ledger does not grow
    // by every gig ever seen. A gig gone only for a while keeps its mark. Returns the marks
    // forgotten, for the cache to forget too.
    QList<AlertMark> forgetGigsGone(
        const std::function<bool(const QString &eventId)> &isListed, const QDateTime &markedBefore);

    bool isUnseen(const QString &eventId) const { return m_unseen.contains(eventId); }
    QSet<QString> unseenEventIds() const { return m_unseen; }
    bool knowsPlace(const QString &locationId) const;
    bool knowsGig(const QString &eventId) const;

    // The value a release mark keeps: the release group's MBID and its date; empty for none.
    static QString releaseValue(const std::optional<Release> &release);

signals:
    // Gigs that became new or stopped being new (loaded, announced or seen).
    void unseenChanged(const QSet<QString> &eventIds);

private:
    // The ledger's key of a mark: its kind and its key in one string.
    static QString keyOf(AlertMark::Kind kind, const QString &key);
    void put(const AlertMark &mark);

    QHash<QString, AlertMark> m_marks;
    QSet<QString> m_unseen; // event ids of the gig marks in state Unseen
};

} // namespace gig
