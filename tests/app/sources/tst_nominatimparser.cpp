#include "app/sources/nominatimparser.h"
#include "fixture.h"

#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::test::fixture;

namespace gig {

class TstNominatimParser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Skipped records are asserted through Parsed::skipped; keep the log quiet.
        QLoggingCategory::setFilterRules(u"gigmap.sources.warning=false"_s);
    }

    void answersGivePlacesOrTypedErrors_data();
    void answersGivePlacesOrTypedErrors();
    void readsEachPlaceAsDocumented();
};

void TstNominatimParser::answersGivePlacesOrTypedErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("errorKind"); // -1: no error
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("places");
    QTest::addColumn<int>("skipped");

    const int none = -1;
    const int bad = int(SourceError::Kind::BadResponse);
    const int service = int(SourceError::Kind::ServiceError);
    QTest::newRow("places") << u"search.json"_s << none << QString() << 4 << 3;
    QTest::newRow("no places") << u"search_empty.json"_s << none << QString() << 0 << 0;
    QTest::newRow("error object") << u"error.json"_s << service << u"Parameter 'format'"_s << 0
                                  << 0;
    QTest::newRow("error string") << u"error_string.json"_s << service << u"Unable to geocode"_s
                                  << 0 << 0;
    QTest::newRow("truncated") << u"truncated.json"_s << bad << u"not JSON"_s << 0 << 0;
    QTest::newRow("object, not list")
        << u"wrong_types.json"_s << bad << u"not a JSON array"_s << 0 << 0;
    QTest::newRow("empty body") << u"empty.json"_s << bad << u"empty"_s << 0 << 0;
    QTest::newRow("html") << u"html.json"_s << bad << u"HTML"_s << 0 << 0;
    QTest::newRow("huge numbers") << u"huge_numbers.json"_s << none << QString() << 1 << 1;
}

void TstNominatimParser::answersGivePlacesOrTypedErrors()
{
    QFETCH(QString, file);
    QFETCH(int, errorKind);
    QFETCH(QString, message);
    QFETCH(int, places);
    QFETCH(int, skipped);

    const auto result = parseNominatimSearch(fixture(u"nominatim/"_s + file));
    test::verifyOutcome(result, errorKind, message);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(result.value.size(), places);
    QCOMPARE(result.skipped.size(), skipped);
}

void TstNominatimParser::readsEachPlaceAsDocumented()
{
    const auto result = parseNominatimSearch(fixture(u"nominatim/search.json"_s));
    const auto &places = result.value;
    QCOMPARE(places.at(0),
        (Place { u"Berlin"_s, u"Berlin, Deutschland"_s, QGeoCoordinate(52.5170365, 13.3888599),
            QGeoRectangle(
                QGeoCoordinate(52.6755087, 13.0883450), QGeoCoordinate(52.3382448, 13.7611609)) }));
    QCOMPARE(places.at(1).name, u"東京都"_s);
    // An empty name falls back to the first part of the display name; a bad box is dropped.
    QCOMPARE(places.at(2).name, u"Zug"_s);
    QVERIFY(!places.at(2).boundingBox.isValid());
    QCOMPARE(places.at(3).name, u"=SUM(A1)"_s);
    QCOMPARE(places.at(3).displayName, u"=SUM(A1), \"Quoted\",\nSydney"_s);
    QCOMPARE(places.at(3).coordinate, QGeoCoordinate(-33.8, 151.2));
}

} // namespace gig

QTEST_GUILESS_MAIN(gig::TstNominatimParser)
#include "tst_nominatimparser.moc"
