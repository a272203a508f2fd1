#include "app/covers/coverartfetcher.h"
#include "app/net/requestqueue.h"
#include "app/sandbox/sandboxcoverart.h"
#include "app/sandbox/sandboxserver.h"
#include "app/wiring/coverartbinding.h"
#include "models/coverimages.h"

#include <QDirIterator>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gig;

namespace {

// A release group MBID the sandbox has a cover for (or not).
QString releaseGroup(bool withCover, int skip = 0)
{
    for (int n = 0;; ++n) {
        const QString mbid = u"%1-0000-4000-8000-000000000000"_s.arg(n, 8, 16, QLatin1Char('0'));
        if (SandboxCoverArt::hasCover(mbid) == withCover && skip-- == 0)
            return mbid;
    }
}

int filesIn(const QString &directory)
{
    int count = 0;
    QDirIterator it(directory, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

} // namespace

class TestCoverArtFetcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void followsTheRedirectToTheImage();
    void aCoverOnDiskNeedsNoRequest();
    void aReleaseGroupWithoutCoverIsAskedOnce();
    void failuresLeaveNoCoverAndTheDiskAsItWas_data();
    void failuresLeaveNoCoverAndTheDiskAsItWas();
    void theWindowsCoversAreFetchedOnceWanted();

private:
    std::unique_ptr<CoverArtFetcher> makeFetcher();
    int coverRequests() const { return m_server.requestCount(SandboxService::CoverArtArchive); }

    SandboxServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RequestQueue> m_queue;
};

void TestCoverArtFetcher::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server.setRealism(false);
    QVERIFY(m_server.listen());
}

void TestCoverArtFetcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_queue = std::make_unique<RequestQueue>();
    m_queue->setSettingsFile(m_dir->filePath(u"queue.ini"_s));
    m_queue->setCacheDirectory(QString()); // only the fetcher's own cache keeps covers
    const QString lane = serviceSpec(Service::CoverArtArchive).laneName();
    LanePolicy policy = LanePolicy::defaultFor(lane);
    policy.maxRetries = 0;
    m_queue->setLanePolicy(lane, policy);
    m_queue->routePrefix(m_server.serviceRoot(SandboxService::CoverArtArchive), lane);
    m_server.clearFaults();
    m_server.clearRequestLog();
}

void TestCoverArtFetcher::cleanup()
{
    m_queue.reset();
    m_dir.reset();
}

std::unique_ptr<CoverArtFetcher> TestCoverArtFetcher::makeFetcher()
{
    auto fetcher = std::make_unique<CoverArtFetcher>(m_queue.get(), m_dir->filePath(u"covers"_s));
    fetcher->setRoot(m_server.serviceRoot(SandboxService::CoverArtArchive));
    return fetcher;
}

void TestCoverArtFetcher::followsTheRedirectToTheImage()
{
    const auto fetcher = makeFetcher();
    QSignalSpy ready(fetcher.get(), &CoverArtFetcher::coverReady);
    const QString mbid = releaseGroup(true);
    fetcher->fetch(mbid);
    QVERIFY(ready.wait(10000));
    QCOMPARE(ready.constFirst().at(0).toString(), mbid);
    const QImage cover = QImage::fromData(ready.constFirst().at(1).toByteArray());
    QCOMPARE(cover.size(), QSize(250, 250));
    QCOMPARE(cover.pixelColor(2, 2), SandboxCoverArt::render(mbid, 250).pixelColor(2, 2));
    QCOMPARE(coverRequests(), 2); // the redirect and the image
    const QList<SandboxRequest> log = m_server.requestLog();
    QVERIFY(log.constFirst().path.endsWith(u"/release-group/"_s + mbid + u"/front-250"_s));
}

void TestCoverArtFetcher::aCoverOnDiskNeedsNoRequest()
{
    const QString mbid = releaseGroup(true, 1);
    {
        const auto first = makeFetcher();
        QSignalSpy ready(first.get(), &CoverArtFetcher::coverReady);
        first->fetch(mbid);
        QVERIFY(ready.wait(10000));
    }
    const int asked = coverRequests();
    const auto again = makeFetcher(); // as after a restart: only the disk remembers
    QSignalSpy ready(again.get(), &CoverArtFetcher::coverReady);
    again->fetch(mbid);
    QVERIFY(ready.wait(5000));
    QVERIFY(!QImage::fromData(ready.constFirst().at(1).toByteArray()).isNull());
    QCOMPARE(coverRequests(), asked);
}

void TestCoverArtFetcher::aReleaseGroupWithoutCoverIsAskedOnce()
{
    const auto fetcher = makeFetcher();
    QSignalSpy missing(fetcher.get(), &CoverArtFetcher::coverMissing);
    const QString mbid = releaseGroup(false);
    fetcher->fetch(mbid);
    QVERIFY(missing.wait(10000));
    QCOMPARE(coverRequests(), 1);
    fetcher->fetch(mbid);
    QVERIFY(missing.wait(5000));
    QCOMPARE(missing.count(), 2);
    QCOMPARE(coverRequests(), 1); // the 404 is remembered
}

void TestCoverArtFetcher::failuresLeaveNoCoverAndTheDiskAsItWas_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("503") << int(SandboxFault::Kind::ServiceUnavailable);
    QTest::newRow("429") << int(SandboxFault::Kind::TooManyRequests);
    QTest::newRow("reset") << int(SandboxFault::Kind::ConnectionReset);
    QTest::newRow("not an image") << int(SandboxFault::Kind::WrongShape);
    QTest::newRow("an HTML page") << int(SandboxFault::Kind::WrongContentType);
}

void TestCoverArtFetcher::failuresLeaveNoCoverAndTheDiskAsItWas()
{
    QFETCH(int, kind);
    const auto fetcher = makeFetcher();
    // One cover on disk first.
    QSignalSpy ready(fetcher.get(), &CoverArtFetcher::coverReady);
    fetcher->fetch(releaseGroup(true, 2));
    QVERIFY(ready.wait(10000));
    const int filesBefore = filesIn(m_dir->filePath(u"covers"_s));
    QCOMPARE(filesBefore, 1);

    SandboxFault fault;
    fault.kind = SandboxFault::Kind(kind);
    m_server.setFault(SandboxService::CoverArtArchive, fault);
    QSignalSpy missing(fetcher.get(), &CoverArtFetcher::coverMissing);
    const QString mbid = releaseGroup(true, 3);
    fetcher->fetch(mbid);
    QVERIFY(missing.wait(15000));
    QCOMPARE(ready.count(), 1);
    QCOMPARE(filesIn(m_dir->filePath(u"covers"_s)), filesBefore);

    // Not remembered as "no cover": once the archive is back, the cover comes.
    m_server.clearFaults();
    fetcher->fetch(mbid);
    QVERIFY(ready.wait(10000));
    QCOMPARE(ready.constLast().at(0).toString(), mbid);
}

void TestCoverArtFetcher::theWindowsCoversAreFetchedOnceWanted()
{
    const auto fetcher = makeFetcher();
    CoverImages covers;
    const QUrl root = m_server.serviceRoot(SandboxService::CoverArtArchive);
    CoverArtBinding binding(&covers, fetcher.get(), [root] { return root; });
    QSignalSpy changed(&covers, &CoverImages::changed);
    const QString with = releaseGroup(true, 4);
    const QString without = releaseGroup(false, 1);
    covers.want(with);
    covers.want(with); // asked once
    covers.want(without);
    QCOMPARE(covers.state(with), CoverImages::State::Wanted);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 10000);
    QCOMPARE(covers.state(with), CoverImages::State::Shown);
    QVERIFY(!QImage::fromData(covers.cover(with)).isNull());
    QCOMPARE(covers.state(without), CoverImages::State::None);
    QCOMPARE(coverRequests(), 3);
    covers.forgetNone(); // a gig chosen anew: asks again, and the 404 answers from memory
    covers.want(without);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 3, 5000);
    QCOMPARE(coverRequests(), 3);
}

QTEST_GUILESS_MAIN(TestCoverArtFetcher)
#include "tst_coverartfetcher.moc"
