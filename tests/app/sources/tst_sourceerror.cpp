// The two wordings of a SourceError: toString() for the log, describeForPeople() for the window.
#include "app/sources/sourceerror.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using gig::SourceError;

class TestSourceError : public QObject
{
    Q_OBJECT

private slots:
    void logTextNamesKindStatusAndMessage();
    void peopleReadASentence_data();
    void peopleReadASentence();
    void peopleReadWhenGigmapAsksAgain();
    void waitsReadInTheirUnit_data();
    void waitsReadInTheirUnit();
};

void TestSourceError::logTextNamesKindStatusAndMessage()
{
    const SourceError error { SourceError::Kind::RateLimited, u"app.ticketmaster.com is busy"_s,
        429 };
    QCOMPARE(gig::toString(error), u"rate-limited (HTTP 429): app.ticketmaster.com is busy"_s);
}

void TestSourceError::peopleReadASentence_data()
{
    QTest::addColumn<SourceError>("error");
    QTest::addColumn<QString>("sentence");
    using Kind = SourceError::Kind;
    const QString host = u"app.ticketmaster.com is busy (HTTP 429)"_s;
    QTest::addRow("rate-limited") << SourceError { Kind::RateLimited, host, 429 }
                                  << u"Ticketmaster is busy right now."_s;
    QTest::addRow("429 in the service's words")
        << SourceError { Kind::ServiceError, host, 429 } << u"Ticketmaster is busy right now."_s;
    QTest::addRow("bad key") << SourceError { Kind::ServiceError, u"Invalid ApiKey"_s, 401 }
                             << u"Ticketmaster did not accept the API key."_s;
    QTest::addRow("forbidden") << SourceError { Kind::Http, {}, 403 }
                               << u"Ticketmaster did not accept the API key."_s;
    QTest::addRow("network") << SourceError { Kind::Network, u"Connection refused"_s, 0 }
                             << u"Ticketmaster could not be reached."_s;
    QTest::addRow("timeout") << SourceError { Kind::Timeout, {}, 0 }
                             << u"Ticketmaster did not answer in time."_s;
    QTest::addRow("5xx") << SourceError { Kind::Http, {}, 502 }
                         << u"Ticketmaster has trouble answering right now."_s;
    QTest::addRow("4xx") << SourceError { Kind::Http, {}, 400 }
                         << u"Ticketmaster turned the request down."_s;
    QTest::addRow("garbage") << SourceError { Kind::BadResponse, u"illegal value at 3"_s, 200 }
                             << u"Ticketmaster sent an answer gigmap cannot read."_s;
    QTest::addRow("closed lane") << SourceError { Kind::Unavailable, u"circuit open"_s, 0 }
                                 << u"gigmap gives Ticketmaster a rest: it failed several times "
                                    u"in a row, or today's requests are used up."_s;
    QTest::addRow("no key") << SourceError { Kind::InvalidQuery,
        u"no Ticketmaster API key is set"_s, 0 }
                            << u"gigmap cannot ask Ticketmaster: no Ticketmaster API key is set."_s;
    QTest::addRow("cancelled") << SourceError { Kind::Cancelled, {}, 0 }
                               << u"The request to Ticketmaster was cancelled."_s;
}

void TestSourceError::peopleReadASentence()
{
    QFETCH(SourceError, error);
    QFETCH(QString, sentence);
    const QString text = gig::describeForPeople(error, u"Ticketmaster"_s);
    QCOMPARE(text, sentence);
    // Never a host, an HTTP status or a kind name.
    QVERIFY(!text.contains(u"ticketmaster.com"_s));
    QVERIFY(!text.contains(u"HTTP"_s));
    if (error.kind != SourceError::Kind::Cancelled) // "was cancelled" is the word itself
        QVERIFY(!text.contains(gig::sourceErrorKindName(error.kind)));
}

void TestSourceError::peopleReadWhenGigmapAsksAgain()
{
    const SourceError busy { SourceError::Kind::RateLimited, {}, 429 };
    QCOMPARE(gig::describeForPeople(busy, u"Ticketmaster"_s, 30s),
        u"Ticketmaster is busy right now; gigmap asks again in 30 s."_s);
    const SourceError away { SourceError::Kind::Network, {}, 0 };
    QCOMPARE(gig::describeForPeople(away, u"MusicBrainz"_s, 10min),
        u"MusicBrainz could not be reached; gigmap asks again in 10 min."_s);
}

void TestSourceError::waitsReadInTheirUnit_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("words");
    QTest::addRow("zero") << qint64(0) << u"0 s"_s;
    QTest::addRow("rounded up") << qint64(1200) << u"2 s"_s;
    QTest::addRow("under two minutes") << qint64(119'000) << u"119 s"_s;
    QTest::addRow("minutes") << qint64(120'000) << u"2 min"_s;
    QTest::addRow("minutes rounded up") << qint64(150'000) << u"3 min"_s;
    QTest::addRow("hours") << qint64(3 * 3600'000) << u"3 h"_s;
}

void TestSourceError::waitsReadInTheirUnit()
{
    QFETCH(qint64, ms);
    QFETCH(QString, words);
    QCOMPARE(gig::waitInWords(std::chrono::milliseconds(ms)), words);
}

QTEST_GUILESS_MAIN(TestSourceError)
#include "tst_sourceerror.moc"
