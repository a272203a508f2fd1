#include "app/net/requestqueue.h"
#include "app/sandbox/sandboxserver.h"
#include "app/tiles/networktilesource.h"

#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gig;

namespace {

QByteArray headerOf(const SandboxRequest &request, QByteArrayView name)
{
    for (const auto &[key, value] : request.headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QList<SandboxRequest> tileRequests(const SandboxServer &server)
{
    QList<SandboxRequest> result;
    for (const SandboxRequest &request : server.requestLog()) {
        if (request.service == SandboxService::Tiles)
            result.append(request);
    }
    return result;
}

} // namespace

// Real steady time for the queue's pacing; a wall time the test moves forward, for freshness.
class WallClockAt final : public Clock
{
public:
    explicit WallClockAt(const QDateTime *now)
        : m_now(now)
    { }
    QDateTime systemNow() const override { return *m_now; }

private:
    const QDateTime *m_now;
};

class TestNetworkTileSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fetchesATileWithOurUserAgentAndNoNoCache();
    void freshTileComesFromDiskWithoutARequest();
    void staleTileIsRevalidatedAnd304RenewsIt();
    void mostUrgentTileIsSentFirst();
    void cancelledTilesAreNeverSent();
    void serverErrorWithoutCopyFails();
    void staleCopyStandsInWhenTheServerFails();
    void answerThatIsNoImageNeverReplacesATile_data();
    void answerThatIsNoImageNeverReplacesATile();
    void rejectsUnusableTemplates_data();
    void rejectsUnusableTemplates();
    void templateFillsPlaceholders();
    void keyFillsItsPlaceholderAndIsRequired();
    void aNewKeyKeepsTheTilesOnDisk();
    void changingTheServerReplacesTheTiles();

private:
    std::unique_ptr<NetworkTileSource> makeSource();

    SandboxServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RequestQueue> m_queue;
    QDateTime m_now;
};

void TestNetworkTileSource::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server.setRealism(false);
    QVERIFY(m_server.listen());
}

void TestNetworkTileSource::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_queue = std::make_unique<RequestQueue>(std::make_shared<WallClockAt>(&m_now));
    m_queue->setSettingsFile(m_dir->filePath(u"queue.ini"_s));
    m_queue->setCacheDirectory(QString()); // only the tile cache under test keeps tiles
    LanePolicy policy = LanePolicy::defaultFor(u"tile.openstreetmap.org"_s);
    policy.maxRetries = 0;
    m_queue->setLanePolicy(u"tile.openstreetmap.org"_s, policy);
    m_queue->routePrefix(m_server.serviceRoot(SandboxService::Tiles), u"tile.openstreetmap.org"_s);
    m_server.clearFaults();
    m_server.clearRequestLog();
    m_now = QDateTime(QDate(2027, 3, 1), QTime(12, 0), Qt::UTC);
}

void TestNetworkTileSource::cleanup()
{
    m_queue.reset();
    m_dir.reset();
}

std::unique_ptr<NetworkTileSource> TestNetworkTileSource::makeSource()
{
    auto source = std::make_unique<NetworkTileSource>(m_queue.get());
    const QString root = m_server.serviceRoot(SandboxService::Tiles).toString();
    if (!source->setUrlTemplate(root + u"/{z}/{x}/{y}.png"_s))
        qFatal("template refused");
    source->setCacheDirectory(m_dir->filePath(u"tiles"_s));
    return source;
}

void TestNetworkTileSource::fetchesATileWithOurUserAgentAndNoNoCache()
{
    auto source = makeSource();
    QSignalSpy ready(source.get(), &TileSource::tileReady);
    source->request(TileId { 3, 4, 2 }, 0);
    QVERIFY(ready.count() == 1 || ready.wait());
    QCOMPARE(ready.first().at(0).value<TileId>(), (TileId { 3, 4, 2 }));
    const QImage image = QImage::fromData(ready.first().at(1).toByteArray());
    QCOMPARE(image.size(), QSize(256, 256));

    const QList<SandboxRequest> requests = tileRequests(m_server);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().path, u"/tiles/3/4/2.png"_s);
    QVERIFY(headerOf(requests.first(), "user-agent").startsWith("gigmap/"));
    QVERIFY(!headerOf(requests.first(), "cache-control").toLower().contains("no-cache"));
    QVERIFY(!headerOf(requests.first(), "pragma").toLower().contains("no-cache"));
    QVERIFY(headerOf(requests.first(), "if-none-match").isEmpty()); // nothing cached yet
}

void TestNetworkTileSource::freshTileComesFromDiskWithoutARequest()
{
    {
        auto first = makeSource();
        QSignalSpy ready(first.get(), &TileSource::tileReady);
        first->request(TileId { 2, 1, 1 }, 0);
        QVERIFY(ready.count() == 1 || ready.wait());
    }
    QCOMPARE(tileRequests(m_server).size(), 1);
    m_now = m_now.addDays(6); // the sandbox says max-age of a week: still fresh
    auto second = makeSource(); // as after a restart
    QSignalSpy ready(second.get(), &TileSource::tileReady);
    second->request(TileId { 2, 1, 1 }, 0);
    QCOMPARE(ready.count(), 0); // answered after request() returns, like the network
    QVERIFY(ready.wait());
    QVERIFY(!QImage::fromData(ready.first().at(1).toByteArray()).isNull());
    QCOMPARE(tileRequests(m_server).size(), 1); // no second request
}

void TestNetworkTileSource::staleTileIsRevalidatedAnd304RenewsIt()
{
    auto source = makeSource();
    QSignalSpy ready(source.get(), &TileSource::tileReady);
    source->request(TileId { 4, 8, 5 }, 0);
    QVERIFY(ready.count() == 1 || ready.wait());
    const QByteArray body = ready.first().at(1).toByteArray();
    const QByteArray etag = headerOf(tileRequests(m_server).first(), "if-none-match");
    QVERIFY(etag.isEmpty());

    m_now = m_now.addDays(8); // past the week: ask whether it changed
    ready.clear();
    source->request(TileId { 4, 8, 5 }, 0);
    QVERIFY(ready.count() == 1 || ready.wait());
    QCOMPARE(ready.first().at(1).toByteArray(), body);
    const QList<SandboxRequest> requests = tileRequests(m_server);
    QCOMPARE(requests.size(), 2);
    QVERIFY(headerOf(requests.last(), "if-none-match").startsWith('"'));
    QCOMPARE(requests.last().status, 304);

    m_now = m_now.addDays(6); // the 304 renewed it for another week
    ready.clear();
    source->request(TileId { 4, 8, 5 }, 0);
    QVERIFY(ready.count() == 1 || ready.wait());
    QCOMPARE(tileRequests(m_server).size(), 2);
}

void TestNetworkTileSource::mostUrgentTileIsSentFirst()
{
    auto source = makeSource();
    source->setMaxInFlight(1);
    QSignalSpy ready(source.get(), &TileSource::tileReady);
    source->request(TileId { 5, 1, 1 }, 7); // goes out at once: the slot is free
    source->request(TileId { 5, 2, 2 }, 5);
    source->request(TileId { 5, 3, 3 }, 0);
    source->request(TileId { 5, 4, 4 }, 2);
    QCOMPARE(source->inFlightCount(), 1);
    QCOMPARE(source->queuedCount(), 3);
    QTRY_COMPARE(ready.count(), 4);
    QStringList paths;
    for (const SandboxRequest &request : tileRequests(m_server))
        paths.append(request.path);
    QCOMPARE(paths,
        QStringList({ u"/tiles/5/1/1.png"_s, u"/tiles/5/3/3.png"_s, u"/tiles/5/4/4.png"_s,
            u"/tiles/5/2/2.png"_s }));
}

void TestNetworkTileSource::cancelledTilesAreNeverSent()
{
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Latency;
    slow.latency = std::chrono::milliseconds(300);
    m_server.setFault(SandboxService::Tiles, slow);
    auto source = makeSource();
    source->setMaxInFlight(2);
    QSignalSpy ready(source.get(), &TileSource::tileReady);
    QSignalSpy failed(source.get(), &TileSource::tileFailed);
    for (int x = 0; x < 6; ++x)
        source->request(TileId { 6, x, 9 }, x);
    for (int x = 0; x < 5; ++x) // the map scrolled: only the last one is still wanted
        source->cancel(TileId { 6, x, 9 });
    QCOMPARE(source->queuedCount(), 0);
    QCOMPARE(source->inFlightCount(), 1);
    QVERIFY(ready.count() == 1 || ready.wait(5000));
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.first().at(0).value<TileId>(), (TileId { 6, 5, 9 }));
    QCOMPARE(failed.count(), 0);
    // Only the two sent before the cancel (now aborted) and the wanted one reached the server.
    QVERIFY(tileRequests(m_server).size() <= 3);
    for (const SandboxRequest &request : tileRequests(m_server))
        QVERIFY(request.path != u"/tiles/6/2/9.png"_s && request.path != u"/tiles/6/3/9.png"_s);
}

void TestNetworkTileSource::serverErrorWithoutCopyFails()
{
    SandboxFault broken;
    broken.kind = SandboxFault::Kind::InternalError;
    m_server.setFault(SandboxService::Tiles, broken);
    auto source = makeSource();
    QSignalSpy failed(source.get(), &TileSource::tileFailed);
    source->request(TileId { 1, 0, 0 }, 0);
    QVERIFY(failed.count() == 1 || failed.wait());
    QVERIFY(failed.first().at(1).toString().contains(u"500"_s));
}

void TestNetworkTileSource::staleCopyStandsInWhenTheServerFails()
{
    auto source = makeSource();
    QSignalSpy ready(source.get(), &TileSource::tileReady);
    source->request(TileId { 1, 1, 0 }, 0);
    QVERIFY(ready.count() == 1 || ready.wait());
    const QByteArray body = ready.first().at(1).toByteArray();
    SandboxFault broken;
    broken.kind = SandboxFault::Kind::InternalError;
    m_server.setFault(SandboxService::Tiles, broken);
    m_now = m_now.addDays(30);
    ready.clear();
    source->request(TileId { 1, 1, 0 }, 0);
    QVERIFY(ready.count() == 1 || ready.wait());
    QCOMPARE(ready.first().at(1).toByteArray(), body);
}

void TestNetworkTileSource::answerThatIsNoImageNeverReplacesATile_data()
{
    QTest::addColumn<int>("kind");
    QTest::addRow("HTML maintenance page") << int(SandboxFault::Kind::WrongContentType);
    QTest::addRow("not a PNG, said to be one") << int(SandboxFault::Kind::WrongShape);
    QTest::addRow("malformed") << int(SandboxFault::Kind::MalformedJson);
}

void TestNetworkTileSource::answerThatIsNoImageNeverReplacesATile()
{
    QFETCH(int, kind);
    auto source = makeSource();
    QSignalSpy ready(source.get(), &TileSource::tileReady);
    QSignalSpy failed(source.get(), &TileSource::tileFailed);
    source->request(TileId { 2, 1, 1 }, 0);
    QVERIFY(ready.count() == 1 || ready.wait());
    const QByteArray body = ready.first().at(1).toByteArray();
    SandboxFault garbage;
    garbage.kind = SandboxFault::Kind(kind);
    m_server.setFault(SandboxService::Tiles, garbage);

    // A cached tile due for revalidation keeps showing its copy, which stays on disk.
    m_now = m_now.addDays(30);
    ready.clear();
    source->request(TileId { 2, 1, 1 }, 0);
    QVERIFY(ready.count() == 1 || ready.wait());
    QCOMPARE(ready.first().at(1).toByteArray(), body);
    QCOMPARE(HttpDiskCache(source->cacheDirectory()).find(source->urlFor(TileId { 2, 1, 1 }))->body,
        body);

    // A tile never fetched fails, and nothing is kept for it.
    source->request(TileId { 2, 2, 1 }, 0);
    QVERIFY(failed.count() == 1 || failed.wait());
    QVERIFY(failed.first().at(1).toString().contains(u"no image"_s));
    QVERIFY(!HttpDiskCache(source->cacheDirectory()).find(source->urlFor(TileId { 2, 2, 1 })));
    QCOMPARE(ready.count(), 1);
}

void TestNetworkTileSource::rejectsUnusableTemplates_data()
{
    QTest::addColumn<QString>("urlTemplate");
    QTest::newRow("no placeholders") << u"https://tile.example.org/tile.png"_s;
    QTest::newRow("no y") << u"https://tile.example.org/{z}/{x}.png"_s;
    QTest::newRow("not http") << u"ftp://tile.example.org/{z}/{x}/{y}.png"_s;
    QTest::newRow("plain http to a remote host") << u"http://tile.example.org/{z}/{x}/{y}.png"_s;
    QTest::newRow("no host") << u"https:///{z}/{x}/{y}.png"_s;
    QTest::newRow("empty") << QString();
}

void TestNetworkTileSource::rejectsUnusableTemplates()
{
    QFETCH(QString, urlTemplate);
    NetworkTileSource source(m_queue.get());
    QVERIFY(!source.setUrlTemplate(urlTemplate));
    QVERIFY(!source.errorString().isEmpty());
    QCOMPARE(source.urlTemplate(), NetworkTileSource::defaultUrlTemplate());
}

void TestNetworkTileSource::templateFillsPlaceholders()
{
    NetworkTileSource source(m_queue.get());
    QCOMPARE(
        source.urlFor(TileId { 5, 17, 11 }), QUrl(u"https://tile.openstreetmap.org/5/17/11.png"_s));
    QVERIFY(source.setUrlTemplate(u"https://{s}.tiles.example/{z}/{x}/{y}{r}.png"_s));
    QCOMPARE(source.urlFor(TileId { 2, 1, 1 }), QUrl(u"https://c.tiles.example/2/1/1.png"_s));
    source.setHighDpi(true);
    QCOMPARE(source.urlFor(TileId { 2, 1, 2 }), QUrl(u"https://a.tiles.example/2/1/2@2x.png"_s));
}

void TestNetworkTileSource::keyFillsItsPlaceholderAndIsRequired()
{
    NetworkTileSource source(m_queue.get());
    const QString keyed = u"https://tiles.example/{z}/{x}/{y}.png?apikey={key}"_s;
    QVERIFY(!source.setUrlTemplate(keyed)); // no key to put in
    QVERIFY(source.errorString().contains(u"needs a key"_s));
    QCOMPARE(source.urlTemplate(), NetworkTileSource::defaultUrlTemplate());
    QVERIFY(source.setUrlTemplate(keyed, u" k&y=1 "_s));
    QCOMPARE(source.urlFor(TileId { 3, 2, 1 }).toString(QUrl::FullyEncoded),
        u"https://tiles.example/3/2/1.png?apikey=k%26y%3D1"_s);
    // A template without {key} needs none, and a key given anyway goes nowhere.
    QVERIFY(source.setUrlTemplate(u"https://tiles.example/{z}/{x}/{y}.png"_s, u"k"_s));
    QCOMPARE(source.urlFor(TileId { 3, 2, 1 }), QUrl(u"https://tiles.example/3/2/1.png"_s));
}

void TestNetworkTileSource::aNewKeyKeepsTheTilesOnDisk()
{
    const QString keyed
        = m_server.serviceRoot(SandboxService::Tiles).toString() + u"/{z}/{x}/{y}.png?key={key}"_s;
    auto source = std::make_unique<NetworkTileSource>(m_queue.get());
    source->setCacheDirectory(m_dir->filePath(u"tiles"_s));
    QVERIFY(source->setUrlTemplate(keyed, u"first"_s));
    QSignalSpy ready(source.get(), &TileSource::tileReady);
    source->request(TileId { 2, 1, 1 }, 0);
    QVERIFY(ready.count() == 1 || ready.wait());
    QCOMPARE(tileRequests(m_server).size(), 1);
    QCOMPARE(tileRequests(m_server).first().query.queryItemValue(u"key"_s), u"first"_s);

    QVERIFY(source->setUrlTemplate(keyed, u"renewed"_s));
    ready.clear();
    source->request(TileId { 2, 1, 1 }, 0);
    QVERIFY(ready.wait());
    QCOMPARE(tileRequests(m_server).size(), 1); // the fresh copy on disk, under its keyless name
    source->request(TileId { 2, 1, 2 }, 0);
    QVERIFY(ready.wait());
    QCOMPARE(tileRequests(m_server).last().query.queryItemValue(u"key"_s), u"renewed"_s);
}

void TestNetworkTileSource::changingTheServerReplacesTheTiles()
{
    NetworkTileSource source(m_queue.get());
    QSignalSpy replaced(&source, &TileSource::tilesReplaced);
    const QString keyed = u"https://tiles.example/{z}/{x}/{y}.png?apikey={key}"_s;
    QVERIFY(source.setUrlTemplate(keyed, u"a"_s));
    QCOMPARE(replaced.count(), 1);
    QVERIFY(source.setUrlTemplate(keyed, u"a"_s));
    QCOMPARE(replaced.count(), 1); // the same server and key: the tiles shown stay
    QVERIFY(source.setUrlTemplate(keyed, u"b"_s));
    QCOMPARE(replaced.count(), 2);
    QVERIFY(!source.setUrlTemplate(u"ftp://tiles.example/{z}/{x}/{y}"_s));
    QCOMPARE(replaced.count(), 2); // refused: nothing changed
    source.setDrawsPlaceNames(!source.drawsPlaceNames());
    QCOMPARE(replaced.count(), 3);
}

QTEST_GUILESS_MAIN(TestNetworkTileSource)
#include "tst_networktilesource.moc"
