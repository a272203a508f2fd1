// Benchmark of the sandbox: answer times of its busiest endpoints and its throughput under load.
// Prints median, min and max beside each target (and BENCH lines, see benchreport.h).
#include "app/sandbox/sandboxserver.h"
#include "app/sandbox/sandboxticketmaster.h"
#include "benchreport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

bool report(const char *name, const QList<double> &samples, double targetMs)
{
    const gig::bench::Stats figures = gig::bench::statsOf(samples);
    const bool pass = figures.median <= targetMs;
    std::printf(
        "%-44s median %8.2f ms  min %8.2f ms  max %8.2f ms  target median <= %6.1f ms  %s\n", name,
        figures.median, figures.min, figures.max, targetMs, pass ? "PASS" : "FAIL");
    gig::bench::report("Sandbox", name, figures, "ms", gig::bench::Target::atMost(targetMs));
    return pass;
}

// Fetches each URL in turn and returns how long each answer took.
QList<double> timeEach(QNetworkAccessManager &network, const QList<QUrl> &urls)
{
    QList<double> samples;
    for (const QUrl &url : urls) {
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        samples.append(double(timer.nsecsElapsed()) / 1e6);
        if (reply->error() != QNetworkReply::NoError)
            std::printf(
                "  failed: %s %s\n", qPrintable(url.toString()), qPrintable(reply->errorString()));
        reply->deleteLater();
    }
    return samples;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    gig::SandboxServer server;
    server.setRealism(false);
    server.setToday(QDate(2026, 11, 26));
    if (!server.listen())
        return 1;
    QNetworkAccessManager network;
    const QString base = server.baseUrl().toString();
    bool pass = true;
    std::printf("gigmap sandbox benchmark (machine: 2 cores shared)\n");

    // Ticketmaster around 100 different points, 30 km, 50 events a page: cold generation.
    QList<QUrl> tm;
    for (int i = 0; i < 100; ++i) {
        const double lat = -40 + (i * 37) % 100;
        const double lng = -170 + (i * 71) % 340;
        tm.append(QUrl(base
            + u"/ticketmaster/discovery/v2/events.json?apikey=b&geoPoint=%1&radius=30&unit=km&size=50"_s
                  .arg(gig::SandboxTicketmaster::encodeGeohash(lat, lng, 6))));
    }
    pass = report("ticketmaster events.json, new place", timeEach(network, tm), 50) && pass;
    pass = report("ticketmaster events.json, same place again", timeEach(network, tm), 20) && pass;

    QList<QUrl> city;
    for (int page = 0; page < 4; ++page)
        city.append(QUrl(base
            + u"/songkick/api/3.0/metro_areas/24000/calendar.json?apikey=b&page=%1"_s.arg(
                page + 1)));
    pass
        = report("songkick calendar.json (London, 50 a page)", timeEach(network, city), 30) && pass;

    QList<QUrl> tiles;
    for (int i = 0; i < 60; ++i) {
        const int zoom = 3 + i % 8;
        const int count = 1 << zoom;
        tiles.append(QUrl(base
            + u"/tiles/%1/%2/%3.png"_s.arg(zoom)
                  .arg((i * 7919) % count)
                  .arg(count / 4 + (i * 31) % (count / 2))));
    }
    pass = report("tile, first render", timeEach(network, tiles), 60) && pass;

    // Throughput: 3000 mixed requests, 12 in flight, every 50th delayed 200 ms by a fault.
    QList<QUrl> mixed;
    for (int i = 0; i < 3000; ++i) {
        switch (i % 4) {
        case 0:
            mixed.append(tm.at(i % tm.size()));
            break;
        case 1:
            mixed.append(tiles.at(i % tiles.size()));
            break;
        case 2:
            mixed.append(QUrl(base
                + u"/nominatim/search?q=%1&format=jsonv2"_s.arg(
                    QStringList { u"Berlin"_s, u"Lima"_s, u"Oslo"_s }.at(i % 3))));
            break;
        default:
            mixed.append(QUrl(base + u"/musicbrainz/ws/2/artist?query=tides&limit=5&fmt=json"_s));
            break;
        }
    }
    QElapsedTimer total;
    total.start();
    int next = 0;
    int done = 0;
    int failures = 0;
    QEventLoop loop;
    std::function<void()> launch = [&] {
        const int index = next++;
        if (index % 50 == 49) {
            gig::SandboxFault fault;
            fault.kind = gig::SandboxFault::Kind::Latency;
            fault.latency = std::chrono::milliseconds(200);
            fault.remaining = 1;
            server.setFault(gig::SandboxService::Nominatim, fault);
        }
        QNetworkReply *reply = network.get(QNetworkRequest(mixed.at(index)));
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            failures += reply->error() == QNetworkReply::NoError ? 0 : 1;
            reply->deleteLater();
            if (++done == mixed.size())
                loop.quit();
            else if (next < mixed.size())
                launch();
        });
    };
    for (int i = 0; i < 12; ++i)
        launch();
    loop.exec();
    const double seconds = double(total.elapsed()) / 1000.0;
    const bool throughputPass = seconds <= 10.0 && failures == 0;
    std::printf(
        "%-44s %8.2f s for %lld requests (%.0f/s), %d failed  target <= 10 s, 0 failed  %s\n",
        "mixed load, 12 in flight", seconds, qlonglong(mixed.size()),
        double(mixed.size()) / seconds, failures, throughputPass ? "PASS" : "FAIL");
    gig::bench::report("Sandbox",
        "mixed load: 3000 requests, 12 in flight, every 50th delayed 200 ms",
        gig::bench::single(seconds), "s",
        gig::bench::Target::custom("≤ 10 s, none failed", throughputPass));
    gig::bench::report("Sandbox", "mixed load: failed requests", gig::bench::single(failures),
        "requests", gig::bench::Target::atMost(0));
    pass = pass && throughputPass;
    return pass ? 0 : 1;
}
