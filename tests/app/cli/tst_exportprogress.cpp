#include "app/cli/exportcommand.h"
#include "models/releaseprogress.h"

#include <QTest>

using namespace Qt::StringLiterals;
using gig::ExportCommand;

class TestExportProgress : public QObject
{
    Q_OBJECT

private slots:
    void speaksTheWindowsWords();
    void timeLeftFollowsThePace();
};

void TestExportProgress::speaksTheWindowsWords()
{
    QCOMPARE(ExportCommand::progressText(40, 12, 165, u"about 3 min left"_s, 2, 800),
        u"40 gigs · 12 of 165 releases · about 3 min left · 2 requests queued · waiting 0.8 s "
        "for the rate limit"_s);
    QCOMPARE(ExportCommand::progressText(1, 0, 1, {}, 1, 0),
        u"1 gig · 0 of 1 release · 1 request queued"_s);
    // All known: no time left, nothing queued, no wait.
    QCOMPARE(ExportCommand::progressText(40, 165, 165, u"less than a minute left"_s, 0, 0),
        u"40 gigs · 165 of 165 releases"_s);
    QCOMPARE(ExportCommand::progressText(0, 0, 0, {}, 0, 0), u"0 gigs"_s);
}

void TestExportProgress::timeLeftFollowsThePace()
{
    gig::ReleaseProgress progress;
    const QDateTime start(QDate(2026, 12, 4), QTime(20, 0), Qt::UTC);
    progress.update(165, start);
    QVERIFY(progress.timeLeftText(start).isEmpty()); // nothing known yet
    progress.update(153, start.addSecs(12)); // 12 in 12 s: a second each
    QCOMPARE(progress.timeLeftText(start.addSecs(12)), u"about 3 min left"_s);
}

QTEST_GUILESS_MAIN(TestExportProgress)
#include "tst_exportprogress.moc"
