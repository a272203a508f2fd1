// Runs the built gigmap executable as a user would start it.
#include "models/version.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace Qt::StringLiterals;

class TestAppStartup : public QObject
{
    Q_OBJECT

private slots:
    void versionAnswersWithoutDisplay();
    void badArgumentExitsWithTwo();
    void helpAndMistakesSpeakTheShellsLanguage();
    void startsShowsWindowAndQuitsOnSigterm();
    void cacheOptionsChooseTheCacheFile();
    void demoOptionStartsTheSandbox();

private:
    static QProcessEnvironment environment(bool withDisplay);
    // Starts gigmap with `arguments`, waits for its window, sends SIGTERM and checks that it
    // exits cleanly; `output` gets what it printed.
    static void runUntilShownThenTerminate(const QStringList &arguments, QByteArray &output);
};

QProcessEnvironment TestAppStartup::environment(bool withDisplay)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, withDisplay ? u"offscreen"_s : u"xcb"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"gigmap.app.main.debug=true"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, QDir::tempPath() + u"/gigmap-startup-test/config"_s);
    env.insert(u"XDG_CACHE_HOME"_s, QDir::tempPath() + u"/gigmap-startup-test/cache"_s);
    return env;
}

void TestAppStartup::versionAnswersWithoutDisplay()
{
    QProcess gigmap;
    gigmap.setProcessEnvironment(environment(false)); // xcb with no display: no window possible
    gigmap.start(QStringLiteral(GIGMAP_EXECUTABLE), { u"--version"_s });
    QVERIFY(gigmap.waitForFinished(10000));
    QCOMPARE(gigmap.exitStatus(), QProcess::NormalExit);
    QCOMPARE(gigmap.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(gigmap.readAllStandardOutput()).trimmed(),
        u"gigmap "_s + QLatin1StringView(gig::versionString));
}

void TestAppStartup::badArgumentExitsWithTwo()
{
    QProcess gigmap;
    gigmap.setProcessEnvironment(environment(false));
    gigmap.start(QStringLiteral(GIGMAP_EXECUTABLE), { u"--no-such-option"_s });
    QVERIFY(gigmap.waitForFinished(10000));
    QCOMPARE(gigmap.exitCode(), 2);
    QVERIFY(QString::fromLocal8Bit(gigmap.readAllStandardError()).contains(u"no-such-option"_s));
}

// --help and a mistaken option are answered before any window, in the shell's language.
void TestAppStartup::helpAndMistakesSpeakTheShellsLanguage()
{
    QProcessEnvironment german = environment(false);
    german.insert(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
    german.insert(u"LANGUAGE"_s, u"de"_s);
    QProcess help;
    help.setProcessEnvironment(german);
    help.start(QStringLiteral(GIGMAP_EXECUTABLE), { u"--help"_s });
    QVERIFY(help.waitForFinished(10000));
    QCOMPARE(help.exitCode(), 0);
    const QString helpText = QString::fromUtf8(help.readAllStandardOutput());
    QVERIFY2(helpText.contains(u"anstehenden Konzerte"_s), qPrintable(helpText));
    QVERIFY2(helpText.contains(u"Demodaten"_s), qPrintable(helpText));

    QProcess mistake;
    mistake.setProcessEnvironment(german);
    mistake.start(QStringLiteral(GIGMAP_EXECUTABLE), { u"--cache"_s, u""_s });
    QVERIFY(mistake.waitForFinished(10000));
    QCOMPARE(mistake.exitCode(), 2);
    const QString mistakeText = QString::fromUtf8(mistake.readAllStandardError());
    QVERIFY2(mistakeText.contains(u"--cache braucht einen Dateinamen."_s), qPrintable(mistakeText));
    QVERIFY2(mistakeText.contains(u"Mehr dazu unter „gigmap --help“."_s), qPrintable(mistakeText));
}

void TestAppStartup::runUntilShownThenTerminate(const QStringList &arguments, QByteArray &output)
{
    QProcess gigmap;
    gigmap.setProcessEnvironment(environment(true));
    gigmap.setProcessChannelMode(QProcess::MergedChannels);
    gigmap.start(QStringLiteral(GIGMAP_EXECUTABLE), arguments);
    QVERIFY(gigmap.waitForStarted(10000));

    output.clear();
    QTRY_VERIFY_WITH_TIMEOUT((output += gigmap.readAll()).contains("main window shown"), 20000);
    QCOMPARE(gigmap.state(), QProcess::Running);

    ::kill(pid_t(gigmap.processId()), SIGTERM);
    QVERIFY(gigmap.waitForFinished(10000));
    output += gigmap.readAll();
    QCOMPARE(gigmap.exitStatus(), QProcess::NormalExit);
    QCOMPARE(gigmap.exitCode(), 0);
    QVERIFY2(output.contains("closed cleanly"), output.constData());
}

void TestAppStartup::startsShowsWindowAndQuitsOnSigterm()
{
    QByteArray output;
    runUntilShownThenTerminate({}, output);
}

void TestAppStartup::cacheOptionsChooseTheCacheFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"chosen.sqlite"_s);
    QByteArray output;
    runUntilShownThenTerminate({ u"--cache"_s, file }, output);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(output.contains("gig cache:"), output.constData());
    QFile cache(file);
    QVERIFY(cache.open(QIODevice::ReadOnly));
    QCOMPARE(cache.read(16), QByteArray("SQLite format 3\0", 16));

    runUntilShownThenTerminate({ u"--no-cache"_s }, output);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(output.contains("in memory only"), output.constData());
}

void TestAppStartup::demoOptionStartsTheSandbox()
{
    QByteArray output;
    runUntilShownThenTerminate({ u"--demo"_s }, output);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(output.contains("demo sandbox serving at http://127.0.0.1:"), output.constData());
}

QTEST_GUILESS_MAIN(TestAppStartup)
#include "tst_appstartup.moc"
