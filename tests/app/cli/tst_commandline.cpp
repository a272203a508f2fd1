#include "app/cli/commandline.h"
#include "models/version.h"

#include <QDir>
#include <QTemporaryDir>
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
    void demoOptionAsksForTheSandbox();
    void strayArgumentFailsWithReason();
    void artistsIsACommandOfItsOwn();
    void cacheDefaultsToTheStandardLocation();
    void cacheOptionGivesAnAbsoluteFile_data();
    void cacheOptionGivesAnAbsoluteFile();
    void noCacheKeepsGigsInMemory();
    void badCacheChoicesFailWithReason_data();
    void badCacheChoicesFailWithReason();
    void nmeaOptionNamesTheLogToReplay();
    void nmeaOptionWithoutReadableFileFails_data();
    void nmeaOptionWithoutReadableFileFails();
};

void TestCommandLine::noArgumentsRunsTheWindow()
{
    const auto result = CommandLine::parse({ u"gigmap"_s });
    QCOMPARE(result.action, CommandLine::Action::RunGui);
    QVERIFY(!result.demo);
}

void TestCommandLine::demoOptionAsksForTheSandbox()
{
    const auto result = CommandLine::parse({ u"gigmap"_s, u"--demo"_s });
    QCOMPARE(result.action, CommandLine::Action::RunGui);
    QVERIFY(result.demo);
    QVERIFY(CommandLine::parse({ u"gigmap"_s, u"--help"_s }).text.contains(u"--demo"_s));
    QCOMPARE(
        CommandLine::parse({ u"gigmap"_s, u"--demo=yes"_s }).action, CommandLine::Action::Fail);
}

void TestCommandLine::versionPrintsTheProjectVersion()
{
    const auto result = CommandLine::parse({ u"gigmap"_s, u"--version"_s });
    QCOMPARE(result.action, CommandLine::Action::ShowVersion);
    QCOMPARE(result.text, u"gigmap "_s + QLatin1StringView(gig::versionString));
}

void TestCommandLine::helpDescribesTheOptions()
{
    const auto result = CommandLine::parse({ u"gigmap"_s, u"--help"_s });
    QCOMPARE(result.action, CommandLine::Action::ShowHelp);
    QVERIFY(result.text.contains(u"--version"_s));
    QVERIFY(result.text.contains(u"upcoming gigs"_s));
}

void TestCommandLine::unknownOptionFailsWithReason()
{
    const auto result = CommandLine::parse({ u"gigmap"_s, u"--frobnicate"_s });
    QCOMPARE(result.action, CommandLine::Action::Fail);
    QVERIFY2(result.text.contains(u"frobnicate"_s), qPrintable(result.text));
    QVERIFY(result.text.contains(u"--help"_s));
}

void TestCommandLine::artistsIsACommandOfItsOwn()
{
    const auto result
        = gig::CommandLine::parse({ u"gigmap"_s, u"artists"_s, u"add"_s, u"Björk"_s });
    QCOMPARE(result.action, gig::CommandLine::Action::Artists);
    const auto help = gig::CommandLine::parse({ u"gigmap"_s, u"--help"_s });
    QVERIFY(help.text.contains(u"gigmap artists --help"_s));
}

void TestCommandLine::strayArgumentFailsWithReason()
{
    const auto result = CommandLine::parse({ u"gigmap"_s, u"berlin"_s });
    QCOMPARE(result.action, CommandLine::Action::Fail);
    QVERIFY2(result.text.contains(u"'berlin'"_s), qPrintable(result.text));
}

void TestCommandLine::cacheDefaultsToTheStandardLocation()
{
    const auto result = CommandLine::parse({ u"gigmap"_s });
    QVERIFY(result.cacheFile.isEmpty());
    QVERIFY(!result.inMemoryCache);
    QVERIFY(CommandLine::parse({ u"gigmap"_s, u"--help"_s }).text.contains(u"--no-cache"_s));
}

void TestCommandLine::cacheOptionGivesAnAbsoluteFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("file");
    const QString absolute = QDir::tempPath() + u"/gigs.sqlite"_s;
    QTest::newRow("absolute") << QStringList { u"--cache"_s, absolute } << absolute;
    QTest::newRow("equals sign") << QStringList { u"--cache="_s + absolute } << absolute;
    QTest::newRow("relative") << QStringList { u"--cache"_s, u"my cache.sqlite"_s }
                              << QDir::current().absoluteFilePath(u"my cache.sqlite"_s);
}

void TestCommandLine::cacheOptionGivesAnAbsoluteFile()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, file);
    const auto result = CommandLine::parse(QStringList { u"gigmap"_s } + arguments);
    QCOMPARE(result.action, CommandLine::Action::RunGui);
    QCOMPARE(result.cacheFile, file);
    QVERIFY(!result.inMemoryCache);
}

void TestCommandLine::noCacheKeepsGigsInMemory()
{
    const auto result = CommandLine::parse({ u"gigmap"_s, u"--no-cache"_s });
    QCOMPARE(result.action, CommandLine::Action::RunGui);
    QVERIFY(result.inMemoryCache);
    QVERIFY(result.cacheFile.isEmpty());
}

void TestCommandLine::badCacheChoicesFailWithReason_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::newRow("both") << QStringList { u"--cache"_s, u"x.sqlite"_s, u"--no-cache"_s }
                          << u"cannot be used together"_s;
    QTest::newRow("no value") << QStringList { u"--cache"_s } << u"cache"_s;
    QTest::newRow("empty value") << QStringList { u"--cache="_s } << u"needs a file name"_s;
    QTest::newRow("folder") << QStringList { u"--cache"_s, QDir::tempPath() } << u"is a folder"_s;
}

void TestCommandLine::badCacheChoicesFailWithReason()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const auto result = CommandLine::parse(QStringList { u"gigmap"_s } + arguments);
    QCOMPARE(result.action, CommandLine::Action::Fail);
    QVERIFY2(result.text.contains(reason), qPrintable(result.text));
}

void TestCommandLine::nmeaOptionNamesTheLogToReplay()
{
    const QString file = QFINDTESTDATA("../../data/positioning/berlin.nmea");
    QVERIFY(!file.isEmpty());
    const auto result = CommandLine::parse({ u"gigmap"_s, u"--nmea"_s, file });
    QCOMPARE(result.action, CommandLine::Action::RunGui);
    QCOMPARE(result.nmeaFile, file);
    QVERIFY(CommandLine::parse({ u"gigmap"_s }).nmeaFile.isEmpty());
    QVERIFY(CommandLine::parse({ u"gigmap"_s, u"--help"_s }).text.contains(u"--nmea <FILE>"_s));
}

void TestCommandLine::nmeaOptionWithoutReadableFileFails_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing file") << QStringList { u"gigmap"_s, u"--nmea"_s,
        u"/nonexistent/trip.nmea"_s }
                                  << u"Cannot read the NMEA file '/nonexistent/trip.nmea'"_s;
    QTest::newRow("a folder") << QStringList { u"gigmap"_s, u"--nmea=/"_s }
                              << u"Cannot read the NMEA file '/'"_s;
    QTest::newRow("no value") << QStringList { u"gigmap"_s, u"--nmea"_s } << u"Missing value"_s;
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
