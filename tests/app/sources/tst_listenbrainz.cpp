// ListenBrainz's top artists: the parser on recorded answer shapes, and the source against the
// sandbox's ListenBrainz (known, unknown and new users, faults).
#include "app/net/requestqueue.h"
#include "app/sandbox/sandboxlistenbrainz.h"
#include "app/sandbox/sandboxserver.h"
#include "app/sources/listenbrainzparser.h"
#include "app/sources/listenbrainzsource.h"
#include "fixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::ListenBrainzFetch;
using gig::ListenBrainzSource;
using gig::SandboxService;
using gig::SourceError;

class TestListenBrainz : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsTopArtistsWithAndWithoutMbids();
    void readsTheOlderListOfMbids();
    void errorsAndWrongShapesAreSaid();
    void sourceReadsAUsersArtistsFromTheSandbox();
    void unknownUserIsAServiceError404();
    void userWithoutStatisticsHasNone();
    void failingServiceIsAnError();
    void urlEncodesTheUserName();

private:
    std::optional<SourceError> fetch(const QString &user, gig::ListenBrainzTopArtists *answer);

    gig::SandboxServer m_server;
    std::unique_ptr<gig::RequestQueue> m_queue;
    std::unique_ptr<ListenBrainzSource> m_source;
};

void TestListenBrainz::initTestCase()
{
    QVERIFY(m_server.listen());
    m_server.setRealism(false);
    m_queue = std::make_unique<gig::RequestQueue>();
    m_source = std::make_unique<ListenBrainzSource>(
        m_queue.get(), m_server.serviceRoot(SandboxService::ListenBrainz));
}

void TestListenBrainz::readsTopArtistsWithAndWithoutMbids()
{
    const auto parsed
        = gig::parseListenBrainzTopArtists(gig::test::fixture(u"listenbrainz/top_artists.json"_s));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value.totalArtistCount, 812);
    QCOMPARE(parsed.value.artists,
        (QList<gig::ListenedArtist> {
            { u"Radiohead"_s, u"a74b1b7f-71a5-4011-9441-d0b5e4122711"_s, 1843 },
            { u"Björk"_s, u"87c5dedd-371d-4a53-9f7f-80522fb7f3cb"_s, 977 },
            { u"Some Bootleg Uploader"_s, QString(), 310 },
            { u"Sigur Rós"_s, u"f54ba4c6-12dd-4358-9136-c64ad89420c5"_s, 254 } }));
}

void TestListenBrainz::readsTheOlderListOfMbids()
{
    const auto parsed = gig::parseListenBrainzTopArtists(
        gig::test::fixture(u"listenbrainz/top_artists_mbid_list.json"_s));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value.artists,
        (QList<gig::ListenedArtist> {
            { u"The Beatles"_s, u"b10bbbfc-cf9e-42e0-be17-e2c3e1d2600d"_s, 52 },
            { u"Unknown Local Band"_s, QString(), 12 } }));
    QCOMPARE(parsed.skipped.size(), 1); // the entry with neither name nor MBID
}

void TestListenBrainz::errorsAndWrongShapesAreSaid()
{
    const QByteArray notFound = gig::test::fixture(u"listenbrainz/user_not_found.json"_s);
    QCOMPARE(gig::listenBrainzErrorMessage(notFound), u"Cannot find user: nobody-at-all"_s);
    const auto error = gig::parseListenBrainzTopArtists(notFound);
    QVERIFY(!error.ok());
    QCOMPARE(error.error->kind, SourceError::Kind::ServiceError);
    const auto wrong
        = gig::parseListenBrainzTopArtists(gig::test::fixture(u"listenbrainz/wrong_shape.json"_s));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error->kind, SourceError::Kind::BadResponse);
    const auto garbage = gig::parseListenBrainzTopArtists("<html>Bad Gateway</html>");
    QCOMPARE(garbage.error->kind, SourceError::Kind::BadResponse);
}

std::optional<SourceError> TestListenBrainz::fetch(
    const QString &user, gig::ListenBrainzTopArtists *answer)
{
    ListenBrainzFetch *reply = m_source->topArtists(user);
    QSignalSpy finished(reply, &gig::SourceReply::finished);
    std::optional<SourceError> error;
    connect(reply, &gig::SourceReply::finished, this, [reply, &error, answer] {
        error = reply->error();
        *answer = reply->value();
    });
    if (!finished.wait(20000))
        return SourceError { SourceError::Kind::Timeout, u"the test waited in vain"_s, 0 };
    return error;
}

void TestListenBrainz::sourceReadsAUsersArtistsFromTheSandbox()
{
    gig::ListenBrainzTopArtists answer;
    const auto error = fetch(u"rob"_s, &answer);
    QVERIFY2(!error, qPrintable(toString(error.value_or(SourceError {}))));
    const int total = gig::SandboxListenBrainz::artistCountOf(u"rob"_s);
    QCOMPARE(answer.totalArtistCount, total);
    QCOMPARE(answer.artists.size(), std::min(total, 100));
    QVERIFY(!answer.noStatistics);
    int withMbid = 0;
    for (qsizetype i = 0; i < answer.artists.size(); ++i) {
        const gig::ListenedArtist &artist = answer.artists.at(i);
        QVERIFY(!artist.name.isEmpty());
        if (!artist.mbid.isEmpty())
            ++withMbid;
        if (i > 0) // most listened first
            QVERIFY(artist.listenCount <= answer.artists.at(i - 1).listenCount);
    }
    QVERIFY(withMbid > answer.artists.size() / 2);
    // The same user, the same answer.
    gig::ListenBrainzTopArtists again;
    QVERIFY(!fetch(u"rob"_s, &again));
    QCOMPARE(again, answer);
    // The request asked for all-time statistics, 100 artists.
    const QUrl asked = m_source->topArtistsUrl(u"rob"_s, 100);
    QCOMPARE(asked.query(), u"range=all_time&count=100"_s);
}

void TestListenBrainz::unknownUserIsAServiceError404()
{
    gig::ListenBrainzTopArtists answer;
    const auto error = fetch(u"unknown-listener"_s, &answer);
    QVERIFY(error);
    QCOMPARE(error->kind, SourceError::Kind::ServiceError);
    QCOMPARE(error->httpStatus, 404);
    QVERIFY2(error->message.contains(u"Cannot find user: unknown-listener"_s),
        qPrintable(error->message));
}

void TestListenBrainz::userWithoutStatisticsHasNone()
{
    gig::ListenBrainzTopArtists answer;
    QVERIFY(!fetch(u"newcomer"_s, &answer));
    QVERIFY(answer.noStatistics);
    QVERIFY(answer.artists.isEmpty());
}

void TestListenBrainz::failingServiceIsAnError()
{
    gig::SandboxFault fault;
    fault.kind = gig::SandboxFault::Kind::WrongShape;
    m_server.setFault(SandboxService::ListenBrainz, fault);
    gig::ListenBrainzTopArtists answer;
    auto error = fetch(u"rob"_s, &answer);
    QVERIFY(error);
    QCOMPARE(error->kind, SourceError::Kind::BadResponse);
    m_server.setFault(SandboxService::ListenBrainz, {});
    QVERIFY(!fetch(u"rob"_s, &answer)); // and it works again
    QVERIFY(!answer.artists.isEmpty());
    const auto noName = fetch(u"  "_s, &answer); // no name: not asked
    QVERIFY(noName);
    QCOMPARE(noName->kind, SourceError::Kind::InvalidQuery);
}

void TestListenBrainz::urlEncodesTheUserName()
{
    const QUrl url = m_source->topArtistsUrl(u"a b/ü%"_s, 500);
    QVERIFY2(
        url.toString(QUrl::FullyEncoded).contains(u"/1/stats/user/a%20b%2F%C3%BC%25/artists"_s),
        qPrintable(url.toString(QUrl::FullyEncoded)));
    QVERIFY(url.query().endsWith(u"count=100"_s)); // at most 100 in one answer
    gig::ListenBrainzTopArtists answer;
    QVERIFY(!fetch(u"a b"_s, &answer)); // the sandbox reads the name back
    QVERIFY(!answer.artists.isEmpty());
}

QTEST_GUILESS_MAIN(TestListenBrainz)
#include "tst_listenbrainz.moc"
