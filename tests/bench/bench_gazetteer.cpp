// The offline gazetteer (app/gazetteer, models/cityindex.h, ui/map/citylabellayer.h) on GeoNames'
// 24,000 cities as libgeonames gives them: suggestions per keystroke (target 5 ms), the city of
// a picked point (target 1 ms) and the city names of a map frame (target 2 ms). Beside them, in
// the same run: libgeonames' own query for the same keystrokes, and the same frames painted
// without names. Prints BENCH lines (benchreport.h); exits 1 when a target is missed.
#include "app/gazetteer/geonamescities.h"
#include "benchreport.h"
#include "models/cityindex.h"
#include "models/mercator.h"
#include "ui/map/citylabellayer.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#undef signals // GLib's headers name a struct member so
#include <geonames.h>

using namespace Qt::StringLiterals;

namespace {

constexpr char section[] = "Gazetteer";

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Every keystroke of typing these names, one letter at a time.
QStringList keystrokes()
{
    QStringList typed;
    for (const QString &name : { u"Berlin"_s, u"Lisbon"_s, u"San Francisco"_s, u"Tokyo"_s,
             u"Manchester"_s, u"São Paulo"_s, u"Springfield"_s, u"Ouagadougou"_s }) {
        for (qsizetype length = 1; length <= name.size(); ++length)
            typed.append(name.left(length));
    }
    return typed;
}

gig::MapCamera cameraAt(const QGeoCoordinate &where, double zoom)
{
    gig::MapCamera camera;
    camera.centre = gig::Mercator::project(where, 0) / gig::Mercator::TileSize;
    camera.zoom = zoom;
    camera.viewport = QSizeF(1200, 800);
    return camera;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const int runs = gig::bench::runs(9, 3);

    QList<double> loadMs;
    gig::CityIndex cities;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        cities = gig::CityIndex(gig::loadGeonamesCities());
        loadMs.append(elapsedMs(timer));
    }

    // Suggestions: ours and libgeonames' query, keystroke by keystroke, alternating.
    const QStringList typed = keystrokes();
    QList<double> searchMs;
    QList<double> libraryMs;
    qsizetype found = 0;
    for (const QString &text : typed) {
        QElapsedTimer timer;
        timer.start();
        found += cities.search(text, 8).size();
        searchMs.append(elapsedMs(timer));
        timer.start();
        guint length = 0;
        g_autofree gint *hits = geonames_query_cities_sync(
            text.toUtf8().constData(), GEONAMES_QUERY_DEFAULT, &length, nullptr, nullptr);
        libraryMs.append(elapsedMs(timer));
    }

    // Misspelt names (a slip in each of the keystrokes' texts of four letters or more): the
    // guesses offered when no city starts with what was typed.
    QList<double> guessMs;
    for (const QString &text : typed) {
        if (text.size() < 4)
            continue;
        QString slipped = text;
        std::swap(slipped[1], slipped[2]);
        QElapsedTimer timer;
        timer.start();
        found += cities.closeTo(slipped, 8).size();
        guessMs.append(elapsedMs(timer));
    }

    // The city of a picked point: points around random cities, some far out at sea.
    QRandomGenerator random(20261204);
    QList<double> nameUs;
    for (int i = 0; i < 2000; ++i) {
        const gig::City &near = cities.city(random.bounded(int(cities.size())));
        const QGeoCoordinate where
            = near.coordinate.atDistanceAndAzimuth(random.bounded(60'000.0), random.bounded(360.0));
        QElapsedTimer timer;
        timer.start();
        const QString name = cities.placeNameAt(where);
        nameUs.append(double(timer.nsecsElapsed()) / 1e3);
        found += name.isEmpty() ? 0 : 1;
    }

    // Map frames from world to street zoom over several regions, painted with and without names.
    gig::CityLabelLayer layer;
    layer.setCities(&cities);
    const QFont font(u"DejaVu Sans"_s, 9);
    QImage frame(1200, 800, QImage::Format_ARGB32_Premultiplied);
    QList<double> labelsMs;
    QList<double> plainMs;
    int labelCount = 0;
    const QList<QGeoCoordinate> regions { QGeoCoordinate(51, 6), QGeoCoordinate(40.7, -74),
        QGeoCoordinate(35.7, 139.7), QGeoCoordinate(-23.5, -46.6), QGeoCoordinate(19, 73) };
    for (int run = 0; run < runs; ++run) {
        for (const QGeoCoordinate &region : regions) {
            for (double zoom = 2; zoom <= 12; zoom += 1) {
                const gig::MapCamera camera = cameraAt(region, zoom);
                QElapsedTimer timer;
                timer.start();
                {
                    QPainter painter(&frame);
                    painter.fillRect(frame.rect(), Qt::white);
                }
                plainMs.append(elapsedMs(timer));
                timer.start();
                {
                    QPainter painter(&frame);
                    painter.fillRect(frame.rect(), Qt::white);
                    layer.paint(painter, camera, font);
                }
                labelsMs.append(elapsedMs(timer));
                labelCount += int(layer.layout(camera, font).size());
            }
        }
    }

    const auto search = gig::bench::statsOf(searchMs);
    const auto library = gig::bench::statsOf(libraryMs);
    const auto guess = gig::bench::statsOf(guessMs);
    const auto name = gig::bench::statsOf(nameUs);
    const auto labels = gig::bench::statsOf(labelsMs);
    const auto plain = gig::bench::statsOf(plainMs);
    std::printf("gazetteer: %lld cities, %lld keystrokes, %d labels drawn, %lld found\n",
        static_cast<long long>(cities.size()), static_cast<long long>(typed.size()), labelCount,
        static_cast<long long>(found));

    gig::bench::report(
        section, "read GeoNames' cities from libgeonames and index them", loadMs, "ms");
    gig::bench::report(section, "cities read", gig::bench::single(double(cities.size())), "cities");
    bool pass = gig::bench::report(
        section, "suggestions for one keystroke", search, "ms", gig::bench::Target::atMost(5));
    gig::bench::report(section, "baseline: libgeonames' query for one keystroke", library, "ms");
    gig::bench::report(section, "ratio suggestions / libgeonames' query (medians)",
        gig::bench::single(library.median > 0 ? search.median / library.median : 0), "ratio");
    pass = gig::bench::report(section, "guesses for a misspelt keystroke", guess, "ms",
               gig::bench::Target::atMost(5))
        && pass;
    gig::bench::report(section, "ratio guesses / suggestions (medians)",
        gig::bench::single(search.median > 0 ? guess.median / search.median : 0), "ratio");
    pass = gig::bench::report(
               section, "the name of a picked point", name, "µs", gig::bench::Target::atMost(1000))
        && pass;
    pass = gig::bench::report(section, "a 1200×800 frame with city names, zoom 2 to 12", labels,
               "ms", gig::bench::Target::atMost(2))
        && pass;
    gig::bench::report(section, "baseline: the same frame without names", plain, "ms");
    gig::bench::report(section, "city names' share of a frame (median difference)",
        gig::bench::single(labels.median - plain.median), "ms");
    return pass ? 0 : 1;
}
