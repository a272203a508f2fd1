#include "app/sources/nominatimsource.h"
#include "fakeservice.h"

#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::test::FakeService;

namespace gig {

class TstNominatimSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(u"gigmap.sources.*=false\ngigmap.net.*=false"_s);
    }

    void sendsTheTextExactly_data();
    void sendsTheTextExactly();
    void errorBodyBecomesServiceError();
    void emptyTextIsNotSent();
};

void TstNominatimSource::sendsTheTextExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << u"Berlin"_s;
    QTest::newRow("comma") << u"Brixton, London"_s;
    QTest::newRow("query delimiters") << u"a+b & c=d; e#f %20 |g"_s;
    QTest::newRow("quotes") << u"\"Quoted\" 'single'"_s;
    QTest::newRow("non-Latin") << u"東京都 Köln Кёльн"_s;
    QTest::newRow("formula-like") << u"=cmd @home -x +y"_s;
}

void TstNominatimSource::sendsTheTextExactly()
{
    QFETCH(QString, text);
    QString received;
    FakeService service([&](const QString &path, const QUrlQuery &query) {
        received = query.queryItemValue(u"q"_s, QUrl::FullyDecoded);
        if (path != u"/search"_s || query.queryItemValue(u"format"_s) != u"jsonv2"_s
            || query.queryItemValue(u"limit"_s) != u"5"_s) {
            return FakeService::Answer { 400, R"({"error":"bad request"})"_ba };
        }
        return FakeService::Answer {
            200,
            R"([{"lat":"52.5","lon":"13.4","name":"Berlin","display_name":"Berlin, Deutschland","boundingbox":["52.3","52.7","13.0","13.8"]}])"_ba
        };
    });
    QVERIFY(service.isListening());
    RequestQueue queue;
    test::makeLanesFast(queue);
    NominatimSource source(&queue, { service.root() });
    const auto outcome = test::waitFor(source.search(text));
    QVERIFY(outcome.finished);
    QVERIFY2(!outcome.error, qPrintable(toString(outcome.error.value_or(SourceError {}))));
    const QList<Place> &places = outcome.value;
    QCOMPARE(received, text);
    QCOMPARE(places.size(), 1);
    QCOMPARE(places.first().name, u"Berlin"_s);
    QCOMPARE(places.first().coordinate, QGeoCoordinate(52.5, 13.4));
}

void TstNominatimSource::errorBodyBecomesServiceError()
{
    FakeService service([](const QString &, const QUrlQuery &) {
        return FakeService::Answer { 400,
            R"({"error":{"code":400,"message":"Nothing to search for."}})"_ba };
    });
    RequestQueue queue;
    test::makeLanesFast(queue);
    NominatimSource source(&queue, { service.root() });
    const auto outcome = test::waitFor(source.search(u"x"_s));
    QVERIFY(outcome.error);
    const std::optional<SourceError> &error = outcome.error;
    QCOMPARE(error->kind, SourceError::Kind::ServiceError);
    QCOMPARE(error->message, u"Nothing to search for."_s);
    QCOMPARE(error->httpStatus, 400);
}

void TstNominatimSource::emptyTextIsNotSent()
{
    FakeService service([](const QString &, const QUrlQuery &) {
        return FakeService::Answer { 200, "[]"_ba };
    });
    RequestQueue queue;
    NominatimSource source(&queue, { service.root() });
    PlaceFetch *reply = source.search(u"   "_s);
    std::optional<SourceError> error;
    bool emittedDuringCall = false;
    connect(reply, &SourceReply::finished, this, [&] { error = reply->error(); });
    emittedDuringCall = error.has_value();
    QTRY_VERIFY(error.has_value());
    QVERIFY(!emittedDuringCall); // reported from the event loop, after the caller connected
    QCOMPARE(error->kind, SourceError::Kind::InvalidQuery);
    QVERIFY(service.requests().isEmpty());
}

} // namespace gig

QTEST_GUILESS_MAIN(gig::TstNominatimSource)
#include "tst_nominatimsource.moc"
