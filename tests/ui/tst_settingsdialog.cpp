#include "ui/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::ApiKeys;
using gig::AppSettings;
using gig::ReleaseType;
using gig::SettingsDialog;
using gig::Source;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void fieldsShowAndReturnTheSettings();
    void editedFieldsReachTheStruct();
    void keysAreHiddenAndSeparate();
    void unusableInputBlocksOk_data();
    void unusableInputBlocksOk();
    void restoreDefaultsKeepsSourceAndKeys();
    void settingsSurviveTheFileRoundTrip();
    void everyServiceOfTheTableHasItsFields();
    void sharedCachePasswordNeverReachesTheSettings();

private:
    template<class T> static T *field(const SettingsDialog &dialog, const QString &name)
    {
        T *widget = dialog.findChild<T *>(name);
        if (!widget)
            qFatal("no field %s", qPrintable(name));
        return widget;
    }
    static QPushButton *okButton(const SettingsDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    static AppSettings custom()
    {
        AppSettings settings;
        settings.sources = { Source::Songkick, Source::SeatGeek };
        settings.serviceUrls[gig::Service::Songkick]
            = QUrl(u"http://127.0.0.1:9000/songkick/api/3.0"_s);
        settings.serviceUrls[gig::Service::MusicBrainz]
            = QUrl(u"http://127.0.0.1:9000/musicbrainz/ws/2"_s);
        settings.shownRefreshMinutes = 3;
        settings.backgroundRefreshMinutes = 600;
        settings.releaseTypes = { ReleaseType::EP };
        settings.tileUrl = u"http://127.0.0.1:9000/tiles/{z}/{x}/{y}.png?apikey={key}"_s;
        settings.tileAttribution = u"© Local Tiles"_s;
        settings.tilesShowPlaceNames = false;
        settings.colorScheme = gig::ColorScheme::Light;
        settings.language = u"de"_s;
        settings.sharedCacheUrl = u"postgresql://gigmap@db.office:5432/gigs"_s;
        return settings;
    }
};

void TestSettingsDialog::fieldsShowAndReturnTheSettings()
{
    SettingsDialog dialog;
    QCOMPARE(dialog.settings(), AppSettings());
    const AppSettings settings = custom();
    dialog.setSettings(settings);
    dialog.setApiKeys({ { gig::Service::Songkick, u"sk"_s }, { gig::Service::SeatGeek, u"sg"_s },
        { gig::Service::Tiles, u"tk"_s } });
    QCOMPARE(dialog.settings(), settings);
    QCOMPARE(field<QLineEdit>(dialog, u"tileAttribution"_s)->text(), u"© Local Tiles"_s);
    QVERIFY(!field<QCheckBox>(dialog, u"tilesShowPlaceNames"_s)->isChecked());
    QCOMPARE(field<QLineEdit>(dialog, u"tilesKey"_s)->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog.apiKeys().key(gig::Service::Tiles), u"tk"_s);
    QVERIFY(field<QCheckBox>(dialog, u"seatgeekEnabled"_s)->isChecked());
    QVERIFY(!field<QCheckBox>(dialog, u"ticketmasterEnabled"_s)->isChecked());
    QCOMPARE(field<QLineEdit>(dialog, u"songkickUrl"_s)->text(),
        u"http://127.0.0.1:9000/songkick/api/3.0"_s);
    QCOMPARE(field<QSpinBox>(dialog, u"backgroundRefreshMinutes"_s)->value(), 600);
    QVERIFY(!field<QCheckBox>(dialog, u"countAlbums"_s)->isChecked());
    QVERIFY(field<QCheckBox>(dialog, u"countEps"_s)->isChecked());
    QVERIFY(okButton(dialog)->isEnabled());
}

void TestSettingsDialog::editedFieldsReachTheStruct()
{
    SettingsDialog dialog;
    field<QCheckBox>(dialog, u"ticketmasterEnabled"_s)->setChecked(true);
    field<QLineEdit>(dialog, u"ticketmasterKey"_s)->setText(u"  tm-key  "_s);
    field<QLineEdit>(dialog, u"nominatimUrl"_s)->setText(u" http://127.0.0.1:9000/nominatim "_s);
    field<QSpinBox>(dialog, u"shownRefreshMinutes"_s)->setValue(7);
    field<QCheckBox>(dialog, u"countSingles"_s)->setChecked(false);
    const AppSettings edited = dialog.settings();
    QCOMPARE(edited.sources, QList<Source> { Source::Ticketmaster });
    QCOMPARE(
        edited.serviceUrl(gig::Service::Nominatim), QUrl(u"http://127.0.0.1:9000/nominatim"_s));
    QCOMPARE(edited.shownRefreshMinutes, 7);
    QCOMPARE(edited.releaseTypes, (QList<ReleaseType> { ReleaseType::Album, ReleaseType::EP }));
    QCOMPARE(dialog.apiKeys(), (ApiKeys { { gig::Service::Ticketmaster, u"tm-key"_s } }));
    QVERIFY(okButton(dialog)->isEnabled());
}

void TestSettingsDialog::keysAreHiddenAndSeparate()
{
    SettingsDialog dialog;
    dialog.setApiKeys(
        { { gig::Service::Ticketmaster, u"tm"_s }, { gig::Service::Songkick, u"sk"_s } });
    QCOMPARE(field<QLineEdit>(dialog, u"ticketmasterKey"_s)->echoMode(), QLineEdit::Password);
    QCOMPARE(field<QLineEdit>(dialog, u"songkickKey"_s)->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog.apiKeys(),
        (ApiKeys { { gig::Service::Ticketmaster, u"tm"_s }, { gig::Service::Songkick, u"sk"_s } }));
    QCOMPARE(dialog.settings(), AppSettings()); // keys are not settings

    auto *warning = field<QLabel>(dialog, u"keyStoreWarning"_s);
    QVERIFY(!warning->isVisibleTo(&dialog));
    dialog.setKeyStoreWarning(u"No keyring answered"_s);
    QVERIFY(warning->isVisibleTo(&dialog));
    QCOMPARE(warning->text(), u"No keyring answered"_s);
}

void TestSettingsDialog::unusableInputBlocksOk_data()
{
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    QTest::newRow("ftp") << u"musicbrainzUrl"_s << u"ftp://musicbrainz.org"_s
                         << u"MusicBrainz URL"_s;
    QTest::newRow("empty") << u"ticketmasterUrl"_s << QString() << u"Ticketmaster URL"_s;
    QTest::newRow("no host") << u"nominatimUrl"_s << u"https://"_s << u"Nominatim URL"_s;
    QTest::newRow("tiles without z")
        << u"tileUrl"_s << u"https://t.example/{x}/{y}.png"_s << u"map tile URL"_s;
    QTest::newRow("shared cache, not postgresql")
        << u"sharedCacheUrl"_s << u"mysql://db/gigs"_s << u"postgresql:// address"_s;
    QTest::newRow("shared cache without a database")
        << u"sharedCacheUrl"_s << u"postgresql://gigmap@db:5432"_s << u"names a database"_s;
    QTest::newRow("tiles wanting a key")
        << u"tileUrl"_s << u"https://t.example/{z}/{x}/{y}.png?key={key}"_s << u"enter its key"_s;
}

void TestSettingsDialog::unusableInputBlocksOk()
{
    QFETCH(QString, fieldName);
    QFETCH(QString, text);
    QFETCH(QString, problem);
    SettingsDialog dialog;
    field<QLineEdit>(dialog, fieldName)->setText(text);
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY2(dialog.problems().contains(problem), qPrintable(dialog.problems()));
    QVERIFY(field<QLabel>(dialog, u"settingsProblems"_s)->isVisibleTo(&dialog));
    dialog.setSettings(AppSettings());
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(!field<QLabel>(dialog, u"settingsProblems"_s)->isVisibleTo(&dialog));
}

void TestSettingsDialog::restoreDefaultsKeepsSourceAndKeys()
{
    SettingsDialog dialog;
    dialog.setSettings(custom());
    dialog.setApiKeys({ { gig::Service::Songkick, u"sk"_s }, { gig::Service::SeatGeek, u"sg"_s },
        { gig::Service::Tiles, u"tk"_s } });
    QVERIFY(okButton(dialog)->isEnabled()); // the tile server's {key} has its key
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
    AppSettings expected;
    expected.sources = { Source::Songkick, Source::SeatGeek };
    expected.sharedCacheUrl = custom().sharedCacheUrl; // where the cache is is no default either
    QCOMPARE(dialog.settings(), expected);
    QCOMPARE(dialog.apiKeys().key(gig::Service::Songkick), u"sk"_s);

    // A source that needs a key cannot be accepted without one.
    dialog.setApiKeys({});
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(dialog.problems().contains(u"Songkick needs an API key"_s));
    field<QCheckBox>(dialog, u"countAlbums"_s)->setChecked(false);
    field<QCheckBox>(dialog, u"countEps"_s)->setChecked(false);
    field<QCheckBox>(dialog, u"countSingles"_s)->setChecked(false);
    QVERIFY(dialog.problems().contains(u"at least one release type"_s));
}

void TestSettingsDialog::settingsSurviveTheFileRoundTrip()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"gigmap.conf"_s);
    SettingsDialog dialog;
    dialog.setSettings(custom());
    {
        QSettings settings(file, QSettings::IniFormat);
        dialog.settings().save(settings);
    }
    QSettings settings(file, QSettings::IniFormat);
    SettingsDialog again;
    again.setSettings(AppSettings::load(settings));
    QCOMPARE(again.settings(), custom());
}

void TestSettingsDialog::everyServiceOfTheTableHasItsFields()
{
    SettingsDialog dialog;
    for (const gig::Service service : gig::apiServices()) {
        const QString id = gig::serviceSpec(service).id;
        QVERIFY2(dialog.findChild<QLineEdit *>(id + u"Url"_s), qPrintable(id));
        QCOMPARE(dialog.findChild<QLineEdit *>(id + u"Key"_s) != nullptr,
            gig::serviceSpec(service).needsKey);
    }
    for (const Source source : gig::sources()) {
        if (const auto service = gig::sourceService(source))
            QVERIFY(dialog.findChild<QCheckBox *>(gig::serviceSpec(*service).id + u"Enabled"_s));
    }

    // Every label and switch can be reached from the keyboard, each by a letter of its own on its
    // page, and in English by a letter of its words rather than one added in brackets.
    auto *pages = dialog.findChild<QTabWidget *>(u"settingsPages"_s);
    QVERIFY(pages);
    qsizetype reached = 0;
    for (int page = 0; page < pages->count(); ++page) {
        QStringList texts;
        for (const QLabel *label : pages->widget(page)->findChildren<QLabel *>()) {
            if (label->buddy())
                texts.append(label->text());
        }
        for (const QCheckBox *box : pages->widget(page)->findChildren<QCheckBox *>())
            texts.append(box->text());
        QStringList accelerators;
        for (const QString &text : std::as_const(texts)) {
            const qsizetype amp = text.indexOf(u'&');
            QVERIFY2(amp >= 0 && amp + 1 < text.size(), qPrintable(text));
            QVERIFY2(!text.contains(u"(&"_s), qPrintable(text));
            const QString letter = text.mid(amp + 1, 1).toLower();
            QVERIFY2(!accelerators.contains(letter), qPrintable(text));
            accelerators.append(letter);
        }
        reached += accelerators.size();
    }
    QVERIFY(reached >= gig::apiServices().size() + gig::keyedServices().size() + 3);
}

// A password typed into its field, or into the address, goes to the keyring (through the
// window); the settings keep the address without it.
void TestSettingsDialog::sharedCachePasswordNeverReachesTheSettings()
{
    SettingsDialog dialog;
    dialog.setSettings(AppSettings());
    QVERIFY(dialog.sharedCachePassword().isEmpty());
    field<QLineEdit>(dialog, u"sharedCacheUrl"_s)->setText(u"postgresql://gigmap:s3cret@db/gigs"_s);
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(dialog.settings().sharedCacheUrl, u"postgresql://gigmap@db/gigs"_s);
    QCOMPARE(dialog.sharedCachePassword(), u"s3cret"_s);
    auto *password = field<QLineEdit>(dialog, u"sharedCachePassword"_s);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    password->setText(u"typed"_s);
    QCOMPARE(dialog.sharedCachePassword(), u"typed"_s);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
