// Several sources asked as one: every source's gigs together, a failing source named as missing
// without hiding the others, the fetch failing only when every source fails, cancelling reaching
// every source.
#include "app/sources/combinedeventsource.h"
#include "tests/app/refresh/scriptedeventsource.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::CombinedEventSource;
using gig::Event;
using gig::EventBatch;
using gig::EventFetch;
using gig::SourceError;
using gig::testing::ScriptedEventSource;

namespace {

Event listing(const QString &id, int day)
{
    Event event;
    event.id = id;
    event.name = id;
    event.start = gig::EventStart(QDate(2026, 12, day), QTime(20, 0));
    return event;
}

EventBatch batchOf(const QList<Event> &events)
{
    EventBatch batch;
    batch.events = events;
    return batch;
}

// Two scripted sources under one combined source; the pointers stay valid while it lives.
struct Pair
{
    Pair()
    {
        auto first = std::make_unique<ScriptedEventSource>();
        auto second = std::make_unique<ScriptedEventSource>();
        a = first.get();
        b = second.get();
        std::vector<std::unique_ptr<gig::EventSource>> sources;
        sources.push_back(std::move(first));
        sources.push_back(std::move(second));
        combined = std::make_unique<CombinedEventSource>(std::move(sources));
    }
    EventFetch *fetch() const
    {
        return combined->fetchEvents({}, gig::RequestPriority::Interactive);
    }

    ScriptedEventSource *a = nullptr;
    ScriptedEventSource *b = nullptr;
    std::unique_ptr<CombinedEventSource> combined;
};

} // namespace

class TestCombinedEventSource : public QObject
{
    Q_OBJECT

private slots:
    void namesEverySource();
    void bringsEverySourcesGigsTogether();
    void aFailingSourceIsNamedAndHidesNothing();
    void aSourceThatLostPagesIsPartial();
    void failsOnlyWhenEverySourceFails();
    void cancellingReachesEverySource();
};

void TestCombinedEventSource::namesEverySource()
{
    Pair pair;
    QCOMPARE(pair.combined->name(), u"scripted+scripted"_s);
    QVERIFY(pair.combined->displayName().contains(u"Scripted"_s));
    QCOMPARE(pair.combined->sourceCount(), 2);
}

void TestCombinedEventSource::bringsEverySourcesGigsTogether()
{
    Pair pair;
    EventFetch *fetch = pair.fetch();
    QSignalSpy finished(fetch, &EventFetch::finished);
    QCOMPARE(pair.a->fetchCount(), 1);
    QCOMPARE(pair.b->fetchCount(), 1);
    QVERIFY(pair.b->answer(batchOf({ listing(u"sg:1"_s, 5) })));
    QVERIFY(!finished.wait(20)); // waits for the other source
    QVERIFY(pair.a->answer(batchOf({ listing(u"tm:2"_s, 7), listing(u"tm:1"_s, 5) })));
    QVERIFY(finished.wait(1000));
    QVERIFY(fetch->ok());
    QStringList ids;
    for (const Event &event : fetch->value().events)
        ids.append(event.id);
    QCOMPARE(ids, (QStringList { u"sg:1"_s, u"tm:1"_s, u"tm:2"_s })); // by start, then id
    QVERIFY(fetch->value().hasEveryPage());
    // Each source's share, in the order they were asked, not the order they answered in.
    using Outcome = gig::SourceState::Outcome;
    QCOMPARE(fetch->value().sources,
        (QList<gig::SourceState> {
            { u"Scripted"_s, Outcome::Read, 2, {} }, { u"Scripted"_s, Outcome::Read, 1, {} } }));
}

void TestCombinedEventSource::aFailingSourceIsNamedAndHidesNothing()
{
    Pair pair;
    EventFetch *fetch = pair.fetch();
    QSignalSpy finished(fetch, &EventFetch::finished);
    QVERIFY(pair.a->fail(SourceError { SourceError::Kind::RateLimited, u"busy"_s, 429 }));
    QVERIFY(pair.b->answer(batchOf({ listing(u"sg:1"_s, 5) })));
    QVERIFY(finished.wait(1000));
    QVERIFY(fetch->ok());
    QCOMPARE(fetch->value().events.size(), 1);
    QCOMPARE(fetch->value().missingPages.size(), 1);
    QVERIFY2(fetch->value().missingPages.constFirst().startsWith(u"the gigs from Scripted"_s),
        qPrintable(fetch->value().missingPages.constFirst()));
    QVERIFY(!fetch->value().complete);
    const QList<gig::SourceState> &sources = fetch->value().sources;
    QCOMPARE(sources.size(), 2);
    QCOMPARE(sources.at(0).outcome, gig::SourceState::Outcome::Failed);
    QCOMPARE(sources.at(0).gigs, 0);
    QVERIFY2(sources.at(0).problem.startsWith(u"Scripted"_s), qPrintable(sources.at(0).problem));
    QCOMPARE(gig::failedSourcesText(fetch->value().sources), sources.at(0).problem);
    QCOMPARE(sources.at(1).outcome, gig::SourceState::Outcome::Read);
    QCOMPARE(sources.at(1).gigs, 1);
}

void TestCombinedEventSource::aSourceThatLostPagesIsPartial()
{
    Pair pair;
    EventFetch *fetch = pair.fetch();
    QSignalSpy finished(fetch, &EventFetch::finished);
    EventBatch partial = batchOf({ listing(u"tm:1"_s, 5) });
    partial.missingPages = { u"page 2 of 2: busy"_s };
    QVERIFY(pair.a->answer(partial));
    QVERIFY(pair.b->answer(batchOf({})));
    QVERIFY(finished.wait(1000));
    QVERIFY(fetch->ok());
    const gig::SourceState first = fetch->value().sources.at(0);
    QCOMPARE(first.outcome, gig::SourceState::Outcome::Partial);
    QCOMPARE(first.gigs, 1);
    QCOMPARE(first.problem, u"Some pages of gigs from Scripted could not be read."_s);
    QCOMPARE(fetch->value().sources.at(1).outcome, gig::SourceState::Outcome::Read);
    QVERIFY(gig::failedSourcesText(fetch->value().sources).isEmpty());
}

void TestCombinedEventSource::failsOnlyWhenEverySourceFails()
{
    Pair pair;
    EventFetch *fetch = pair.fetch();
    QSignalSpy finished(fetch, &EventFetch::finished);
    QVERIFY(pair.a->fail(SourceError { SourceError::Kind::ServiceError, u"bad key"_s, 401 }));
    QVERIFY(pair.b->fail(SourceError { SourceError::Kind::Network, u"down"_s, 0 }));
    QVERIFY(finished.wait(1000));
    QVERIFY(!fetch->ok());
    QCOMPARE(fetch->error()->kind, SourceError::Kind::ServiceError); // the first source's error
}

void TestCombinedEventSource::cancellingReachesEverySource()
{
    Pair pair;
    EventFetch *fetch = pair.fetch();
    QCOMPARE(pair.a->waitingCount(), 1);
    QCOMPARE(pair.b->waitingCount(), 1);
    QSignalSpy finished(fetch, &EventFetch::finished);
    fetch->cancel();
    QTRY_COMPARE(pair.a->waitingCount(), 0);
    QTRY_COMPARE(pair.b->waitingCount(), 0);
    QVERIFY(!pair.a->answer(batchOf({ listing(u"tm:1"_s, 5) })));
    QCOMPARE(finished.count(), 0);
}

QTEST_GUILESS_MAIN(TestCombinedEventSource)
#include "tst_combinedeventsource.moc"
