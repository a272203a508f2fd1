// Test helper for tst_cachecrash: fills a gigmap cache as fast as it can and prints
// "committed N" once batch N is known to be on disk. The test kills it with SIGKILL.
//   cachefiller <cache file> <run tag>
#include "app/storage/cachedatabase.h"
#include "models/gigstore.h"

#include <QCoreApplication>
#include <QMap>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr int eventsPerBatch = 20;

void say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void fillBatch(gig::GigStore &store, const QString &tag, int batch)
{
    const QDateTime now = store.now();
    const QString prefix = u"%1-b%2"_s.arg(tag).arg(batch);
    QList<gig::Event> events;
    QList<gig::Artist> artists;
    gig::Location location;
    location.id = prefix;
    location.name = u"Batch "_s + prefix;
    location.coordinate = QGeoCoordinate(52.5, 13.4);
    for (int i = 0; i < eventsPerBatch; ++i) {
        gig::Event event;
        event.id = u"%1-e%2"_s.arg(prefix).arg(i);
        event.name = u"Gig %1 — ünïcode"_s.arg(i);
        event.start = gig::EventStart(QDate(2099, 1, 1).addDays(i), QTime(20, 0), 3600);
        event.venue = {u"Venue"_s, QGeoCoordinate(52.5, 13.4), u"Berlin"_s, u"DE"_s};
        for (int a = 0; a < 3; ++a) {
            const QString artistId = u"%1-a%2"_s.arg(event.id).arg(a);
            event.lineup.append(artistId);
            artists.append({artistId, u"mbid-"_s + artistId, u"Artist"_s, {}});
        }
        location.eventIds.append(event.id);
        events.append(event);
    }
    gig::GigStore::Batch scope(store);
    store.upsertEvents(events, now, now.addDays(1));
    store.upsertArtists(artists, now, now.addDays(1));
    store.upsertLocation(location, now, now.addDays(1));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fputs("usage: cachefiller <cache file> <run tag>\n", stderr);
        return 2;
    }
    const QString tag = args.at(2);

    gig::GigStore store;
    gig::CacheDatabase cache(&store, args.at(1));
    cache.setWriteDelay(10ms);
    if (!cache.load()) {
        say("cannot open: " + cache.warning().toUtf8());
        return 1;
    }
    if (!cache.warning().isEmpty())
        say("warning: " + cache.warning().toUtf8());
    // Forget earlier runs so the file stays small: these deletions are written too.
    {
        gig::GigStore::Batch scope(store);
        for (const QString &id : store.locationIds())
            store.unwatchLocation(id);
        store.sweep(store.now());
    }
    say("ready");

    QMap<quint64, int> batchAtRevision;
    QObject::connect(&cache, &gig::CacheDatabase::committed, &app, [&](quint64 revision) {
        while (!batchAtRevision.isEmpty() && batchAtRevision.firstKey() <= revision)
            say("committed " + QByteArray::number(batchAtRevision.take(batchAtRevision.firstKey())));
    });
    QObject::connect(&cache, &gig::CacheDatabase::warningChanged, &app,
                     [](const QString &warning) { say("warning: " + warning.toUtf8()); });

    int batch = 0;
    QTimer producer;
    producer.setInterval(1ms);
    QObject::connect(&producer, &QTimer::timeout, &app, [&] {
        fillBatch(store, tag, batch);
        batchAtRevision.insert(store.revision(), batch);
        ++batch;
    });
    producer.start();
    return app.exec();
}
