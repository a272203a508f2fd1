#include "app/export/icswriter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using gig::IcsWriter;

namespace {

const QDateTime stamp(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);

gig::ExportGig gigWith(gig::EventStart start, gig::EventStatus status = gig::EventStatus::Ok)
{
    gig::ExportGig gig;
    gig.event.id = u"sk:42"_s;
    gig.event.name = u"Semi; colon, comma \\ back"_s;
    gig.event.start = start;
    gig.event.status = status;
    gig.event.venue = { u"Hall"_s, QGeoCoordinate(52.5, 13.4), u"Berlin"_s, u"DE"_s };
    gig.event.url = u"https://example.com/sk/42"_s;
    gig::ArtistRelease entry;
    entry.artist = gig::Artist { u"a"_s, u"m"_s, u"Sigur Rós"_s, {} };
    entry.state = gig::ArtistRelease::State::None;
    gig.lineup = { entry };
    return gig;
}

QStringList unfoldedLines(const QByteArray &ics)
{
    QString text = QString::fromUtf8(ics);
    text.replace(u"\r\n "_s, QString());
    return text.split(u"\r\n"_s, Qt::SkipEmptyParts);
}

} // namespace

class TestIcsWriter : public QObject
{
    Q_OBJECT

private slots:
    void escapesText_data();
    void escapesText();
    void foldsAt75OctetsWithoutSplittingCharacters();
    void startIsUtcFloatingOrDate();
    void endIsThreeHoursLaterOrTheNextDay();
    void writesACalendarWithOneEventPerGig();
};

void TestIcsWriter::escapesText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << u"abc"_s << u"abc"_s;
    QTest::newRow("semicolon") << u"a;b"_s << u"a\\;b"_s;
    QTest::newRow("comma") << u"a,b"_s << u"a\\,b"_s;
    QTest::newRow("backslash") << u"a\\b"_s << u"a\\\\b"_s;
    QTest::newRow("newline") << u"a\nb"_s << u"a\\nb"_s;
    QTest::newRow("crlf") << u"a\r\nb"_s << u"a\\nb"_s;
    QTest::newRow("control dropped") << u"a\u0007b"_s << u"ab"_s;
    QTest::newRow("tab kept") << u"\tTabbed"_s << u"\tTabbed"_s; // TEXT allows HTAB
    QTest::newRow("lone CR is a line break") << u"\rCarriage"_s << u"\\nCarriage"_s;
}

void TestIcsWriter::escapesText()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(IcsWriter::escapeText(text), escaped);
}

void TestIcsWriter::foldsAt75OctetsWithoutSplittingCharacters()
{
    const QString line = u"DESCRIPTION:"_s + QString(100, QChar(u'é')); // 2 octets each
    const QByteArray folded = IcsWriter::foldLine(line);
    const QList<QByteArray> physical = folded.split('\n');
    for (QByteArray piece : physical) {
        piece.chop(piece.endsWith('\r') ? 1 : 0);
        QVERIFY2(piece.size() <= 75, piece.constData());
        QVERIFY(QString::fromUtf8(piece).toUtf8() == piece); // valid UTF-8 on its own
    }
    QVERIFY(physical.size() > 2);
    QString unfolded = QString::fromUtf8(folded);
    unfolded.replace(u"\r\n "_s, QString());
    QCOMPARE(unfolded, line + u"\r\n"_s);
    QCOMPARE(IcsWriter::foldLine(u"SHORT"_s), QByteArray("SHORT\r\n"));
}

void TestIcsWriter::startIsUtcFloatingOrDate()
{
    const QDate day(2026, 12, 5);
    auto start = [](const gig::ExportGig &gig) {
        for (const QString &line : unfoldedLines(IcsWriter::write({ gig }, stamp))) {
            if (line.startsWith(u"DTSTART"_s))
                return line;
        }
        return QString();
    };
    QCOMPARE(start(gigWith(gig::EventStart(day, QTime(20, 0), -8 * 3600))),
        u"DTSTART:20261206T040000Z"_s);
    QCOMPARE(start(gigWith(gig::EventStart(day, QTime(20, 0)))), u"DTSTART:20261205T200000"_s);
    QCOMPARE(start(gigWith(gig::EventStart(day))), u"DTSTART;VALUE=DATE:20261205"_s);
}

void TestIcsWriter::endIsThreeHoursLaterOrTheNextDay()
{
    // Calendars show a zero-length event without DTEND: three hours after a known start, in the
    // start's own form; an untimed gig is all day (the end date is exclusive).
    const QDate day(2026, 12, 5);
    auto end = [](const gig::ExportGig &gig) {
        for (const QString &line : unfoldedLines(IcsWriter::write({ gig }, stamp))) {
            if (line.startsWith(u"DTEND"_s))
                return line;
        }
        return QString();
    };
    QCOMPARE(
        end(gigWith(gig::EventStart(day, QTime(20, 0), -8 * 3600))), u"DTEND:20261206T070000Z"_s);
    QCOMPARE(end(gigWith(gig::EventStart(day, QTime(22, 30)))), u"DTEND:20261206T013000"_s);
    QCOMPARE(end(gigWith(gig::EventStart(day))), u"DTEND;VALUE=DATE:20261206"_s);
}

void TestIcsWriter::writesACalendarWithOneEventPerGig()
{
    const QByteArray ics
        = IcsWriter::write({ gigWith(gig::EventStart(QDate(2026, 12, 5), QTime(20, 0), 3600),
                                 gig::EventStatus::Cancelled),
                               gigWith(gig::EventStart(QDate(2026, 12, 6))) },
            stamp);
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    QCOMPARE(ics.count("BEGIN:VEVENT\r\n"), 2);
    QCOMPARE(ics.count("END:VEVENT\r\n"), 2);
    const QStringList lines = unfoldedLines(ics);
    QVERIFY(lines.contains(u"UID:sk:42@gigmap"_s));
    QVERIFY(lines.contains(u"DTSTAMP:20261126T120000Z"_s));
    QVERIFY(lines.contains(u"SUMMARY:Semi\\; colon\\, comma \\\\ back"_s));
    QVERIFY(lines.contains(u"LOCATION:Hall\\, Berlin\\, DE"_s));
    QVERIFY(lines.contains(u"GEO:52.500000;13.400000"_s));
    QVERIFY(lines.contains(u"URL:https://example.com/sk/42"_s));
    QVERIFY(lines.contains(u"STATUS:CANCELLED"_s));
    QVERIFY(lines.contains(u"STATUS:CONFIRMED"_s));
    QVERIFY(lines.contains(u"DESCRIPTION:Lineup:\\n- Sigur Rós: none\\nStatus: cancelled"_s));
    // The same gigs give the same calendar: UIDs are stable.
    QCOMPARE(IcsWriter::write({ gigWith(gig::EventStart(QDate(2026, 12, 6))) }, stamp),
        IcsWriter::write({ gigWith(gig::EventStart(QDate(2026, 12, 6))) }, stamp));
}

QTEST_GUILESS_MAIN(TestIcsWriter)
#include "tst_icswriter.moc"
