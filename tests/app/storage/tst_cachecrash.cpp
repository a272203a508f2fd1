// Kills a process that is filling the cache (SIGKILL, at random moments) and checks that the
// file always opens, passes PRAGMA integrity_check and holds every batch reported committed.
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
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

class TestCacheCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedWriterLosesNoCommittedBatch();
};

void TestCacheCrash::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCacheCrash::killedWriterLosesNoCommittedBatch()
{
    constexpr int runs = 20;
    constexpr int eventsPerBatch = 20; // as in cachefiller
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo() << "random seed" << seed;
    QRandomGenerator random(seed);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"gigmap.sqlite"_s);
    int totalCommitted = 0;
    for (int run = 0; run < runs; ++run) {
        const QString tag = u"r%1"_s.arg(run);
        QProcess filler;
        filler.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        filler.start(QStringLiteral(CACHEFILLER_EXECUTABLE), {path, tag});
        QVERIFY2(filler.waitForStarted(10000), qPrintable(filler.errorString()));
        QByteArray output;
        while (!output.contains("ready\n")) {
            QVERIFY2(filler.waitForReadyRead(10000), output.constData());
            output += filler.readAllStandardOutput();
        }
        QVERIFY2(!output.contains("warning"), output.constData());

        // Kill it a random while after it started writing.
        const int delayMs = random.bounded(20, 260);
        QSignalSpy finished(&filler, &QProcess::finished);
        QTimer::singleShot(delayMs, &filler, [&filler] { ::kill(pid_t(filler.processId()), SIGKILL); });
        QVERIFY(finished.wait(10000));
        QCOMPARE(filler.exitStatus(), QProcess::CrashExit);
        output += filler.readAllStandardOutput();
        QVERIFY2(!output.contains("warning"), output.constData());

        QList<int> committed;
        static const QRegularExpression line(u"^committed (\\d+)$"_s, QRegularExpression::MultilineOption);
        for (auto it = line.globalMatch(QString::fromUtf8(output)); it.hasNext();)
            committed.append(it.next().captured(1).toInt());
        totalCommitted += int(committed.size());
        qInfo("run %d: killed %d ms after it was ready, %d batches reported committed", run,
              delayMs, int(committed.size()));

        const QString connection = u"check-%1"_s.arg(run);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY2(query.exec(u"PRAGMA integrity_check"_s) && query.next(),
                     qPrintable(query.lastError().text()));
            QCOMPARE(query.value(0).toString(), u"ok"_s);

            QHash<QString, int> eventsPerLocation;
            QVERIFY(query.exec(u"SELECT l.id, count(e.id) FROM locations l"
                               " JOIN location_events le ON le.location_id = l.id"
                               " JOIN events e ON e.id = le.event_id"
                               " WHERE l.id LIKE '"_s + tag + u"-%' GROUP BY l.id"_s));
            while (query.next())
                eventsPerLocation.insert(query.value(0).toString(), query.value(1).toInt());
            for (int batch : std::as_const(committed)) {
                const QString location = u"%1-b%2"_s.arg(tag).arg(batch);
                QVERIFY2(eventsPerLocation.value(location) == eventsPerBatch,
                         qPrintable(u"run %1: batch %2 was reported committed but holds %3 events"_s
                                        .arg(run).arg(batch).arg(eventsPerLocation.value(location))));
            }
            QVERIFY(query.exec(u"SELECT count(*) FROM artists WHERE id LIKE '"_s + tag + u"-%'"_s)
                    && query.next());
            QVERIFY(query.value(0).toInt() >= committed.size() * eventsPerBatch * 3);
        }
        QSqlDatabase::removeDatabase(connection);
    }
    QVERIFY2(totalCommitted > runs, "the writer hardly committed anything before being killed");
    QCOMPARE(QDir(dir.path()).entryList({u"*.broken-*"_s}).size(), 0);
}

QTEST_GUILESS_MAIN(TestCacheCrash)
#include "tst_cachecrash.moc"
