// Kills `gigmap export` and the gigmap window (SIGKILL, at seeded random moments) while they
// refresh places into a cache file, then checks that the file opens, passes
// PRAGMA integrity_check, and that `gigmap export --offline` writes every gig of every place the
// file says was fully refreshed.
//
// "Fully refreshed" is read from the file itself: a row in `locations` with fetched_at set. A
// refresh writes the place, its gigs and their artists into GigStore in one batch, and
// CacheDatabase commits the rows of a batch in one transaction, so such a row comes with every
// gig of its list (location_events) or not at all. Latest releases follow later, in their own
// transactions, and are not part of the promise.
#include "app/refresh/locationregistry.h"
#include "app/sandbox/sandboxserver.h"
#include "app/storage/cachedatabase.h"
#include "childenvironment.h"
#include "models/gigstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <csignal>

using namespace Qt::StringLiterals;

namespace {

struct Place
{
    QString name;
    QGeoCoordinate coordinate;
    double radiusKm = 5;
};

// Small places (a few km of a city centre): a handful of gigs each, so refreshes end quickly.
const QList<Place> places = {
    { u"Reykjavík"_s, QGeoCoordinate(64.1466, -21.9426), 5 },
    { u"Helsinki"_s, QGeoCoordinate(60.1699, 24.9384), 4 },
    { u"Oslo"_s, QGeoCoordinate(59.9139, 10.7522), 4 },
};

// What the file says about one place after a kill.
struct CachedPlace
{
    Place place;
    QStringList gigIds; // its event list; every one of them is in `events`
    QStringList gigIdsWithinDates; // those the export's default dates take
};

QProcessEnvironment environment(const QString &dir)
{
    QProcessEnvironment env = gig::testing::childEnvironment(dir);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"GIGMAP_SKIP_KEYRING"_s, u"1"_s);
    return env;
}

QStringList placeArguments(const Place &place)
{
    return { u"--lat"_s, QString::number(place.coordinate.latitude(), 'f', 6), u"--lng"_s,
        QString::number(place.coordinate.longitude(), 'f', 6), u"--radius-km"_s,
        QString::number(place.radiusKm) };
}

} // namespace

class TestKillRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedRunsLeaveACacheThatExportsOffline();

private:
    // Starts the program, kills it `delayMs` after it is under way; false when it could not run.
    bool runAndKill(bool window, const QString &cachePath, int delayMs, QString *what);
    // Checks the file and returns the places it holds as fully refreshed.
    QList<CachedPlace> checkFile(const QString &cachePath, const QList<Place> &candidates);
    void exportOffline(const QString &cachePath, const CachedPlace &cached);

    gig::SandboxServer m_sandbox;
    QTemporaryDir m_dir;
    int m_checks = 0;
};

void TestKillRecovery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox.setRealism(false);
    m_sandbox.setSeed(7);
    QVERIFY(m_sandbox.listen());
    QVERIFY(m_dir.isValid());
}

bool TestKillRecovery::runAndKill(bool window, const QString &cachePath, int delayMs, QString *what)
{
    QProcess gigmap;
    QProcessEnvironment env = environment(m_dir.path());
    if (window)
        env.insert(u"QT_LOGGING_RULES"_s, u"gigmap.app.main.debug=true"_s);
    gigmap.setProcessEnvironment(env);
    gigmap.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments;
    if (window) {
        // The demo sandbox inside the app; the places come from the cache (resumeFromStore).
        arguments = { u"--demo"_s, u"--cache"_s, cachePath };
    } else {
        arguments = QStringList { u"export"_s } + placeArguments(places.constFirst())
            + QStringList { u"--source"_s, u"ticketmaster"_s, u"--api-key"_s, u"test-key"_s,
                  u"--ticketmaster-url"_s,
                  m_sandbox.serviceRoot(gig::SandboxService::Ticketmaster).toString(),
                  u"--musicbrainz-url"_s,
                  m_sandbox.serviceRoot(gig::SandboxService::MusicBrainz).toString(), u"--cache"_s,
                  cachePath, u"-o"_s, m_dir.filePath(u"online.csv"_s) };
    }
    QSignalSpy finished(&gigmap, &QProcess::finished);
    gigmap.start(QStringLiteral(GIGMAP_EXECUTABLE), arguments);
    if (!gigmap.waitForStarted(10000))
        return false;
    QByteArray output;
    if (window) {
        // Under way once the window shows: the cache is loaded and the watches have started.
        QElapsedTimer waited;
        waited.start();
        while (!(output += gigmap.readAll()).contains("main window shown")) {
            if (waited.elapsed() > 20000 || !finished.isEmpty()) {
                qWarning("gigmap did not show its window: %s", output.constData());
                return false;
            }
            QTest::qWait(10);
        }
    }
    // The in-process sandbox answers the export on this thread: keep the event loop running.
    QTimer::singleShot(delayMs, &gigmap, [&gigmap] { ::kill(pid_t(gigmap.processId()), SIGKILL); });
    if (finished.isEmpty() && !finished.wait(20000))
        return false;
    *what = gigmap.exitStatus() == QProcess::CrashExit
        ? u"killed"_s
        : u"finished first (exit %1)"_s.arg(gigmap.exitCode());
    return true;
}

QList<CachedPlace> TestKillRecovery::checkFile(
    const QString &cachePath, const QList<Place> &candidates)
{
    QList<CachedPlace> refreshed;
    const QString connection = u"check"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(cachePath);
        [&] {
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY2(query.exec(u"PRAGMA integrity_check"_s) && query.next(),
                qPrintable(query.lastError().text()));
            QCOMPARE(query.value(0).toString(), u"ok"_s);
            // Killed before its first commit made the tables (a slow start, a sanitizer build):
            // an empty database, nothing refreshed; gigmap makes the tables when it opens it.
            if (!db.tables().contains(u"locations"_s))
                return;
            const QDate from = QDate::currentDate();
            for (const Place &place : candidates) {
                const QString id
                    = gig::LocationRegistry::locationIdFor(place.coordinate, place.radiusKm);
                QVERIFY(query.prepare(u"SELECT fetched_at FROM locations WHERE id = ?"_s));
                query.addBindValue(id);
                QVERIFY(query.exec());
                if (!query.next() || query.isNull(0))
                    continue; // never refreshed before the kill
                CachedPlace cached { place, {}, {} };
                QVERIFY(
                    query.prepare(u"SELECT le.event_id, e.id, e.start_date FROM location_events le"
                                  " LEFT JOIN events e ON e.id = le.event_id"
                                  " WHERE le.location_id = ? ORDER BY le.position"_s));
                query.addBindValue(id);
                QVERIFY(query.exec());
                while (query.next()) {
                    const QString gig = query.value(0).toString();
                    QVERIFY2(!query.isNull(1),
                        qPrintable(u"%1 lists %2, which is not in the file"_s.arg(id, gig)));
                    cached.gigIds.append(gig);
                    const QDate day = QDate::fromString(query.value(2).toString(), Qt::ISODate);
                    if (day >= from && day <= from.addDays(90))
                        cached.gigIdsWithinDates.append(gig);
                }
                refreshed.append(cached);
            }
        }();
    }
    QSqlDatabase::removeDatabase(connection);
    // gigmap's own cache opens it as it is: no repair, no warning.
    gig::GigStore store;
    gig::CacheDatabase cache(&store, cachePath);
    [&] {
        QVERIFY(cache.load());
        QVERIFY2(cache.warning().isEmpty(), qPrintable(cache.warning()));
    }();
    return refreshed;
}

void TestKillRecovery::exportOffline(const QString &cachePath, const CachedPlace &cached)
{
    const QString output = m_dir.filePath(u"offline.csv"_s);
    QFile::remove(output);
    QProcess gigmap;
    gigmap.setProcessEnvironment(environment(m_dir.path()));
    m_sandbox.clearRequestLog();
    gigmap.start(QStringLiteral(GIGMAP_EXECUTABLE),
        QStringList { u"export"_s, u"--offline"_s, u"--cache"_s, cachePath, u"-o"_s, output }
            + placeArguments(cached.place));
    QVERIFY(gigmap.waitForFinished(20000));
    const QByteArray err = gigmap.readAllStandardError();
    QCOMPARE(gigmap.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_sandbox.requestLog().size(), 0);
    if (cached.gigIds.isEmpty()) {
        // A place with no gigs at all is refreshed too; the export says the cache has none.
        QVERIFY2(gigmap.exitCode() == 3, err.constData());
        return;
    }
    QVERIFY2(gigmap.exitCode() == 0, err.constData());
    QFile csv(output);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("date,time,event,"));
    // Each listing once, in the source_id field of its show (several providers' ids of one show
    // share a row, joined by "; ").
    for (const QString &id : cached.gigIdsWithinDates) {
        const QByteArray key = id.toUtf8();
        qsizetype found = 0;
        for (const char *before : { ",", "; " }) {
            for (const char *after : { "\r\n", "; " })
                found += bytes.count(QByteArray(QByteArray(before) + key + QByteArray(after)));
        }
        QVERIFY2(found == 1, qPrintable(cached.place.name + u": "_s + id));
    }
    const int rows = int(bytes.count("\r\n")) - 1;
    QVERIFY(rows >= 1 && rows <= int(cached.gigIdsWithinDates.size()));
    ++m_checks;
}

void TestKillRecovery::killedRunsLeaveACacheThatExportsOffline()
{
    constexpr int runs = 20; // even runs kill `gigmap export`, odd ones the window
    bool seeded = false;
    const quint32 seed = qEnvironmentVariableIsSet("GIGMAP_TEST_SEED")
        ? quint32(qEnvironmentVariableIntValue("GIGMAP_TEST_SEED", &seeded))
        : QRandomGenerator::global()->generate();
    qInfo() << "random seed" << seed << "(set GIGMAP_TEST_SEED to repeat a run)";
    QRandomGenerator random(seed);

    int killed = 0;
    int refreshedPlaces = 0;
    for (int run = 0; run < runs; ++run) {
        const bool window = run % 2 == 1;
        const QString cachePath = m_dir.filePath(u"run%1/gigmap.sqlite"_s.arg(run));
        QVERIFY(QDir().mkpath(QFileInfo(cachePath).path()));
        if (window) {
            // The window refreshes the places its cache holds: save them, never fetched.
            gig::GigStore store;
            gig::CacheDatabase cache(&store, cachePath);
            QVERIFY(cache.load());
            for (const Place &place : places) {
                store.watchLocation(
                    { gig::LocationRegistry::locationIdFor(place.coordinate, place.radiusKm),
                        place.name, place.coordinate, place.radiusKm, {}, {}, {} });
            }
            cache.flush();
        }
        const int delayMs = random.bounded(window ? 2000 : 1500);
        QString what;
        QVERIFY2(runAndKill(window, cachePath, delayMs, &what), qPrintable(u"run %1"_s.arg(run)));
        killed += what == u"killed"_s ? 1 : 0;

        const QList<CachedPlace> refreshed
            = checkFile(cachePath, window ? places : places.mid(0, 1));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(QDir(QFileInfo(cachePath).path()).entryList({ u"*.broken-*"_s }).size(), 0);
        QStringList names;
        for (const CachedPlace &cached : refreshed) {
            exportOffline(cachePath, cached);
            if (QTest::currentTestFailed())
                return;
            names.append(u"%1 (%2 gigs)"_s.arg(cached.place.name).arg(cached.gigIds.size()));
        }
        refreshedPlaces += int(refreshed.size());
        qInfo("run %d: %s %s after %d ms; fully refreshed: %s", run, window ? "window" : "export",
            qPrintable(what), delayMs, names.isEmpty() ? "none" : qPrintable(names.join(u", "_s)));
    }
    QVERIFY(killed >= runs / 2); // most runs were cut short, not finished
    QVERIFY(refreshedPlaces >= 1); // and some of them had a place to check
    qInfo("%d of %d runs killed; %d fully refreshed places checked, %d exported offline", killed,
        runs, refreshedPlaces, m_checks);
}

QTEST_GUILESS_MAIN(TestKillRecovery)
#include "tst_killrecovery.moc"
