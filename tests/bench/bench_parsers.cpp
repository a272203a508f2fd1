// Parse speed of the sources' parsers: a 200-event Ticketmaster page and a 100-group MusicBrainz
// page, built like the services' answers. Prints median, min and max beside the target (and BENCH
// lines, see benchreport.h).
#include "app/sources/musicbrainzparser.h"
#include "app/sources/ticketmasterparser.h"
#include "benchreport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

int runs = gig::bench::runs(200, 40); // "bench_parsers N" runs N times instead
constexpr double targetMs = 5.0;

// The parser's own cost is the CPU time of this thread: on a shared, loaded machine wall time
// also counts the time other processes held the core.
using gig::bench::threadCpuMs;

QString uuid(int kind, int i)
{
    return u"%1-0000-4000-8000-%2"_s.arg(kind, 8, 16, QChar(u'0')).arg(i, 12, 16, QChar(u'0'));
}

QByteArray ticketmasterPage(int events)
{
    QJsonArray list;
    for (int i = 0; i < events; ++i) {
        QJsonArray attractions;
        for (int a = 0; a < 3; ++a) {
            const int artist = i * 3 + a;
            attractions.append(QJsonObject {
                { u"name"_s, u"Artist %1, \"the\" band"_s.arg(artist) },
                { u"id"_s, u"K8vZ9%1"_s.arg(artist) },
                { u"type"_s, u"attraction"_s },
                { u"url"_s, u"https://www.ticketmaster.com/artist/%1"_s.arg(artist) },
                { u"externalLinks"_s,
                    QJsonObject { { u"musicbrainz"_s,
                                      QJsonArray { QJsonObject { { u"id"_s, uuid(1, artist) } } } },
                        { u"homepage"_s,
                            QJsonArray {
                                QJsonObject { { u"url"_s, u"https://example.org/"_s } } } } } },
                { u"classifications"_s,
                    QJsonArray { QJsonObject {
                        { u"segment"_s, QJsonObject { { u"name"_s, u"Music"_s } } } } } },
            });
        }
        list.append(QJsonObject {
            { u"name"_s, u"Concert number %1 — Tour 2027"_s.arg(i) },
            { u"type"_s, u"event"_s },
            { u"id"_s, u"G5vYZ9%1"_s.arg(i) },
            { u"url"_s, u"https://www.ticketmaster.com/event/G5vYZ9%1"_s.arg(i) },
            { u"locale"_s, u"en-us"_s },
            { u"images"_s,
                QJsonArray { QJsonObject { { u"url"_s, u"https://s1.ticketm.net/dam/a/1.jpg"_s },
                    { u"width"_s, 640 }, { u"height"_s, 360 } } } },
            { u"dates"_s,
                QJsonObject {
                    { u"start"_s,
                        QJsonObject { { u"localDate"_s,
                                          u"2027-%1-%2"_s.arg(1 + i % 12, 2, 10, QChar(u'0'))
                                              .arg(1 + i % 28, 2, 10, QChar(u'0')) },
                            { u"localTime"_s, u"20:00:00"_s },
                            { u"dateTime"_s,
                                u"2027-%1-%2T19:00:00Z"_s.arg(1 + i % 12, 2, 10, QChar(u'0'))
                                    .arg(1 + i % 28, 2, 10, QChar(u'0')) } } },
                    { u"timezone"_s, u"Europe/Berlin"_s },
                    { u"status"_s,
                        QJsonObject { { u"code"_s, i % 17 ? u"onsale"_s : u"canceled"_s } } } } },
            { u"_embedded"_s,
                QJsonObject {
                    { u"venues"_s,
                        QJsonArray { QJsonObject { { u"name"_s, u"Venue %1"_s.arg(i % 40) },
                            { u"id"_s, u"KovZpZA%1"_s.arg(i % 40) },
                            { u"city"_s, QJsonObject { { u"name"_s, u"Berlin"_s } } },
                            { u"country"_s,
                                QJsonObject {
                                    { u"name"_s, u"Germany"_s }, { u"countryCode"_s, u"DE"_s } } },
                            { u"location"_s,
                                QJsonObject { { u"longitude"_s, u"13.%1"_s.arg(i) },
                                    { u"latitude"_s, u"52.%1"_s.arg(i) } } } } } },
                    { u"attractions"_s, attractions } } },
        });
    }
    const QJsonObject root {
        { u"_embedded"_s, QJsonObject { { u"events"_s, list } } },
        { u"page"_s,
            QJsonObject { { u"size"_s, events }, { u"totalElements"_s, events },
                { u"totalPages"_s, 1 }, { u"number"_s, 0 } } },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray musicBrainzPage(int groups)
{
    static const QStringList types { u"Album"_s, u"EP"_s, u"Single"_s, u"Broadcast"_s };
    QJsonArray list;
    for (int i = 0; i < groups; ++i) {
        QJsonArray secondary;
        if (i % 7 == 0)
            secondary.append(u"Live"_s);
        list.append(QJsonObject {
            { u"id"_s, uuid(2, i) },
            { u"title"_s, u"Release group %1: \"Songs\", Vol. %1"_s.arg(i) },
            { u"primary-type"_s, types.at(i % types.size()) },
            { u"primary-type-id"_s, uuid(3, i % 4) },
            { u"secondary-types"_s, secondary },
            { u"secondary-type-ids"_s, QJsonArray() },
            { u"first-release-date"_s,
                i % 3 == 0 ? u"%1"_s.arg(1970 + i % 50)
                           : u"%1-%2-%3"_s.arg(1970 + i % 50)
                                 .arg(1 + i % 12, 2, 10, QChar(u'0'))
                                 .arg(1 + i % 28, 2, 10, QChar(u'0')) },
            { u"disambiguation"_s, QString() },
        });
    }
    const QJsonObject root { { u"release-group-offset"_s, 0 }, { u"release-group-count"_s, groups },
        { u"release-groups"_s, list } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool measure(const char *name, const QByteArray &body, const std::function<qsizetype()> &parse,
    qsizetype expected, bool hasTarget = true)
{
    QList<double> wall;
    QList<double> cpu;
    wall.reserve(runs);
    cpu.reserve(runs);
    for (int i = 0; i < runs + 5; ++i) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        const qsizetype count = parse();
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        const double cpuElapsed = threadCpuMs() - cpuStart;
        if (count != expected) {
            std::printf("%s: parsed %lld records, expected %lld\n", name, qlonglong(count),
                qlonglong(expected));
            return false;
        }
        if (i >= 5) { // warm-up runs are not counted
            wall.append(elapsed);
            cpu.append(cpuElapsed);
        }
    }
    const gig::bench::Stats w = gig::bench::statsOf(wall);
    const gig::bench::Stats c = gig::bench::statsOf(cpu);
    const bool pass = c.median < targetMs;
    std::printf("%s (%.1f KiB)\n", name, double(body.size()) / 1024.0);
    std::printf("    cpu   median %6.3f ms  min %6.3f ms  max %6.3f ms", c.median, c.min, c.max);
    if (hasTarget)
        std::printf("  target median < %.0f ms  %s", targetMs, pass ? "PASS" : "FAIL");
    std::printf(
        "\n    wall  median %6.3f ms  min %6.3f ms  max %6.3f ms\n", w.median, w.min, w.max);
    const QByteArray figure = QByteArray(name).trimmed() + " ("
        + QByteArray::number(double(body.size()) / 1024.0, 'f', 0) + " KiB)";
    const auto target
        = hasTarget ? gig::bench::Target::below(targetMs) : gig::bench::Target::none();
    gig::bench::report("Parsers", QByteArray(figure + ", thread CPU"), c, "ms", target);
    gig::bench::report("Parsers", QByteArray(figure + ", wall"), w, "ms");
    return pass || !hasTarget;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1)
        runs = std::max(1, QByteArray(argv[1]).toInt());
    QLoggingCategory::setFilterRules(u"gigmap.sources.*=false"_s);

    const QByteArray tm = ticketmasterPage(200);
    const QByteArray mb = musicBrainzPage(100);
    std::printf("bench_parsers: %d runs each (after 5 warm-up runs)\n", runs);
    // Baseline: what QJsonDocument alone costs on the same bytes (no target).
    measure(
        "  (QJsonDocument::fromJson alone)", tm,
        [&] {
            return QJsonDocument::fromJson(tm)
                .object()
                .value(u"_embedded"_s)[u"events"_s]
                .toArray()
                .size();
        },
        200, false);
    bool pass = measure(
        "Ticketmaster page, 200 events", tm,
        [&] { return gig::parseTicketmasterEvents(tm).value.batch.events.size(); }, 200);
    pass = measure(
               "MusicBrainz page, 100 release groups", mb,
               [&] { return gig::parseMusicBrainzReleaseGroups(mb).value.groups.size(); }, 100)
        && pass;
    return pass ? 0 : 1;
}
