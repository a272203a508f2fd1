// What one desktop tells the others of a write: every key, in payloads under PostgreSQL's limit,
// each naming who wrote it.
#include "app/storage/sharedchanges.h"

#include <QTest>

using namespace Qt::StringLiterals;
using gig::ChangedKeys;
using gig::StoreSnapshot;

class TestSharedChanges : public QObject
{
    Q_OBJECT

private slots:
    void everyKeyComesBack();
    void largeWritesAreSplit();
    void unreadableEntriesAreLeftOut();
};

void TestSharedChanges::everyKeyComesBack()
{
    StoreSnapshot written;
    gig::Cached<gig::Event> event;
    event.value.id = u"tm:Ünï-1"_s;
    written.events.append(event);
    gig::Cached<gig::Artist> artist;
    artist.value.id = u"tm:K1"_s;
    written.artists.append(artist);
    gig::Cached<gig::LatestRelease> release;
    release.value.artistMbid = u"m1"_s;
    written.releases.append(release);
    gig::Cached<gig::Location> place;
    place.value.id = u"place:52.5200,13.4050,10"_s;
    written.locations.append(place);

    const QStringList payloads = gig::SharedChanges::payloads(written, u"desk-a"_s);
    QCOMPARE(payloads.size(), 1);
    const ChangedKeys keys = gig::SharedChanges::parse(payloads.constFirst());
    QCOMPARE(keys.sender, u"desk-a"_s);
    QCOMPARE(keys.events, QStringList { u"tm:Ünï-1"_s });
    QCOMPARE(keys.artists, QStringList { u"tm:K1"_s });
    QCOMPARE(keys.releases, QStringList { u"m1"_s });
    QCOMPARE(keys.locations, QStringList { u"place:52.5200,13.4050,10"_s });
    QVERIFY(gig::SharedChanges::payloads({}, u"desk-a"_s).isEmpty()); // nothing written
}

void TestSharedChanges::largeWritesAreSplit()
{
    StoreSnapshot written;
    for (int i = 0; i < 2000; ++i) {
        gig::Cached<gig::LatestRelease> release;
        release.value.artistMbid = u"mbid-%1"_s.arg(i, 36, 10, QChar(u'0'));
        written.releases.append(release);
    }
    const QStringList payloads = gig::SharedChanges::payloads(written, u"desk-b"_s, 1000);
    QVERIFY(payloads.size() > 1);
    QStringList all;
    for (const QString &payload : payloads) {
        QVERIFY(payload.toUtf8().size() <= 1000);
        const ChangedKeys keys = gig::SharedChanges::parse(payload);
        QCOMPARE(keys.sender, u"desk-b"_s);
        all += keys.releases;
    }
    QCOMPARE(all.size(), 2000);
    QCOMPARE(all.constLast(), u"mbid-%1"_s.arg(1999, 36, 10, QChar(u'0')));
}

void TestSharedChanges::unreadableEntriesAreLeftOut()
{
    const QChar sep(0x1f);
    const ChangedKeys keys = gig::SharedChanges::parse(
        u"s:x"_s + sep + u"zz"_s + sep + u"q:1"_s + sep + u"r:m2"_s + sep);
    QCOMPARE(keys.sender, u"x"_s);
    QCOMPARE(keys.releases, QStringList { u"m2"_s });
    QVERIFY(keys.events.isEmpty() && keys.artists.isEmpty() && keys.locations.isEmpty());
}

QTEST_GUILESS_MAIN(TestSharedChanges)
#include "tst_sharedchanges.moc"
