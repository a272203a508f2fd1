// Which artists the next batched look-up of latest releases names, and where each artist goes
// after its answer: artists are asked about in windows of years, newest first, in batches; one
// that no window decides, or whose batch failed, goes back to the per-artist browse. No artist is
// ever dropped: each one is waiting, in a batch in flight, or handed back.
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace gig {

class ReleaseBatchPlanner
{
public:
    struct Batch
    {
        QStringList mbids;
        int window = 0; // index into the windows, newest first

        friend bool operator==(const Batch &, const Batch &) = default;
    };

    explicit ReleaseBatchPlanner(int windows = 3);

    // Queues an artist for the first window; false when it is already waiting or in flight.
    bool add(const QString &mbid);
    bool contains(const QString &mbid) const;
    // Artists waiting or in a batch in flight.
    int pendingCount() const { return int(m_pending.size()); }
    int windows() const { return m_windows; }

    // The next batch to ask (at most `maxArtists`, fewer once the service refused longer ones),
    // its artists ordered by `rank` (lower first), or nothing. The earliest window with artists
    // waiting goes first; a later one waits while a batch of an earlier window is in flight and
    // can still add to it, unless it already fills a batch. With `moreMayCome` (artists are
    // still on their way to the first window) the first window gives full batches only.
    std::optional<Batch> take(int maxArtists, const std::function<int(const QString &)> &rank = {},
        bool moreMayCome = false);

    // The answer came: the `decided` artists leave; the others move to the next window, or, past
    // the last, are handed back for the browse.
    QStringList answered(const Batch &batch, const QSet<QString> &decided);
    // The service refused the query as too long or too broad: later batches of that window name
    // at most half as many artists, and this one waits again as two. A single artist refused is
    // handed back.
    QStringList refused(const Batch &batch);
    // Any other failure: every artist of the batch is handed back.
    QStringList failed(const Batch &batch);
    // A batch asked no more (its source changed): its artists wait again in its window.
    void putBack(const Batch &batch);
    // Adds up to `count` artists waiting in the window of a batch just taken to it, in their
    // order, in place of as many withdrawn from it; returns those added.
    QStringList refill(Batch &batch, qsizetype count);
    // Artists of a batch just taken that are not to be asked in it (another desktop asks about
    // them): they leave the planner and the batch; a batch left empty is over.
    void withdraw(Batch &batch, const QStringList &mbids);
    // Hands back every artist that waits (batches in flight stay theirs).
    QStringList takeAllWaiting();

private:
    void finish(const Batch &batch);

    int m_windows;
    QList<QStringList> m_waiting; // per window
    QList<int> m_inFlight; // batches per window
    QHash<int, int> m_limit; // window → the most artists the service accepted after a refusal
    QSet<QString> m_pending;
};

} // namespace gig
