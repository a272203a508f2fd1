// Runs the built `gigmap export` with a Ticketmaster key against a SandboxServer in this process,
// with every gigmap log category on, and checks that the key reaches the service and nothing
// else: not stdout or stderr, not the cache file (with its -wal), not the CSV or iCalendar
// written, not any settings or other file under the run's home and XDG folders.
#include "app/sandbox/sandboxserver.h"
#include "childenvironment.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// Distinctive enough to appear nowhere by chance; the part before '/' survives any encoding.
const QByteArray secretCore = "Zq7K3vSecretKey";
const QByteArray secretKey = secretCore + "/+=x9";

} // namespace

class TestApiKeyHygiene : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keyReachesTheServiceOnly();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments);
    // Where `bytes` holds the key in any form; empty when it holds none.
    static QString keyFoundIn(const QByteArray &bytes);

    gig::SandboxServer m_sandbox;
    QTemporaryDir m_dir;
};

void TestApiKeyHygiene::initTestCase()
{
    m_sandbox.setRealism(false);
    QVERIFY(m_sandbox.listen());
    QVERIFY(m_dir.isValid());
}

QString TestApiKeyHygiene::keyFoundIn(const QByteArray &bytes)
{
    for (const QByteArray &form :
        { secretCore, secretKey, QUrl::toPercentEncoding(QString::fromLatin1(secretKey)) }) {
        if (bytes.contains(form))
            return QString::fromLatin1(form);
    }
    return {};
}

TestApiKeyHygiene::Run TestApiKeyHygiene::run(const QStringList &arguments)
{
    QProcess gigmap;
    QProcessEnvironment env = gig::testing::childEnvironment(m_dir.path());
    env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg-data"_s));
    env.insert(u"XDG_STATE_HOME"_s, m_dir.filePath(u"xdg-state"_s));
    env.insert(u"GIGMAP_TICKETMASTER_KEY"_s, QString::fromLatin1(secretKey));
    env.insert(u"QT_LOGGING_RULES"_s, u"gigmap.*=true"_s);
    gigmap.setProcessEnvironment(env);
    QSignalSpy finished(&gigmap, &QProcess::finished);
    gigmap.start(QStringLiteral(GIGMAP_EXECUTABLE), QStringList { u"export"_s } + arguments);
    Run result;
    // The sandbox answers on this thread's event loop: wait with it running.
    if (!finished.wait(90000)) {
        gigmap.kill();
        gigmap.waitForFinished();
        return result;
    }
    result.exitCode = gigmap.exitStatus() == QProcess::NormalExit ? gigmap.exitCode() : -1;
    result.out = gigmap.readAllStandardOutput();
    result.err = gigmap.readAllStandardError();
    return result;
}

void TestApiKeyHygiene::keyReachesTheServiceOnly()
{
    // A few central km of Reykjavík: a handful of gigs, so the run is short.
    const QStringList place
        = { u"--lat"_s, u"64.1466"_s, u"--lng"_s, u"-21.9426"_s, u"--radius-km"_s, u"5"_s,
              u"--source"_s, u"ticketmaster"_s, u"--cache"_s, m_dir.filePath(u"cache.sqlite"_s) };
    const QStringList services = { u"--ticketmaster-url"_s,
        m_sandbox.serviceRoot(gig::SandboxService::Ticketmaster).toString(), u"--musicbrainz-url"_s,
        m_sandbox.serviceRoot(gig::SandboxService::MusicBrainz).toString() };
    // Three seconds are enough for the events and some releases (MusicBrainz goes at 1/s); the
    // run then writes what it knows (exit code 5), which is all this test needs.
    const Run csv = run(place + services
        + QStringList { u"--timeout"_s, u"3"_s, u"-o"_s, m_dir.filePath(u"gigs.csv"_s) });
    QVERIFY2(csv.exitCode == 0 || csv.exitCode == 5, csv.err.constData());
    const Run ics = run(place + QStringList { u"--offline"_s, u"--format"_s, u"ics"_s });
    QVERIFY2(ics.exitCode == 0, ics.err.constData());
    QVERIFY(ics.out.contains("BEGIN:VEVENT"));

    // The key did travel, to the service, and the logs were on (so they were checked too).
    bool keySent = false;
    for (const gig::SandboxRequest &request : m_sandbox.requestLog())
        keySent = keySent
            || request.query.toString(QUrl::FullyEncoded).contains(QString::fromLatin1(secretCore));
    QVERIFY(keySent);
    QVERIFY2(csv.err.contains("gigmap.net"), "verbose logging was not on");

    for (const auto &[name, bytes] :
        { std::pair { "export stdout", csv.out }, std::pair { "export stderr", csv.err },
            std::pair { "ics stdout", ics.out }, std::pair { "ics stderr", ics.err } }) {
        const QString found = keyFoundIn(bytes);
        QVERIFY2(found.isEmpty(),
            qPrintable(u"%1 holds the key as %2"_s.arg(QLatin1StringView(name), found)));
    }
    // Every file the runs left: cache (+ -wal, -shm), CSV, settings, HTTP cache, anything else.
    QStringList scanned;
    QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QString found = keyFoundIn(file.readAll());
        QVERIFY2(found.isEmpty(), qPrintable(u"%1 holds the key as %2"_s.arg(path, found)));
        scanned.append(QDir(m_dir.path()).relativeFilePath(path));
    }
    QVERIFY2(scanned.contains(u"cache.sqlite"_s) && scanned.contains(u"gigs.csv"_s),
        qPrintable(scanned.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestApiKeyHygiene)
#include "tst_apikeyhygiene.moc"
