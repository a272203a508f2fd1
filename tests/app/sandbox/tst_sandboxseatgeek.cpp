// The sandbox's SeatGeek stand-in, read by gigmap's own SeatGeek parser: the real service's
// paging, errors and placeholders, and the differences to another provider's copy of a gig.
#include "app/sandbox/sandboxseatgeek.h"
#include "app/sandbox/sandboxworld.h"
#include "app/sources/seatgeekparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::SandboxCall;
using gig::SandboxGig;
using gig::SandboxSeatGeek;
using gig::SandboxWorld;

namespace {

const QDateTime now(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);
constexpr double berlinLat = 52.52;
constexpr double berlinLng = 13.405;

SandboxCall eventsCall(const QString &query)
{
    SandboxCall call;
    call.path = u"/2/events"_s;
    call.query = QUrlQuery(query);
    call.now = now;
    return call;
}

QString berlinQuery(int page, int perPage = 100)
{
    return u"client_id=demo&lat=%1&lon=%2&range=20km&taxonomies.name=concert"
           "&datetime_local.gte=2026-12-04T00:00:00&datetime_local.lte=2027-03-03T23:59:59"
           "&per_page=%3&page=%4&sort=id.asc"_s.arg(berlinLat)
               .arg(berlinLng)
               .arg(perPage)
               .arg(page);
}

} // namespace

class TestSandboxSeatGeek : public QObject
{
    Q_OBJECT

private slots:
    void aClientIdIsRequired();
    void pagesCoverEveryGigOnce();
    void listsItsShareOfTheWorldWithoutCancelledGigs();
    void untimedGigsCarryThePlaceholderTime();
    void sharedGigsDifferAsRealProvidersDo();
    void pricesAreUsDollarsOrNull();
    void badParametersAreRefused();

private:
    const SandboxWorld m_world { 1 };
    const SandboxSeatGeek m_seatGeek;
};

void TestSandboxSeatGeek::aClientIdIsRequired()
{
    const gig::SandboxReply reply = m_seatGeek.handle(m_world, eventsCall(u"lat=52.5&lon=13.4"_s));
    QCOMPARE(reply.status, 403);
    QCOMPARE(gig::seatGeekErrorMessage(reply.body), u"Client is required"_s);
    QCOMPARE(m_seatGeek
                 .handle(m_world,
                     [] {
                         SandboxCall call = eventsCall(u"client_id=x"_s);
                         call.path = u"/2/venues"_s;
                         return call;
                     }())
                 .status,
        404);
}

void TestSandboxSeatGeek::pagesCoverEveryGigOnce()
{
    QSet<QString> ids;
    qint64 total = -1;
    for (int page = 1; total < 0 || (page - 1) * 7 < total; ++page) {
        const gig::SandboxReply reply
            = m_seatGeek.handle(m_world, eventsCall(berlinQuery(page, 7)));
        QCOMPARE(reply.status, 200);
        const auto parsed = gig::parseSeatGeekEvents(reply.body);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error->message));
        QCOMPARE(parsed.value.page, page);
        QCOMPARE(parsed.value.perPage, 7);
        total = parsed.value.total;
        for (const gig::Event &event : parsed.value.batch.events) {
            QVERIFY(event.id.startsWith(u"sg:"_s));
            QVERIFY2(!ids.contains(event.id), qPrintable(event.id));
            ids.insert(event.id);
        }
        QVERIFY(page < 100);
    }
    QVERIFY(total > 7);
    QCOMPARE(ids.size(), total);
    // Past the last page: an empty list, the same total.
    const auto beyond = gig::parseSeatGeekEvents(
        m_seatGeek.handle(m_world, eventsCall(berlinQuery(int(total / 7) + 2, 7))).body);
    QVERIFY(beyond.ok() && beyond.value.batch.events.isEmpty());
    QCOMPARE(beyond.value.total, total);
}

void TestSandboxSeatGeek::listsItsShareOfTheWorldWithoutCancelledGigs()
{
    const QList<SandboxGig> near = m_world.gigsNear(berlinLat, berlinLng, 20, now);
    QSet<QString> expected;
    int seatGeekOnly = 0;
    int ticketmasterOnly = 0;
    for (const SandboxGig &gig : near) {
        if (gig.onSeatGeek && gig.status != gig::SandboxGigStatus::Cancelled)
            expected.insert(u"sg:%1"_s.arg(SandboxSeatGeek::idOffset + gig.id));
        seatGeekOnly += gig.onSeatGeek && !gig.onTicketmaster ? 1 : 0;
        ticketmasterOnly += gig.onTicketmaster && !gig.onSeatGeek ? 1 : 0;
    }
    QVERIFY(seatGeekOnly > 0);
    QVERIFY(ticketmasterOnly > 0);

    const auto parsed = gig::parseSeatGeekEvents(
        m_seatGeek.handle(m_world, eventsCall(berlinQuery(1, 100))).body);
    QVERIFY(parsed.ok());
    QVERIFY(parsed.value.total <= 100);
    QSet<QString> listed;
    for (const gig::Event &event : parsed.value.batch.events)
        listed.insert(event.id);
    QCOMPARE(listed, expected);
}

void TestSandboxSeatGeek::untimedGigsCarryThePlaceholderTime()
{
    const gig::SandboxReply reply = m_seatGeek.handle(m_world, eventsCall(berlinQuery(1)));
    const QJsonArray events = QJsonDocument::fromJson(reply.body)[u"events"_s].toArray();
    const auto parsed = gig::parseSeatGeekEvents(reply.body);
    QVERIFY(parsed.ok());
    int untimed = 0;
    for (const QJsonValue &value : events) {
        if (!value[u"time_tbd"_s].toBool())
            continue;
        ++untimed;
        QVERIFY(value[u"datetime_local"_s].toString().endsWith(u"T03:30:00"_s));
        const QString id = u"sg:%1"_s.arg(value[u"id"_s].toInteger());
        const auto event
            = std::find_if(parsed.value.batch.events.cbegin(), parsed.value.batch.events.cend(),
                [&id](const gig::Event &candidate) { return candidate.id == id; });
        QVERIFY(event != parsed.value.batch.events.cend());
        QVERIFY2(!event->start.localTime(), qPrintable(id));
    }
    QVERIFY(untimed > 0);
}

void TestSandboxSeatGeek::sharedGigsDifferAsRealProvidersDo()
{
    const QJsonArray events = QJsonDocument::fromJson(
        m_seatGeek.handle(m_world, eventsCall(berlinQuery(1))).body)[u"events"_s]
                                  .toArray();
    QHash<qint64, QJsonObject> byGig;
    for (const QJsonValue &value : events)
        byGig.insert(value[u"id"_s].toInteger() - SandboxSeatGeek::idOffset, value.toObject());
    int laterStart = 0;
    int otherThe = 0;
    int supportLeftOut = 0;
    int venueMoved = 0;
    for (const SandboxGig &gig : m_world.gigsNear(berlinLat, berlinLng, 20, now)) {
        if (!byGig.contains(gig.id) || !gig.onTicketmaster)
            continue;
        const QJsonObject event = byGig.value(gig.id);
        if (gig.time) {
            const QTime listed
                = QDateTime::fromString(event[u"datetime_local"_s].toString(), Qt::ISODate).time();
            QVERIFY(listed == *gig.time || listed == gig.time->addSecs(15 * 60));
            laterStart += listed != *gig.time ? 1 : 0;
        }
        const QJsonArray performers = event[u"performers"_s].toArray();
        QVERIFY(
            performers.size() == gig.lineup.size() || performers.size() == gig.lineup.size() - 1);
        supportLeftOut += performers.size() < gig.lineup.size() ? 1 : 0;
        const QString headliner = m_world.artist(gig.lineup.constFirst()).name;
        const QString listedHeadliner = performers.at(0)[u"name"_s].toString();
        QVERIFY(listedHeadliner == headliner || listedHeadliner == u"The "_s + headliner
            || u"The "_s + listedHeadliner == headliner);
        otherThe += listedHeadliner != headliner ? 1 : 0;
        const double metres
            = (event[u"venue"_s][u"location"_s][u"lat"_s].toDouble() - gig.venue.lat) * 111'195;
        QVERIFY(std::abs(metres) < 60);
        venueMoved += std::abs(metres) > 40 ? 1 : 0;
    }
    QVERIFY(laterStart > 0);
    QVERIFY(otherThe > 0);
    QVERIFY(supportLeftOut > 0);
    QVERIFY(venueMoved > 0);
}

void TestSandboxSeatGeek::pricesAreUsDollarsOrNull()
{
    const auto parsed
        = gig::parseSeatGeekEvents(m_seatGeek.handle(m_world, eventsCall(berlinQuery(1))).body);
    QVERIFY(parsed.ok());
    int priced = 0;
    int unlisted = 0;
    for (const gig::Event &event : parsed.value.batch.events) {
        if (!event.lowestPrice) {
            ++unlisted;
            continue;
        }
        ++priced;
        QCOMPARE(event.lowestPrice->currency, u"USD"_s);
        QVERIFY(event.lowestPrice->amount >= 20);
    }
    QVERIFY(priced > 0);
    QVERIFY(unlisted > 0);
}

void TestSandboxSeatGeek::badParametersAreRefused()
{
    for (const QString &query :
        { u"client_id=x&lat=52.5&lon=13.4&range=far"_s, u"client_id=x&lat=52.5&lon=13.4&page=0"_s,
            u"client_id=x&lat=52.5&lon=13.4&datetime_local.gte=tomorrow"_s }) {
        const gig::SandboxReply reply = m_seatGeek.handle(m_world, eventsCall(query));
        QCOMPARE(reply.status, 400);
        QVERIFY2(
            gig::seatGeekErrorMessage(reply.body).contains(u"invalid value"_s), qPrintable(query));
    }
}

QTEST_GUILESS_MAIN(TestSandboxSeatGeek)
#include "tst_sandboxseatgeek.moc"
