// The source clients against the SandboxServer: a full fetch of a place through each event
// source, then the latest release of every artist of that place's lineups, with the sandbox's
// request log showing every page and every MBID asked exactly once.
#include "app/sandbox/sandboxserver.h"
#include "app/sources/musicbrainzsource.h"
#include "app/sources/nominatimsource.h"
#include "app/sources/songkicksource.h"
#include "app/sources/ticketmastersource.h"
#include "fakeservice.h"

#include <QLoggingCategory>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

const QDate today(2026, 11, 26);
const EventQuery berlin { QGeoCoordinate(52.52, 13.405), 30.0, today, today.addDays(60) };

// "path?query" of every request the sandbox logged for `service`, in order.
QStringList loggedRequests(const SandboxServer &server, SandboxService service)
{
    QStringList requests;
    for (const SandboxRequest &request : server.requestLog()) {
        if (request.service == service)
            requests.append(request.path + u'?' + request.query.toString(QUrl::FullyDecoded));
    }
    return requests;
}

QStringList duplicates(QStringList list)
{
    list.sort();
    QStringList repeated;
    for (qsizetype i = 1; i < list.size(); ++i) {
        if (list.at(i) == list.at(i - 1) && !repeated.contains(list.at(i)))
            repeated.append(list.at(i));
    }
    return repeated;
}

} // namespace

class TstSourcesIntegration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void ticketmasterFetchesAPlaceFully();
    void songkickFetchesAPlaceFully();
    void everyReleaseOfThePlaceIsFetchedOnce();
    void nominatimFindsAPlace();
    void faultsBecomeTypedErrors_data();
    void faultsBecomeTypedErrors();

private:
    EventBatch fetchEvents(EventSource &source, std::optional<SourceError> *error = nullptr);

    SandboxServer m_server;
    RequestQueue m_queue;
    EventBatch m_ticketmaster; // kept for the release test
    EventBatch m_songkick;
};

void TstSourcesIntegration::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(u"gigmap.*.debug=false\ngigmap.sources.warning=false"_s);
    QVERIFY(m_server.listen());
    m_server.setToday(today);
    m_server.setRealism(false);
    test::makeLanesFast(m_queue);
}

void TstSourcesIntegration::init()
{
    m_server.clearFaults();
    m_server.clearRequestLog();
}

EventBatch TstSourcesIntegration::fetchEvents(
    EventSource &source, std::optional<SourceError> *error)
{
    const auto outcome = test::waitFor(source.fetchEvents(berlin), 60000);
    if (error)
        *error = outcome.finished ? outcome.error
                                  : SourceError { SourceError::Kind::Timeout, u"no answer"_s, 0 };
    return outcome.value;
}

void TstSourcesIntegration::ticketmasterFetchesAPlaceFully()
{
    TicketmasterSource source(
        &m_queue, { m_server.serviceRoot(SandboxService::Ticketmaster), u"sandbox-key"_s });
    std::optional<SourceError> error;
    m_ticketmaster = fetchEvents(source, &error);
    QVERIFY2(!error, qPrintable(toString(error.value_or(SourceError {}))));
    QVERIFY(m_ticketmaster.complete);
    QVERIFY2(m_ticketmaster.events.size() > 20,
        qPrintable(QString::number(m_ticketmaster.events.size())));

    const QStringList requests = loggedRequests(m_server, SandboxService::Ticketmaster);
    QVERIFY(duplicates(requests).isEmpty()); // every page once
    // Pages 0…n-1 of each range, and what the sandbox answered adds up to what we kept.
    QSet<QString> ids;
    QSet<QString> artistIds;
    for (const Artist &artist : std::as_const(m_ticketmaster.artists))
        artistIds.insert(artist.id);
    for (const Event &event : std::as_const(m_ticketmaster.events)) {
        QVERIFY(event.id.startsWith(u"tm:"_s));
        QVERIFY(!ids.contains(event.id));
        ids.insert(event.id);
        QVERIFY(event.start.isValid());
        for (const QString &id : event.lineup)
            QVERIFY2(artistIds.contains(id), qPrintable(id)); // every lineup id has its artist
    }
    for (const SandboxRequest &request : m_server.requestLog()) {
        QCOMPARE(request.status, 200);
        QCOMPARE(request.query.queryItemValue(u"classificationName"_s), u"music"_s);
        QVERIFY(request.query.queryItemValue(u"size"_s).toInt()
                * request.query.queryItemValue(u"page"_s).toInt()
            < 1000);
    }
}

void TstSourcesIntegration::songkickFetchesAPlaceFully()
{
    SongkickSource source(
        &m_queue, { m_server.serviceRoot(SandboxService::Songkick), u"sandbox-key"_s });
    std::optional<SourceError> error;
    m_songkick = fetchEvents(source, &error);
    QVERIFY2(!error, qPrintable(toString(error.value_or(SourceError {}))));
    QVERIFY(!m_songkick.metroArea.isEmpty());
    QVERIFY2(m_songkick.events.size() > 20, qPrintable(QString::number(m_songkick.events.size())));

    const QStringList requests = loggedRequests(m_server, SandboxService::Songkick);
    QVERIFY(duplicates(requests).isEmpty()); // the location once, every calendar page once
    QCOMPARE(requests.filter(u"/search/locations.json"_s).size(), 1);
    const QStringList pages = requests.filter(u"/calendar.json"_s);
    QVERIFY(pages.size() >= 2);
    for (const Event &event : std::as_const(m_songkick.events)) {
        QVERIFY(event.id.startsWith(u"sk:"_s));
        QVERIFY(event.start.localDate() >= berlin.from && event.start.localDate() <= berlin.to);
        if (event.venue.coordinate.isValid())
            QVERIFY(event.venue.coordinate.distanceTo(berlin.centre) <= berlin.radiusKm * 1000);
    }
}

void TstSourcesIntegration::everyReleaseOfThePlaceIsFetchedOnce()
{
    if (m_ticketmaster.artists.isEmpty() || m_songkick.artists.isEmpty())
        QSKIP("needs the event fetches of the tests before it");
    // As the release refresher will: one fetch per MBID, one per name for artists without one.
    QHash<QString, Artist> byMbid;
    QHash<QString, Artist> byName;
    for (const Artist &artist : m_ticketmaster.artists + m_songkick.artists) {
        if (artist.hasMbid())
            byMbid.insert(artist.mbid, artist);
        else
            byName.insert(artist.name, artist);
    }
    QVERIFY(!byMbid.isEmpty());

    MusicBrainzSource source(&m_queue, { m_server.serviceRoot(SandboxService::MusicBrainz) });
    QList<ReleaseAnswer> answers;
    int failures = 0;
    const QList<Artist> artists = byMbid.values() + byName.values();
    for (const Artist &artist : artists) {
        ReleaseFetch *reply = source.fetchLatestRelease(artist, today);
        connect(reply, &SourceReply::finished, this, [&answers, &failures, reply] {
            if (reply->error()) {
                qWarning() << *reply->error();
                ++failures;
            } else {
                answers.append(reply->value());
            }
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answers.size() + failures, artists.size(), 120000);
    QCOMPARE(failures, 0);

    const QStringList requests = loggedRequests(m_server, SandboxService::MusicBrainz);
    QVERIFY(duplicates(requests).isEmpty()); // every page of every MBID once, every name once
    QHash<QString, int> pagesAsked;
    for (const SandboxRequest &request : m_server.requestLog()) {
        QCOMPARE(request.status, 200);
        if (request.path.endsWith(u"/release-group"_s))
            ++pagesAsked[request.query.queryItemValue(u"artist"_s)];
    }
    int withRelease = 0;
    int multiPage = 0;
    int searched = 0;
    for (const ReleaseAnswer &answer : std::as_const(answers)) {
        if (answer.mbid.isEmpty())
            continue;
        const int pages = std::max(1, (answer.releaseGroupCount + 99) / 100);
        QCOMPARE(pagesAsked.value(answer.mbid), pages);
        withRelease += answer.release.has_value();
        multiPage += pages > 1;
        searched += answer.mbidFromSearch;
        if (answer.release)
            QVERIFY(answer.release->date.isReleasedBy(today));
    }
    // Every MBID the events named was asked about.
    for (const QString &mbid : byMbid.keys())
        QVERIFY2(pagesAsked.contains(mbid), qPrintable(mbid));
    QCOMPARE(requests.filter(u"/artist?"_s).size(), byName.size());
    QVERIFY(withRelease > 0);
    qInfo() << answers.size() << "artists," << withRelease << "with a release," << multiPage
            << "with several pages," << searched << "found by name;" << requests.size()
            << "requests";
}

void TstSourcesIntegration::nominatimFindsAPlace()
{
    NominatimSource source(&m_queue, { m_server.serviceRoot(SandboxService::Nominatim) });
    const auto outcome = test::waitFor(source.search(u"Köln"_s));
    QVERIFY(outcome.finished);
    QVERIFY(!outcome.error);
    const QList<Place> &places = outcome.value;
    QVERIFY(!places.isEmpty());
    QVERIFY(places.first().coordinate.distanceTo(QGeoCoordinate(50.94, 6.96)) < 20000);
    QCOMPARE(m_server.requestCount(SandboxService::Nominatim), 1);
}

void TstSourcesIntegration::faultsBecomeTypedErrors_data()
{
    QTest::addColumn<SandboxFault::Kind>("fault");
    QTest::addColumn<SourceError::Kind>("kind");
    QTest::newRow("429") << SandboxFault::Kind::TooManyRequests << SourceError::Kind::RateLimited;
    QTest::newRow("503") << SandboxFault::Kind::ServiceUnavailable
                         << SourceError::Kind::RateLimited;
    QTest::newRow("500") << SandboxFault::Kind::InternalError << SourceError::Kind::ServiceError;
    QTest::newRow("malformed JSON")
        << SandboxFault::Kind::MalformedJson << SourceError::Kind::BadResponse;
    QTest::newRow("HTML") << SandboxFault::Kind::WrongContentType << SourceError::Kind::BadResponse;
    QTest::newRow("wrong shape") << SandboxFault::Kind::WrongShape
                                 << SourceError::Kind::BadResponse;
    QTest::newRow("reset") << SandboxFault::Kind::ConnectionReset << SourceError::Kind::Network;
}

void TstSourcesIntegration::faultsBecomeTypedErrors()
{
    QFETCH(SandboxFault::Kind, fault);
    QFETCH(SourceError::Kind, kind);
    SandboxFault setting;
    setting.kind = fault;
    for (SandboxService service : { SandboxService::Ticketmaster, SandboxService::MusicBrainz })
        m_server.setFault(service, setting);

    TicketmasterSource ticketmaster(
        &m_queue, { m_server.serviceRoot(SandboxService::Ticketmaster), u"k"_s });
    std::optional<SourceError> error;
    fetchEvents(ticketmaster, &error);
    QVERIFY(error);
    QCOMPARE(error->kind, kind);
    QVERIFY(!error->message.isEmpty());

    // An artist the sandbox knows, so that only the fault stands between us and its answer.
    const auto known = std::find_if(m_songkick.artists.cbegin(), m_songkick.artists.cend(),
        [](const Artist &artist) { return artist.hasMbid(); });
    if (known == m_songkick.artists.cend())
        QSKIP("needs the Songkick fetch of the tests before it");
    MusicBrainzSource musicBrainz(&m_queue, { m_server.serviceRoot(SandboxService::MusicBrainz) });
    const auto release = test::waitFor(musicBrainz.fetchLatestRelease(*known, today));
    QVERIFY(release.finished);
    QVERIFY(release.error);
    QCOMPARE(release.error->kind, kind);
}

} // namespace gig

QTEST_GUILESS_MAIN(gig::TstSourcesIntegration)
#include "tst_sourcesintegration.moc"
