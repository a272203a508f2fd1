// The batched look-up of latest releases when the sandbox's MusicBrainz search answers badly
// (garbage, a wrong shape, 429, 503, 500, a timeout, a cut body, or only some answers bad): no
// artist is lost (each gets the per-artist browse's answer) and a release known before stays.
#include "batchedrig.h"

#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace gig {

using namespace test;

class TstBatchedReleaseFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void badAnswersLoseNoArtistAndLeaveTheCache_data();
    void badAnswersLoseNoArtistAndLeaveTheCache();

private:
    SandboxServer m_sandbox;
    const SandboxWorld m_world { 1 };
    QStringList m_mbids;
    Answers m_browsed; // the per-artist path's answers: the ground truth
};

void TstBatchedReleaseFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(
        u"gigmap.*.debug=false\ngigmap.*.info=false\ngigmap.*.warning=false"_s);
    QVERIFY(m_sandbox.listen());
    m_sandbox.setRealism(false);
    m_mbids = askedMbids(m_world, 30);
    Rig browse(m_sandbox, false);
    browse.addArtists(m_mbids);
    QVERIFY(browse.run());
    m_browsed = browse.answers(m_mbids);
    QCOMPARE(m_browsed.size(), m_mbids.size());
}

void TstBatchedReleaseFaults::init()
{
    m_sandbox.clearFaults();
    m_sandbox.clearRequestLog();
}

void TstBatchedReleaseFaults::badAnswersLoseNoArtistAndLeaveTheCache_data()
{
    QTest::addColumn<SandboxFault::Kind>("kind");
    QTest::addColumn<int>("latencyMs");
    QTest::addColumn<int>("every"); // every search, or every other one
    QTest::newRow("garbage") << SandboxFault::Kind::MalformedJson << 0 << 1;
    QTest::newRow("every other answer garbage") << SandboxFault::Kind::MalformedJson << 0 << 2;
    QTest::newRow("wrong shape") << SandboxFault::Kind::WrongShape << 0 << 1;
    QTest::newRow("503") << SandboxFault::Kind::ServiceUnavailable << 0 << 1;
    QTest::newRow("429") << SandboxFault::Kind::TooManyRequests << 0 << 1;
    QTest::newRow("500") << SandboxFault::Kind::InternalError << 0 << 1;
    QTest::newRow("timeout") << SandboxFault::Kind::Latency << 700 << 1;
    QTest::newRow("cut short") << SandboxFault::Kind::TruncatedBody << 0 << 1;
}

void TstBatchedReleaseFaults::badAnswersLoseNoArtistAndLeaveTheCache()
{
    QFETCH(SandboxFault::Kind, kind);
    QFETCH(int, latencyMs);
    QFETCH(int, every);
    SandboxFault fault;
    fault.kind = kind;
    fault.latency = std::chrono::milliseconds(latencyMs);
    fault.every = every;
    fault.match = u"query="_s; // searches only; the browses answer
    m_sandbox.setFault(SandboxService::MusicBrainz, fault);

    const QStringList &mbids = m_mbids;
    Rig batched(m_sandbox, true);
    batched.addArtists(mbids);
    // A release known before stays as it was.
    const QString kept = mbids.constFirst();
    const Release before { u"00000000-0000-4000-8000-00000000beef"_s, u"Kept"_s, ReleaseType::Album,
        PartialDate::fromYear(1999) };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    batched.store.upsertLatestRelease({ kept, before }, now, now.addDays(1));
    QVERIFY(batched.run());

    Answers answers = batched.answers(mbids);
    QCOMPARE(answers.value(kept), std::optional<Release>(before));
    answers.insert(kept, m_browsed.value(kept));
    QCOMPARE(answers, m_browsed);
    QVERIFY(searches(m_sandbox.requestLog()) > 0);
}

} // namespace gig

QTEST_GUILESS_MAIN(gig::TstBatchedReleaseFaults)
#include "tst_batchedreleasefaults.moc"
