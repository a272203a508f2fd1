#include "app/net/httpdiskcache.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::HttpDiskCache;

using Headers = QList<std::pair<QByteArray, QByteArray>>;

class TestHttpDiskCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void expiryFollowsTheHeaders_data();
    void expiryFollowsTheHeaders();
    void noStoreIsNotKept();
    void storedEntryComesBack();
    void otherUrlIsAMiss();
    void brokenFileIsAMissAndRemoved();
    void keepsWithinItsSize();
};

void TestHttpDiskCache::expiryFollowsTheHeaders_data()
{
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<qint64>("lifetime"); // seconds from now

    const qint64 week = 7 * 24 * 3600;
    QTest::newRow("nothing said: a week") << Headers {} << week;
    QTest::newRow("only an ETag: a week") << Headers { { "ETag", "\"abc\"" } } << week;
    QTest::newRow("max-age") << Headers { { "Cache-Control", "public, max-age=3600" } } << 3600LL;
    QTest::newRow("max-age beats Expires") << Headers { { "cache-control", "max-age=60" },
        { "Expires", "Thu, 01 Jan 2099 00:00:00 GMT" } }
                                           << 60LL;
    QTest::newRow("max-age minus Age")
        << Headers { { "Cache-Control", "max-age=100" }, { "Age", "30" } } << 70LL;
    QTest::newRow("no-cache: revalidate every time")
        << Headers { { "Cache-Control", "no-cache" } } << 0LL;
    QTest::newRow("max-age=0") << Headers { { "Cache-Control", "max-age=0" } } << 0LL;
    QTest::newRow("Expires from the server's Date") << Headers {
        { "Date", "Mon, 01 Mar 2027 10:00:00 GMT" }, { "Expires", "Mon, 01 Mar 2027 12:00:00 GMT" }
    } << 7200LL;
    QTest::newRow("Expires without Date")
        << Headers { { "Expires", "Mon, 01 Mar 2027 13:00:00 GMT" } } << 3600LL;
    QTest::newRow("Expires in the past")
        << Headers { { "Expires", "Mon, 01 Mar 2027 11:00:00 GMT" } } << 0LL;
    QTest::newRow("invalid Expires: expired") << Headers { { "Expires", "0" } } << 0LL;
}

void TestHttpDiskCache::expiryFollowsTheHeaders()
{
    QFETCH(Headers, headers);
    QFETCH(qint64, lifetime);
    const QDateTime now(QDate(2027, 3, 1), QTime(12, 0), Qt::UTC);
    const auto expires = HttpDiskCache::expiryFrom(headers, now);
    QVERIFY(expires.has_value());
    QCOMPARE(now.secsTo(*expires), lifetime);
}

void TestHttpDiskCache::noStoreIsNotKept()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(!HttpDiskCache::expiryFrom({ { "Cache-Control", "no-store" } }, now));
    QVERIFY(
        !HttpDiskCache::expiryFrom({ { "Cache-Control", "private, no-store, max-age=60" } }, now));
}

void TestHttpDiskCache::storedEntryComesBack()
{
    QTemporaryDir dir;
    HttpDiskCache cache(dir.path());
    const QUrl url(u"https://tile.example.org/3/4/2.png"_s);
    QVERIFY(!cache.find(url));
    const HttpDiskCache::Entry entry { "PNGDATA"_ba, "\"v1\""_ba,
        "Mon, 01 Mar 2027 10:00:00 GMT"_ba, QDateTime(QDate(2027, 3, 8), QTime(12, 0), Qt::UTC) };
    QVERIFY(cache.store(url, entry));
    const auto found = HttpDiskCache(dir.path()).find(url); // survives a restart
    QVERIFY(found);
    QCOMPARE(*found, entry);
    QVERIFY(found->isFresh(QDateTime(QDate(2027, 3, 8), QTime(11, 59), Qt::UTC)));
    QVERIFY(!found->isFresh(QDateTime(QDate(2027, 3, 8), QTime(12, 0), Qt::UTC)));
    cache.remove(url);
    QVERIFY(!cache.find(url));
}

void TestHttpDiskCache::otherUrlIsAMiss()
{
    QTemporaryDir dir;
    HttpDiskCache cache(dir.path());
    QVERIFY(cache.store(QUrl(u"https://a.example/1/1/1.png"_s),
        { "x"_ba, {}, {}, QDateTime::currentDateTimeUtc() }));
    QVERIFY(!cache.find(QUrl(u"https://a.example/1/1/0.png"_s)));
}

void TestHttpDiskCache::brokenFileIsAMissAndRemoved()
{
    QTemporaryDir dir;
    HttpDiskCache cache(dir.path());
    const QUrl url(u"https://tile.example.org/1/0/0.png"_s);
    QVERIFY(cache.store(
        url, { "body"_ba, "\"e\""_ba, {}, QDateTime::currentDateTimeUtc().addDays(1) }));
    QStringList files;
    for (const QFileInfo &sub : QDir(dir.path()).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot))
        for (const QFileInfo &file : QDir(sub.filePath()).entryInfoList(QDir::Files))
            files.append(file.filePath());
    QCOMPARE(files.size(), 1);
    QFile file(files.first());
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.resize(10); // cut short, as by a crash on an old file system
    file.close();
    QVERIFY(!cache.find(url));
    QVERIFY(!QFile::exists(files.first()));
}

void TestHttpDiskCache::keepsWithinItsSize()
{
    QTemporaryDir dir;
    HttpDiskCache cache(dir.path());
    cache.setMaxBytes(64 * 1024);
    const QByteArray body(4096, 'x');
    for (int i = 0; i < 100; ++i)
        QVERIFY(cache.store(QUrl(u"https://t.example/10/%1/1.png"_s.arg(i)),
            { body, {}, {}, QDateTime::currentDateTimeUtc().addDays(1) }));
    int kept = 0;
    for (int i = 0; i < 100; ++i)
        kept += cache.find(QUrl(u"https://t.example/10/%1/1.png"_s.arg(i))) ? 1 : 0;
    QVERIFY2(kept * 4096 <= 72 * 1024, qPrintable(QString::number(kept)));
    QVERIFY(kept > 0);
}

QTEST_GUILESS_MAIN(TestHttpDiskCache)
#include "tst_httpdiskcache.moc"
