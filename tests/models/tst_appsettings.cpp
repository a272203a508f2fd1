#include "models/appsettings.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::AppSettings;
using gig::ReleaseType;
using gig::Source;

class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void emptySettingsGiveTheDefaults();
    void saveThenLoadRoundTrips();
    void sharedCachePasswordIsNeverSaved();
    void unusableValuesFallBackToDefaults_data();
    void unusableValuesFallBackToDefaults();
    void keysAreNeverWritten();
    void olderSpellingsOfAUrlNameAreRead();
    void theOlderSingleSourceIsRead();
    void apiKeysAreTrimmedAndEmptyMeansNone();
    void sourceNamesRoundTrip();

private:
    QString settingsFile() const { return m_dir.filePath(u"gigmap.conf"_s); }
    QTemporaryDir m_dir;
};

void TestAppSettings::emptySettingsGiveTheDefaults()
{
    QSettings settings(settingsFile() + u".empty"_s, QSettings::IniFormat);
    const AppSettings loaded = AppSettings::load(settings);
    QCOMPARE(loaded, AppSettings());
    QVERIFY(loaded.sources.isEmpty()); // the demo
    QCOMPARE(loaded.serviceUrl(gig::Service::MusicBrainz), QUrl(u"https://musicbrainz.org/ws/2"_s));
    QCOMPARE(loaded.releaseTypes,
        (QList<ReleaseType> { ReleaseType::Album, ReleaseType::EP, ReleaseType::Single }));
}

void TestAppSettings::saveThenLoadRoundTrips()
{
    AppSettings custom;
    custom.sources = { Source::Ticketmaster, Source::SeatGeek };
    custom.serviceUrls[gig::Service::Ticketmaster]
        = QUrl(u"http://127.0.0.1:8080/ticketmaster/discovery/v2"_s);
    custom.serviceUrls[gig::Service::Songkick] = QUrl(u"http://127.0.0.1:8080/songkick/api/3.0"_s);
    custom.serviceUrls[gig::Service::MusicBrainz]
        = QUrl(u"http://127.0.0.1:8080/musicbrainz/ws/2"_s);
    custom.serviceUrls[gig::Service::Nominatim] = QUrl(u"http://127.0.0.1:8080/nominatim"_s);
    custom.shownRefreshMinutes = 5;
    custom.backgroundRefreshMinutes = 240;
    custom.releaseTypes = { ReleaseType::Album, ReleaseType::Single };
    custom.tileUrl = u"http://127.0.0.1:8080/tiles/{z}/{x}/{y}.png?key={key}"_s;
    custom.tileAttribution = u"© Tiles & Co"_s;
    custom.tilesShowPlaceNames = false;
    custom.colorScheme = gig::ColorScheme::Dark;
    custom.language = u"de"_s;
    custom.keepRunningInTray = true;
    custom.sharedCacheUrl = u"postgresql://gigmap@db.office:5432/gigs"_s;
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        custom.save(settings);
    }
    QSettings settings(settingsFile(), QSettings::IniFormat);
    QCOMPARE(AppSettings::load(settings), custom);
}

void TestAppSettings::sharedCachePasswordIsNeverSaved()
{
    AppSettings custom;
    custom.sharedCacheUrl = u"postgresql://gigmap:s3cret@db.office/gigs"_s;
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        custom.save(settings);
    }
    QFile file(settingsFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("s3cret"));
    QSettings settings(settingsFile(), QSettings::IniFormat);
    QCOMPARE(AppSettings::load(settings).sharedCacheUrl, u"postgresql://gigmap@db.office/gigs"_s);
}

void TestAppSettings::unusableValuesFallBackToDefaults_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");

    QTest::newRow("unknown source") << u"source"_s << QVariant(u"myspace"_s);
    QTest::newRow("ftp url") << u"musicBrainzUrl"_s << QVariant(u"ftp://musicbrainz.org/ws/2"_s);
    QTest::newRow("relative url") << u"nominatimUrl"_s << QVariant(u"nominatim/search"_s);
    QTest::newRow("zero minutes") << u"shownRefreshMinutes"_s << QVariant(0);
    QTest::newRow("words for minutes") << u"backgroundRefreshMinutes"_s << QVariant(u"often"_s);
    QTest::newRow("years of minutes") << u"backgroundRefreshMinutes"_s << QVariant(9999999);
    QTest::newRow("no release type") << u"releaseTypes"_s << QVariant(QStringList { u"Live"_s });
    QTest::newRow("tile url without z")
        << u"tileUrl"_s << QVariant(u"https://t.example/{x}/{y}.png"_s);
}

void TestAppSettings::unusableValuesFallBackToDefaults()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    const QString file = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".conf"_s);
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.setValue(u"settings/"_s + key, value);
        settings.setValue(u"settings/shownRefreshMinutes"_s,
            key == u"shownRefreshMinutes"_s ? value : QVariant(7));
    }
    QSettings settings(file, QSettings::IniFormat);
    AppSettings expected;
    if (key != u"shownRefreshMinutes"_s)
        expected.shownRefreshMinutes = 7; // the good value next to the bad one is kept
    QCOMPARE(AppSettings::load(settings), expected);
}

void TestAppSettings::keysAreNeverWritten()
{
    const QString file = m_dir.filePath(u"nokeys.conf"_s);
    {
        QSettings settings(file, QSettings::IniFormat);
        AppSettings().save(settings);
    }
    QSettings settings(file, QSettings::IniFormat);
    for (const QString &key : settings.allKeys())
        QVERIFY2(!key.contains(u"key"_s, Qt::CaseInsensitive), qPrintable(key));
}

void TestAppSettings::olderSpellingsOfAUrlNameAreRead()
{
    // Before the service table, MusicBrainz's URL was saved as "musicBrainzUrl".
    const QString file = m_dir.filePath(u"older.conf"_s);
    const QUrl mirror(u"https://mb.example.org/ws/2"_s);
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.setValue(u"settings/musicBrainzUrl"_s, mirror.toString());
    }
    {
        QSettings settings(file, QSettings::IniFormat);
        AppSettings loaded = AppSettings::load(settings);
        QCOMPARE(loaded.serviceUrl(gig::Service::MusicBrainz), mirror);
        loaded.save(settings);
    }
    // Saving keeps one spelling, the table's.
    QSettings settings(file, QSettings::IniFormat);
    QVERIFY(!settings.contains(u"settings/musicBrainzUrl"_s));
    QCOMPARE(settings.value(u"settings/musicbrainzUrl"_s).toString(), mirror.toString());
    QCOMPARE(AppSettings::load(settings).serviceUrl(gig::Service::MusicBrainz), mirror);
}

void TestAppSettings::theOlderSingleSourceIsRead()
{
    const QString file = m_dir.filePath(u"single.conf"_s);
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.setValue(u"settings/source"_s, u"songkick"_s);
    }
    {
        QSettings settings(file, QSettings::IniFormat);
        AppSettings loaded = AppSettings::load(settings);
        QCOMPARE(loaded.sources, QList<Source> { Source::Songkick });
        loaded.sources.append(Source::Ticketmaster);
        loaded.save(settings);
    }
    QSettings settings(file, QSettings::IniFormat);
    QVERIFY(!settings.contains(u"settings/source"_s));
    QCOMPARE(AppSettings::load(settings).sources,
        (QList<Source> { Source::Ticketmaster, Source::Songkick })); // in the order of sources()
    settings.setValue(u"settings/sources"_s, QStringList { u"demo"_s, u"myspace"_s });
    QVERIFY(AppSettings::load(settings).sources.isEmpty());
}

void TestAppSettings::apiKeysAreTrimmedAndEmptyMeansNone()
{
    gig::ApiKeys keys;
    keys.setKey(gig::Service::Ticketmaster, u"  tm-key \n"_s);
    QCOMPARE(keys.key(gig::Service::Ticketmaster), u"tm-key"_s);
    QVERIFY(keys.key(gig::Service::Songkick).isEmpty());
    keys.setKey(gig::Service::Ticketmaster, u"   "_s);
    QCOMPARE(keys, gig::ApiKeys()); // a blank key is no key
}

void TestAppSettings::sourceNamesRoundTrip()
{
    for (auto source : { Source::Demo, Source::Ticketmaster, Source::Songkick })
        QCOMPARE(gig::sourceFromName(gig::sourceName(source)), source);
    QCOMPARE(gig::sourceFromName(u"Ticketmaster"), Source::Ticketmaster);
    QVERIFY(!gig::sourceFromName(u"lastfm"));
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
