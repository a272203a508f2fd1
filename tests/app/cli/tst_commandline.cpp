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
    void demoOptionAsksForTheSandbox();
    void strayArgumentFailsWithReason();
};

void TestCommandLine::noArgumentsRunsTheWindow()
{
    const auto result = CommandLine::parse({u"gigmap"_s});
    QCOMPARE(result.action, CommandLine::Action::RunGui);
    QVERIFY(!result.demo);
}

void TestCommandLine::demoOptionAsksForTheSandbox()
{
    const auto result = CommandLine::parse({u"gigmap"_s, u"--demo"_s});
    QCOMPARE(result.action, CommandLine::Action::RunGui);
    QVERIFY(result.demo);
    QVERIFY(CommandLine::parse({u"gigmap"_s, u"--help"_s}).text.contains(u"--demo"_s));
    QCOMPARE(CommandLine::parse({u"gigmap"_s, u"--demo=yes"_s}).action, CommandLine::Action::Fail);
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

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
