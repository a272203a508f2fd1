// Last.fm's top artists: the parser on recorded answer shapes, and the source against the
// sandbox's Last.fm (paging, unknown users, refused keys, faults).
#include "app/net/requestqueue.h"
#include "app/sandbox/sandboxlastfm.h"
#include "app/sandbox/sandboxrequestlog.h"
#include "app/sandbox/sandboxserver.h"
#include "app/sources/lastfmparser.h"
#include "app/sources/lastfmsource.h"
#include "fixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using gig::LastFmArtist;
using gig::LastFmFetch;
using gig::LastFmSource;
using gig::LastFmTopArtists;
using gig::SandboxService;
using gig::SourceError;

class TestLastFm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsTopArtistsWithAndWithoutMbids();
    void readsALoneArtistAndAnEmptyList();
    void errorsAndWrongShapesAreSaid();
    void urlAsksForEveryParameter();
    void sourceReadsEveryPageFromTheSandbox();
    void unknownUserIsAServiceError404();
    void refusedKeyIsAServiceError403();
    void failingServiceIsAnError();

private:
    std::optional<SourceError> fetch(
        LastFmSource &source, const QString &user, LastFmTopArtists *answer);

    gig::SandboxServer m_server;
    std::unique_ptr<gig::RequestQueue> m_queue;
    std::unique_ptr<LastFmSource> m_source;
};

void TestLastFm::initTestCase()
{
    QVERIFY(m_server.listen());
    m_server.setRealism(false);
    m_queue = std::make_unique<gig::RequestQueue>();
    m_source = std::make_unique<LastFmSource>(
        m_queue.get(), u"sandbox-key"_s, m_server.serviceRoot(SandboxService::LastFm));
}

void TestLastFm::readsTopArtistsWithAndWithoutMbids()
{
    const auto parsed
        = gig::parseLastFmTopArtists(gig::test::fixture(u"lastfm/top_artists.json"_s));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value.page, 1);
    QCOMPARE(parsed.value.totalPages, 3);
    QCOMPARE(parsed.value.total, 11);
    QCOMPARE(parsed.value.artists,
        (QList<LastFmArtist> { { u"Radiohead"_s, u"a74b1b7f-71a5-4011-9441-d0b5e4122711"_s, 2211 },
            { u"Some Local Band"_s, QString(), 340 },
            { u"Sigur Rós"_s, u"f54ba4c6-12dd-4358-9136-c64ad89420c5"_s, 97 } }));
    QCOMPARE(parsed.skipped.size(), 1); // the entry with neither name nor MBID
}

void TestLastFm::readsALoneArtistAndAnEmptyList()
{
    const auto lone
        = gig::parseLastFmTopArtists(gig::test::fixture(u"lastfm/single_artist.json"_s));
    QVERIFY(lone.ok());
    QCOMPARE(lone.value.artists, (QList<LastFmArtist> { { u"Only One"_s, QString(), 12 } }));
    const auto none = gig::parseLastFmTopArtists(gig::test::fixture(u"lastfm/no_artists.json"_s));
    QVERIFY(none.ok());
    QVERIFY(none.value.artists.isEmpty());
    QCOMPARE(none.value.totalPages, 0);
}

void TestLastFm::errorsAndWrongShapesAreSaid()
{
    const QByteArray notFound = gig::test::fixture(u"lastfm/user_not_found.json"_s);
    QCOMPARE(gig::lastFmErrorMessage(notFound), u"User not found"_s);
    QCOMPARE(gig::lastFmErrorCode(notFound), int(gig::LastFmError::InvalidParameters));
    const auto error = gig::parseLastFmTopArtists(notFound);
    QVERIFY(!error.ok());
    QCOMPARE(error.error->kind, SourceError::Kind::ServiceError);
    const auto wrong = gig::parseLastFmTopArtists(R"({"topartists": "artist"})");
    QCOMPARE(wrong.error->kind, SourceError::Kind::BadResponse);
    const auto wrongList = gig::parseLastFmTopArtists(R"({"topartists": {"artist": 7}})");
    QCOMPARE(wrongList.error->kind, SourceError::Kind::BadResponse);
    const auto garbage = gig::parseLastFmTopArtists("<html>Bad Gateway</html>");
    QCOMPARE(garbage.error->kind, SourceError::Kind::BadResponse);
}

void TestLastFm::urlAsksForEveryParameter()
{
    LastFmSource source(m_queue.get(), u"k&y"_s);
    const QUrl url = source.topArtistsUrl(u"a+b c"_s, 3);
    QCOMPARE(url.host(), u"ws.audioscrobbler.com"_s);
    QCOMPARE(url.path(), u"/2.0/"_s);
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(u"method"_s), u"user.gettopartists"_s);
    QCOMPARE(query.queryItemValue(u"user"_s, QUrl::FullyDecoded), u"a+b c"_s);
    QCOMPARE(query.queryItemValue(u"api_key"_s, QUrl::FullyDecoded), u"k&y"_s);
    QCOMPARE(query.queryItemValue(u"format"_s), u"json"_s);
    QCOMPARE(query.queryItemValue(u"limit"_s), QString::number(LastFmSource::pageSize));
    QCOMPARE(query.queryItemValue(u"page"_s), u"3"_s);
}

std::optional<SourceError> TestLastFm::fetch(
    LastFmSource &source, const QString &user, LastFmTopArtists *answer)
{
    LastFmFetch *reply = source.topArtists(user);
    QSignalSpy finished(reply, &gig::SourceReply::finished);
    std::optional<SourceError> error;
    connect(reply, &gig::SourceReply::finished, this, [reply, &error, answer] {
        error = reply->error();
        *answer = reply->value();
    });
    if (!reply->isFinished() && !finished.wait(20000))
        return SourceError { SourceError::Kind::Timeout, u"the test waited in vain"_s, 0 };
    if (reply->isFinished() && finished.isEmpty()) // failed before any request
        return reply->error();
    return error;
}

void TestLastFm::sourceReadsEveryPageFromTheSandbox()
{
    // A listener whose library spans several pages of the source's size.
    QString user;
    for (int i = 0; user.isEmpty(); ++i) {
        if (gig::SandboxLastFm::artistCountOf(u"listener%1"_s.arg(i)) > 2 * LastFmSource::pageSize)
            user = u"listener%1"_s.arg(i);
    }
    const int total = gig::SandboxLastFm::artistCountOf(user);
    m_server.clearRequestLog();
    LastFmTopArtists answer;
    const auto error = fetch(*m_source, user, &answer);
    QVERIFY2(!error, qPrintable(toString(error.value_or(SourceError {}))));
    QCOMPARE(answer.total, total);
    QCOMPARE(answer.artists.size(), total); // every page, in order
    // Each page asked once, the key and the user with every one.
    QStringList pages;
    for (const gig::SandboxRequest &request : m_server.requestLog()) {
        QCOMPARE(request.query.queryItemValue(u"api_key"_s), u"sandbox-key"_s);
        QCOMPARE(request.query.queryItemValue(u"user"_s), user);
        pages.append(request.query.queryItemValue(u"page"_s));
    }
    pages.sort();
    const int pageCount = (total + LastFmSource::pageSize - 1) / LastFmSource::pageSize;
    QCOMPARE(pages.size(), pageCount);
    QCOMPARE(pages.removeDuplicates(), 0);
    int withMbid = 0;
    for (qsizetype i = 0; i < answer.artists.size(); ++i) {
        const LastFmArtist &artist = answer.artists.at(i);
        QVERIFY(!artist.name.isEmpty());
        withMbid += artist.mbid.isEmpty() ? 0 : 1;
        if (i > 0) // most played first, across the pages too
            QVERIFY(artist.playCount <= answer.artists.at(i - 1).playCount);
    }
    QVERIFY(withMbid > 0 && withMbid < answer.artists.size()); // some by name only
}

void TestLastFm::unknownUserIsAServiceError404()
{
    LastFmTopArtists answer;
    const auto error = fetch(*m_source, u"unknown-scrobbler"_s, &answer);
    QVERIFY(error);
    QCOMPARE(error->kind, SourceError::Kind::ServiceError);
    QCOMPARE(error->httpStatus, 404);
    QVERIFY2(error->message.contains(u"User not found"_s), qPrintable(error->message));
}

void TestLastFm::refusedKeyIsAServiceError403()
{
    LastFmSource refused(
        m_queue.get(), u"invalid-key"_s, m_server.serviceRoot(SandboxService::LastFm));
    LastFmTopArtists answer;
    const auto error = fetch(refused, u"rj"_s, &answer);
    QVERIFY(error);
    QCOMPARE(error->httpStatus, 403);
    LastFmSource keyless(m_queue.get(), QString(), m_server.serviceRoot(SandboxService::LastFm));
    const auto noKey = fetch(keyless, u"rj"_s, &answer); // not asked at all
    QVERIFY(noKey);
    QCOMPARE(noKey->kind, SourceError::Kind::InvalidQuery);
}

void TestLastFm::failingServiceIsAnError()
{
    gig::SandboxFault fault;
    fault.kind = gig::SandboxFault::Kind::WrongShape;
    m_server.setFault(SandboxService::LastFm, fault);
    LastFmTopArtists answer;
    const auto error = fetch(*m_source, u"rj"_s, &answer);
    QVERIFY(error);
    QCOMPARE(error->kind, SourceError::Kind::BadResponse);
    m_server.setFault(SandboxService::LastFm, {});
    QVERIFY(!fetch(*m_source, u"rj"_s, &answer)); // and it works again
    QVERIFY(!answer.artists.isEmpty());
}

QTEST_GUILESS_MAIN(TestLastFm)
#include "tst_lastfm.moc"
