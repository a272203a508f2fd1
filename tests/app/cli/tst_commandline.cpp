#include "app/cli/commandline.h"
#include "models/version.h"

#include <QTest>

using namespace Qt::StringLiterals;
using gig::CommandLine;

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void noArgumentsRunsTheWindow();
    void versionPrintsTheProjectVersion();
    void helpDescribesTheOptions();
    void unknownOptionFailsWithReason();
    void strayArgumentFailsWithReason();
    void nmeaOptionNamesTheLogToReplay();
    void nmeaOptionWithoutReadableFileFails_data();
    void nmeaOptionWithoutReadableFileFails();
};

void TestCommandLine::noArgumentsRunsTheWindow()
{
    QCOMPARE(CommandLine::parse({u"gigmap"_s}).action, CommandLine::Action::RunGui);
}

void TestCommandLine::versionPrintsTheProjectVersion()
{
    const auto result = CommandLine::parse({u"gigmap"_s, u"--version"_s});
    QCOMPARE(result.action, CommandLine::Action::ShowVersion);
    QCOMPARE(result.text, u"gigmap "_s + QLatin1StringView(gig::versionString));
}

void TestCommandLine::helpDescribesTheOptions()
{
    const auto result = CommandLine::parse({u"gigmap"_s, u"--help"_s});
    QCOMPARE(result.action, CommandLine::Action::ShowHelp);
    QVERIFY(result.text.contains(u"--version"_s));
    QVERIFY(result.text.contains(u"upcoming gigs"_s));
}

void TestCommandLine::unknownOptionFailsWithReason()
{
    const auto result = CommandLine::parse({u"gigmap"_s, u"--frobnicate"_s});
    QCOMPARE(result.action, CommandLine::Action::Fail);
    QVERIFY2(result.text.contains(u"frobnicate"_s), qPrintable(result.text));
    QVERIFY(result.text.contains(u"--help"_s));
}

void TestCommandLine::strayArgumentFailsWithReason()
{
    const auto result = CommandLine::parse({u"gigmap"_s, u"berlin"_s});
    QCOMPARE(result.action, CommandLine::Action::Fail);
    QVERIFY2(result.text.contains(u"'berlin'"_s), qPrintable(result.text));
}

void TestCommandLine::nmeaOptionNamesTheLogToReplay()
{
    const QString file = QFINDTESTDATA("../../data/positioning/berlin.nmea");
    QVERIFY(!file.isEmpty());
    const auto result = CommandLine::parse({u"gigmap"_s, u"--nmea"_s, file});
    QCOMPARE(result.action, CommandLine::Action::RunGui);
    QCOMPARE(result.nmeaFile, file);
    QVERIFY(CommandLine::parse({u"gigmap"_s}).nmeaFile.isEmpty());
    QVERIFY(CommandLine::parse({u"gigmap"_s, u"--help"_s}).text.contains(u"--nmea <FILE>"_s));
}

void TestCommandLine::nmeaOptionWithoutReadableFileFails_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing file") << QStringList{u"gigmap"_s, u"--nmea"_s, u"/nonexistent/trip.nmea"_s}
                                  << u"Cannot read the NMEA file '/nonexistent/trip.nmea'"_s;
    QTest::newRow("a folder") << QStringList{u"gigmap"_s, u"--nmea=/"_s}
                              << u"Cannot read the NMEA file '/'"_s;
    QTest::newRow("no value") << QStringList{u"gigmap"_s, u"--nmea"_s} << u"Missing value"_s;
}

void TestCommandLine::nmeaOptionWithoutReadableFileFails()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const auto result = CommandLine::parse(arguments);
    QCOMPARE(result.action, CommandLine::Action::Fail);
    QVERIFY2(result.text.contains(reason), qPrintable(result.text));
    QVERIFY(result.text.contains(u"gigmap --help"_s));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
