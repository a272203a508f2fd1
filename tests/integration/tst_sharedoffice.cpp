// An office on one shared PostgreSQL cache: three `gigmap export` processes and one window, on
// one place at once, against the sandbox. Together they keep MusicBrainz at one request a
// second, ask about each artist no more often than one desktop alone would, and ask the gig
// source once. A desktop killed while it holds work lets the others finish it.
#include "app/sandbox/sandboxserver.h"
#include "childenvironment.h"
#include "models/appsettings.h"
#include "postgrescluster.h"

#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <signal.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QStringList place
    = { u"--lat"_s, u"52.52"_s, u"--lng"_s, u"13.405"_s, u"--radius-km"_s, u"10"_s };

// How often each artist MBID is named in the MusicBrainz requests of the log.
QHash<QString, int> askedPerArtist(const QList<gig::SandboxRequest> &log)
{
    static const QRegularExpression mbid(
        u"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"_s);
    QHash<QString, int> asked;
    for (const gig::SandboxRequest &request : log) {
        if (request.service != gig::SandboxService::MusicBrainz)
            continue;
        auto it
            = mbid.globalMatch(request.path + u'?' + request.query.toString(QUrl::FullyDecoded));
        while (it.hasNext())
            ++asked[it.next().captured()];
    }
    return asked;
}

int requestsTo(const QList<gig::SandboxRequest> &log, gig::SandboxService service)
{
    return int(std::count_if(log.cbegin(), log.cend(),
        [service](const gig::SandboxRequest &request) { return request.service == service; }));
}

// The shortest time between two MusicBrainz requests, as the sandbox received them.
qint64 shortestMusicBrainzGap(const QList<gig::SandboxRequest> &log)
{
    QList<qint64> times;
    for (const gig::SandboxRequest &request : log) {
        if (request.service == gig::SandboxService::MusicBrainz)
            times.append(std::chrono::duration_cast<std::chrono::milliseconds>(
                request.steadyAt.time_since_epoch())
                             .count());
    }
    std::sort(times.begin(), times.end());
    qint64 shortest = std::numeric_limits<qint64>::max();
    for (qsizetype i = 1; i < times.size(); ++i)
        shortest = std::min(shortest, times.at(i) - times.at(i - 1));
    return shortest;
}

} // namespace

class TestSharedOffice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void desktopsShareTheWorkAndTheRate();
    void killedDesktopLosesNothing();

private:
    QStringList sourceArguments() const;
    // A `gigmap export` of the place into `output`, on the cache at `cache`, started.
    std::unique_ptr<QProcess> startExport(const QString &cache, const QString &output);
    // The window, its settings in a folder of its own: the sandbox's Ticketmaster and a saved
    // place on the same spot, so it refreshes the place (and its artists) at start.
    std::unique_ptr<QProcess> startWindow(const QString &cache);
    // Waits (with this thread's event loop, where the sandbox answers) for `process` to end.
    bool finishes(QProcess *process, int timeoutMs);
    QString newDatabase();
    int rowCount(const QString &database, const QString &table);

    gig::SandboxServer m_sandbox;
    std::unique_ptr<gig::test::PostgresCluster> m_postgres;
    QTemporaryDir m_dir;
    int m_databases = 0;
};

void TestSharedOffice::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_sandbox.setSeed(3);
    QVERIFY(m_sandbox.listen()); // with its realism: MusicBrainz answers 503 to a burst
    m_postgres = std::make_unique<gig::test::PostgresCluster>();
    QString error;
    QVERIFY2(m_postgres->start(&error), qPrintable(error));
}

void TestSharedOffice::cleanupTestCase()
{
    m_postgres.reset();
}

QStringList TestSharedOffice::sourceArguments() const
{
    return { u"--source"_s, u"ticketmaster"_s, u"--api-key"_s, u"test-key"_s,
        u"--ticketmaster-url"_s,
        m_sandbox.serviceRoot(gig::SandboxService::Ticketmaster).toString(), u"--musicbrainz-url"_s,
        m_sandbox.serviceRoot(gig::SandboxService::MusicBrainz).toString(), u"--timeout"_s,
        u"150"_s };
}

QString TestSharedOffice::newDatabase()
{
    const QString name = u"office%1"_s.arg(++m_databases);
    QString error;
    if (!m_postgres->createDatabase(name, &error))
        qWarning("%s", qPrintable(error));
    return name;
}

int TestSharedOffice::rowCount(const QString &database, const QString &table)
{
    const QList<QVariantList> rows = m_postgres->rows(database, u"SELECT count(*) FROM "_s + table);
    return rows.size() == 1 ? rows.constFirst().constFirst().toInt() : -1;
}

std::unique_ptr<QProcess> TestSharedOffice::startExport(const QString &cache, const QString &output)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(gig::testing::childEnvironment(m_dir.path()));
    process->start(QStringLiteral(GIGMAP_EXECUTABLE),
        QStringList { u"export"_s } + place + sourceArguments()
            + QStringList { u"--cache"_s, cache, u"-o"_s, output });
    return process;
}

std::unique_ptr<QProcess> TestSharedOffice::startWindow(const QString &cache)
{
    const QString root = m_dir.filePath(u"window"_s);
    {
        QSettings conf(root + u"/xdg-config/gigmap/gigmap.conf"_s, QSettings::IniFormat);
        gig::AppSettings settings;
        settings.sources = { gig::Source::Ticketmaster };
        settings.serviceUrls[gig::Service::Ticketmaster]
            = m_sandbox.serviceRoot(gig::SandboxService::Ticketmaster);
        settings.serviceUrls[gig::Service::MusicBrainz]
            = m_sandbox.serviceRoot(gig::SandboxService::MusicBrainz);
        settings.save(conf);
        conf.beginWriteArray(u"savedPlaces"_s, 1);
        conf.setArrayIndex(0);
        conf.setValue(u"name"_s, u"Berlin"_s);
        conf.setValue(u"latitude"_s, 52.52);
        conf.setValue(u"longitude"_s, 13.405);
        conf.setValue(u"radiusKm"_s, 10.0);
        conf.endArray();
    }
    QProcessEnvironment environment = gig::testing::childEnvironment(root);
    environment.insert(u"GIGMAP_TICKETMASTER_KEY"_s, u"test-key"_s);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment);
    // The window's log goes to a file: a pipe nobody reads would stop it when full.
    process->setStandardOutputFile(root + u"/window.log"_s);
    process->setStandardErrorFile(root + u"/window.log"_s, QIODevice::Append);
    process->start(QStringLiteral(GIGMAP_EXECUTABLE), { u"--cache"_s, cache });
    return process;
}

bool TestSharedOffice::finishes(QProcess *process, int timeoutMs)
{
    if (process->state() == QProcess::NotRunning)
        return true;
    QSignalSpy finished(process, &QProcess::finished);
    return finished.wait(timeoutMs);
}

void TestSharedOffice::desktopsShareTheWorkAndTheRate()
{
    // What one desktop alone asks, as the measure.
    m_sandbox.clearRequestLog();
    const auto alone = startExport(m_postgres->url(newDatabase()), m_dir.filePath(u"alone.csv"_s));
    const bool aloneFinished = finishes(alone.get(), 120000);
    const QByteArray aloneSaid = alone->readAllStandardError();
    QVERIFY2(aloneFinished, aloneSaid.right(3000).constData());
    QVERIFY2(alone->exitCode() == 0, aloneSaid.right(3000).constData());
    const QList<gig::SandboxRequest> aloneLog = m_sandbox.requestLog();
    const QHash<QString, int> askedAlone = askedPerArtist(aloneLog);
    QVERIFY(askedAlone.size() > 50);

    m_sandbox.clearRequestLog();
    const QString office = m_postgres->url(newDatabase());
    const auto window = startWindow(office);
    std::vector<std::unique_ptr<QProcess>> exports;
    for (int i = 0; i < 3; ++i)
        exports.push_back(startExport(office, m_dir.filePath(u"desk%1.csv"_s.arg(i))));
    for (const auto &process : exports) {
        const bool finished = finishes(process.get(), 150000);
        const QByteArray said = process->readAllStandardError();
        QVERIFY2(finished, said.right(3000).constData());
        QVERIFY2(process->exitCode() == 0, said.right(3000).constData());
        QVERIFY2(said.contains("112 of 112 releases"), said.right(3000).constData());
    }
    window->terminate(); // quits cleanly, flushing its cache
    QVERIFY(finishes(window.get(), 30000));

    const QList<gig::SandboxRequest> log = m_sandbox.requestLog();
    const qint64 gap = shortestMusicBrainzGap(log);
    QVERIFY2(gap >= 1000, qPrintable(u"%1 ms between two MusicBrainz requests"_s.arg(gap)));
    // Each artist asked about no more often than one desktop asks about it alone.
    const QHash<QString, int> asked = askedPerArtist(log);
    for (auto it = asked.cbegin(); it != asked.cend(); ++it) {
        QVERIFY2(it.value() <= askedAlone.value(it.key()),
            qPrintable(u"%1 asked %2 times, %3 alone"_s.arg(it.key())
                           .arg(it.value())
                           .arg(askedAlone.value(it.key()))));
    }
    QCOMPARE(asked.size(), askedAlone.size());
    QCOMPARE(requestsTo(log, gig::SandboxService::Ticketmaster), 1); // the place, once
    qInfo("alone: %d MusicBrainz requests; four desktops together: %d (%d if each asked alone)",
        requestsTo(aloneLog, gig::SandboxService::MusicBrainz),
        requestsTo(log, gig::SandboxService::MusicBrainz),
        4 * requestsTo(aloneLog, gig::SandboxService::MusicBrainz));
}

void TestSharedOffice::killedDesktopLosesNothing()
{
    const QString database = newDatabase();
    const QString office = m_postgres->url(database);
    m_sandbox.clearRequestLog();
    // Slow answers, so a desktop holds its leases long enough to be killed while it does.
    gig::SandboxFault slow;
    slow.kind = gig::SandboxFault::Kind::Latency;
    slow.latency = 1500ms;
    m_sandbox.setFault(gig::SandboxService::MusicBrainz, slow);

    std::vector<std::unique_ptr<QProcess>> exports;
    for (int i = 0; i < 3; ++i)
        exports.push_back(startExport(office, m_dir.filePath(u"killed%1.csv"_s.arg(i))));
    // Find a desktop holding a lease (its id names its process), and kill it.
    qint64 victim = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QList<QVariantList> holders = m_postgres->rows(
                database, u"SELECT holder FROM work_leases WHERE holder IS NOT NULL"_s);
            for (const QVariantList &holder : holders) {
                const qint64 pid = holder.constFirst().toString().section(u'/', 1, 1).toLongLong();
                for (const auto &process : exports) {
                    if (process->processId() == pid)
                        victim = pid;
                }
            }
            return victim != 0;
        }(),
        60000);
    ::kill(pid_t(victim), SIGKILL);

    m_sandbox.setFault(gig::SandboxService::MusicBrainz, {});
    for (const auto &process : exports) {
        QVERIFY(finishes(process.get(), 150000));
        if (process->processId() == victim || process->exitStatus() == QProcess::CrashExit)
            continue;
        const QByteArray said = process->readAllStandardError();
        QVERIFY2(process->exitCode() == 0, said.constData());
        QVERIFY2(said.contains("112 of 112 releases"), said.constData());
    }
    QCOMPARE(rowCount(database, u"releases"_s), 112);
    QCOMPARE(rowCount(database, u"work_leases WHERE holder IS NOT NULL"_s), 0);
}

QTEST_GUILESS_MAIN(TestSharedOffice)
#include "tst_sharedoffice.moc"
