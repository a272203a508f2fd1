// What the engine runs on, from the settings and the keys: every source switched on that has a
// key, the demo when none is left or when asked for, Ticketmaster's key from the environment.
#include "app/sandbox/demosandbox.h"
#include "app/wiring/settingsbinding.h"

#include <QTest>

using namespace Qt::StringLiterals;
using gig::ApiKeys;
using gig::AppSettings;
using gig::Service;
using gig::SettingsBinding;
using gig::Source;

class TestSettingsBinding : public QObject
{
    Q_OBJECT

private slots:
    void init() { qunsetenv("GIGMAP_TICKETMASTER_KEY"); }
    void sourcesSwitchedOnWithAKeyAreAsked();
    void noSourceLeftMeansTheDemo();
    void theEnvironmentsKeySwitchesTicketmasterOn();

private:
    gig::DemoSandbox m_sandbox; // not started: the demo's roots are empty here
};

void TestSettingsBinding::sourcesSwitchedOnWithAKeyAreAsked()
{
    AppSettings settings;
    settings.sources = { Source::Ticketmaster, Source::Songkick, Source::SeatGeek };
    const ApiKeys keys { { Service::Ticketmaster, u"tm"_s }, { Service::SeatGeek, u"sg"_s } };
    const gig::EngineConfig config
        = SettingsBinding::engineConfig(settings, keys, false, m_sandbox);
    QCOMPARE(config.sources, (QList<Source> { Source::Ticketmaster, Source::SeatGeek }));
    QCOMPARE(config.keyOf(Source::SeatGeek), u"sg"_s);
    QCOMPARE(config.urls, settings.serviceUrls); // the real services
}

void TestSettingsBinding::noSourceLeftMeansTheDemo()
{
    AppSettings settings;
    const ApiKeys keys { { Service::Ticketmaster, u"tm"_s } };
    QCOMPARE(SettingsBinding::engineConfig(settings, keys, false, m_sandbox).sources,
        QList<Source> { Source::Demo }); // none switched on
    settings.sources = { Source::SeatGeek };
    QCOMPARE(SettingsBinding::engineConfig(settings, keys, false, m_sandbox).sources,
        QList<Source> { Source::Demo }); // switched on, but no key
    settings.sources = { Source::Ticketmaster };
    const gig::EngineConfig forced = SettingsBinding::engineConfig(settings, keys, true, m_sandbox);
    QVERIFY(forced.isDemo()); // --demo
    QCOMPARE(forced.urls, m_sandbox.demoRoots());
}

void TestSettingsBinding::theEnvironmentsKeySwitchesTicketmasterOn()
{
    qputenv("GIGMAP_TICKETMASTER_KEY", "env-key");
    AppSettings settings;
    gig::EngineConfig config = SettingsBinding::engineConfig(settings, {}, false, m_sandbox);
    QCOMPARE(config.sources, QList<Source> { Source::Ticketmaster });
    QCOMPARE(config.keyOf(Source::Ticketmaster), u"env-key"_s);
    // With sources switched on, the key joins them without switching Ticketmaster on.
    settings.sources = { Source::SeatGeek };
    config = SettingsBinding::engineConfig(
        settings, ApiKeys { { Service::SeatGeek, u"sg"_s } }, false, m_sandbox);
    QCOMPARE(config.sources, QList<Source> { Source::SeatGeek });
    qunsetenv("GIGMAP_TICKETMASTER_KEY");
}

QTEST_MAIN(TestSettingsBinding)
#include "tst_settingsbinding.moc"
