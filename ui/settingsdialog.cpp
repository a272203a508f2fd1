#include "ui/settingsdialog.h"

#include "models/translations.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

QLineEdit *makeUrlField(const QString &name, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setClearButtonEnabled(true);
    return field;
}

QLineEdit *makeKeyField(const QString &name, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setEchoMode(QLineEdit::Password);
    field->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    QAction *reveal
        = field->addAction(field->style()->standardIcon(QStyle::SP_FileDialogContentsView),
            QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setText(SettingsDialog::tr("Show the key"));
    reveal->setToolTip(SettingsDialog::tr("Show the key"));
    QObject::connect(reveal, &QAction::toggled, field, [field](bool shown) {
        field->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    return field;
}

QSpinBox *makeMinutesField(const QString &name, QWidget *parent)
{
    auto *field = new QSpinBox(parent);
    field->setObjectName(name);
    field->setRange(AppSettings::minimumRefreshMinutes, AppSettings::maximumRefreshMinutes);
    field->setSuffix(SettingsDialog::tr(" min"));
    field->setAccelerated(true);
    return field;
}

QUrl urlOf(const QLineEdit *field)
{
    return QUrl(field->text().trimmed(), QUrl::StrictMode);
}

// `text` with an accelerator on its first letter that no other label of its page uses yet (the
// fixed labels' letters are in `taken` from the start). When every letter of it is taken, a
// free letter or digit follows it in brackets, as translated labels do ("Cover Art Archive URL
// (&2):").
QString withAccelerator(const QString &text, QString *taken)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar letter = text.at(i).toLower();
        if (letter.isLetter() && !taken->contains(letter)) {
            taken->append(letter);
            return QString(text).insert(i, u'&');
        }
    }
    for (const QChar spare : u"abcdefghijklmnopqrstuvwxyz123456789") {
        if (taken->contains(spare))
            continue;
        taken->append(spare);
        const bool colon = text.endsWith(u':');
        return (colon ? text.chopped(1) : text) + u" (&"_s + spare + u')'
            + (colon ? u":"_s : u""_s);
    }
    return text;
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));

    // Sources, each switched on or off, with its key.
    auto *sourceBox = new QGroupBox(tr("Gig sources"), this);
    auto *sourceHint = new QLabel(tr("Gigs come from every source switched on. With none, gigmap "
                                     "shows its built-in demo data."),
        sourceBox);
    sourceHint->setWordWrap(true);
    // The letters of the page's fixed labels below, so the services' labels take others. Each
    // page has letters of its own: a page's labels are reached only while it is shown.
    QString gigsAccelerators = u"aenpohd"_s;
    auto *sourceForm = new QFormLayout(sourceBox);
    sourceForm->addRow(sourceHint);
    for (const Source source : sources()) {
        const std::optional<Service> service = sourceService(source);
        if (!service)
            continue; // the demo: what is shown when no source is switched on
        const ServiceSpec &spec = serviceSpec(*service);
        auto *switchedOn = new QCheckBox(withAccelerator(spec.keysForPartnersOnly
                                                 ? tr("%1 (partners only)").arg(spec.displayName)
                                                 : spec.displayName,
                                             &gigsAccelerators),
            sourceBox);
        switchedOn->setObjectName(spec.id + "Enabled"_L1);
        switchedOn->setToolTip(
            tr("Ask %1 for gigs, with the API key beside it").arg(spec.displayName));
        QLineEdit *key = makeKeyField(spec.id + "Key"_L1, sourceBox);
        key->setPlaceholderText(tr("API key"));
        key->setAccessibleName(tr("%1 API key").arg(spec.displayName));
        m_switches.insert(source, switchedOn);
        m_keys.insert(*service, key);
        sourceForm->addRow(switchedOn, key);
        connect(switchedOn, &QCheckBox::toggled, this, &SettingsDialog::validate);
    }
    // Keys of services that are no gig source (Last.fm, for importing my artists).
    for (const Service service : keyedServices()) {
        if (m_keys.contains(service))
            continue;
        const ServiceSpec &spec = serviceSpec(service);
        QLineEdit *key = makeKeyField(spec.id + "Key"_L1, sourceBox);
        key->setPlaceholderText(tr("API key"));
        key->setAccessibleName(tr("%1 API key").arg(spec.displayName));
        key->setToolTip(tr("Used to import my artists from %1.").arg(spec.displayName));
        m_keys.insert(service, key);
        // Its own letter, kept free above: the labels that follow need every other one.
        sourceForm->addRow(tr("Key to &download my artists from %1:").arg(spec.displayName), key);
    }
    m_keyWarning = new QLabel(sourceBox);
    m_keyWarning->setObjectName(u"keyStoreWarning"_s);
    m_keyWarning->setWordWrap(true);
    m_keyWarning->hide();
    sourceForm->addRow(m_keyWarning);

    // Refreshing and releases.
    auto *refreshBox = new QGroupBox(tr("Refreshing"), this);
    m_shownMinutes = makeMinutesField(u"shownRefreshMinutes"_s, refreshBox);
    m_shownMinutes->setToolTip(tr("How often the place on screen is refreshed"));
    m_backgroundMinutes = makeMinutesField(u"backgroundRefreshMinutes"_s, refreshBox);
    m_backgroundMinutes->setToolTip(tr("How often places watched in the background are refreshed"));
    m_albums = new QCheckBox(tr("&Albums"), refreshBox);
    m_albums->setObjectName(u"countAlbums"_s);
    m_eps = new QCheckBox(tr("&EPs"), refreshBox);
    m_eps->setObjectName(u"countEps"_s);
    m_singles = new QCheckBox(tr("Si&ngles"), refreshBox);
    m_singles->setObjectName(u"countSingles"_s);
    m_albums->setToolTip(tr("An artist's latest album counts as a latest release"));
    m_eps->setToolTip(tr("An artist's latest EP counts as a latest release"));
    m_singles->setToolTip(tr("An artist's latest single counts as a latest release"));
    auto *types = new QHBoxLayout;
    types->addWidget(m_albums);
    types->addWidget(m_eps);
    types->addWidget(m_singles);
    types->addStretch(1);
    auto *refreshForm = new QFormLayout(refreshBox);
    refreshForm->addRow(tr("Shown &place every:"), m_shownMinutes);
    refreshForm->addRow(tr("&Other places every:"), m_backgroundMinutes);
    refreshForm->addRow(tr("Latest release counts:"), types);
    m_keepInTray = new QCheckBox(
        tr("Keep refres&hing saved places in the tray when the window is closed"), refreshBox);
    m_keepInTray->setObjectName(u"keepRunningInTray"_s);
    m_keepInTray->setToolTip(tr("Closing the window then hides it to a tray icon, and new gigs "
                                "of my artists at saved places are still announced."));
    refreshForm->addRow(m_keepInTray);

    // Services.
    auto *servicesBox = new QGroupBox(tr("Services"), this);
    auto *servicesForm = new QFormLayout(servicesBox);
    QString servicesAccelerators;
    for (const Service service : apiServices()) {
        const ServiceSpec &spec = serviceSpec(service);
        QLineEdit *field = makeUrlField(spec.id + "Url"_L1, servicesBox);
        field->setToolTip(tr("Where gigmap asks %1. Change it only for a mirror or a test server.")
                              .arg(spec.displayName));
        m_urls.insert(service, field);
        servicesForm->addRow(
            withAccelerator(tr("%1 URL:").arg(spec.displayName), &servicesAccelerators), field);
        connect(field, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    }

    // The cache shared with other desktops.
    auto *sharedBox = new QGroupBox(tr("Shared cache"), this);
    auto *sharedForm = new QFormLayout(sharedBox);
    auto *sharedHint = new QLabel(tr("Several desktops can share one cache in a PostgreSQL "
                                     "database: each gig and each artist is then fetched once for "
                                     "all of them, within the services' limits. Leave the address "
                                     "empty to keep the cache on this computer. A change takes "
                                     "effect when gigmap starts again."),
        sharedBox);
    sharedHint->setWordWrap(true);
    sharedForm->addRow(sharedHint);
    m_sharedCacheUrl = makeUrlField(u"sharedCacheUrl"_s, sharedBox);
    //: An example address: translate "user" and "database" only.
    m_sharedCacheUrl->setPlaceholderText(tr("postgresql://user@host:5432/database"));
    m_sharedCacheUrl->setToolTip(tr("The address of the shared PostgreSQL database."));
    sharedForm->addRow(
        withAccelerator(tr("Database address:"), &servicesAccelerators), m_sharedCacheUrl);
    m_sharedCachePassword = makeKeyField(u"sharedCachePassword"_s, sharedBox);
    m_sharedCachePassword->setToolTip(
        tr("Kept in the system keyring, never in the settings file. Leave it empty to keep the "
           "password already kept, or to use PostgreSQL's own password file."));
    sharedForm->addRow(
        withAccelerator(tr("Database password:"), &servicesAccelerators), m_sharedCachePassword);
    connect(m_sharedCacheUrl, &QLineEdit::textChanged, this, &SettingsDialog::validate);

    // The map's tile server.
    auto *tilesBox = new QGroupBox(tr("Map"), this);
    auto *tilesForm = new QFormLayout(tilesBox);
    m_tileUrl = makeUrlField(u"tileUrl"_s, tilesBox);
    m_tileUrl->setToolTip(tr("The address of a map tile server, with {z}, {x} and {y} for the "
                             "tile, and {key} where the server wants its key."));
    tilesForm->addRow(tr("Tile ser&ver:"), m_tileUrl);
    QLineEdit *tileKey = makeKeyField(u"tilesKey"_s, tilesBox);
    tileKey->setPlaceholderText(tr("Only for a tile server that asks for one"));
    tileKey->setAccessibleName(tr("Tile server key"));
    m_keys.insert(Service::Tiles, tileKey);
    tilesForm->addRow(tr("Tile server ke&y:"), tileKey);
    m_tileAttribution = new QLineEdit(tilesBox);
    m_tileAttribution->setObjectName(u"tileAttribution"_s);
    m_tileAttribution->setPlaceholderText(tr("© OpenStreetMap contributors"));
    m_tileAttribution->setToolTip(tr("The credit the tile server's terms ask for, shown in the "
                                     "corner of the map. Leave it empty for OpenStreetMap's."));
    tilesForm->addRow(tr("&Credit:"), m_tileAttribution);
    m_tilesShowPlaceNames = new QCheckBox(tr("The tiles show place na&mes"), tilesBox);
    m_tilesShowPlaceNames->setObjectName(u"tilesShowPlaceNames"_s);
    m_tilesShowPlaceNames->setToolTip(tr("Turn this off for tiles without labels: gigmap then "
                                         "writes the names of the cities on the map itself."));
    tilesForm->addRow(m_tilesShowPlaceNames);

    // Appearance.
    auto *appearanceBox = new QGroupBox(tr("Appearance"), this);
    auto *appearanceForm = new QFormLayout(appearanceBox);
    m_colorScheme = new QComboBox(appearanceBox);
    m_colorScheme->setObjectName(u"colorScheme"_s);
    m_colorScheme->addItem(tr("As the system's"), int(ColorScheme::System));
    m_colorScheme->addItem(tr("Light"), int(ColorScheme::Light));
    m_colorScheme->addItem(tr("Dark"), int(ColorScheme::Dark));
    m_colorScheme->setToolTip(tr("The colours of the window and the map"));
    appearanceForm->addRow(tr("&Window colours:"), m_colorScheme);
    m_language = new QComboBox(appearanceBox);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("As the system's"), QString());
    for (const QString &code : translatedLanguages()) {
        const QLocale locale(code);
        // Each language in its own words, as a person looking for theirs would read it.
        QString name = locale.nativeLanguageName();
        name[0] = name[0].toUpper();
        m_language->addItem(name, code);
    }
    m_language->setToolTip(tr("gigmap speaks the language chosen here from its next start."));
    appearanceForm->addRow(tr("&Language:"), m_language);

    m_problems = new QLabel(this);
    m_problems->setObjectName(u"settingsProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->hide();

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
        &SettingsDialog::restoreDefaults);

    // Three pages, so the dialog fits a small screen.
    auto *pages = new QTabWidget(this);
    pages->setObjectName(u"settingsPages"_s);
    pages->setFocusPolicy(Qt::NoFocus); // its tab bar takes the focus, and is named
    pages->tabBar()->setAccessibleName(tr("Settings pages"));
    pages->tabBar()->setAccessibleDescription(
        tr("Choose a page of settings: gigs, services, or the map and the window."));
    const auto addPage = [pages](const QString &title, const QList<QWidget *> &boxes) {
        auto *page = new QWidget(pages);
        auto *pageLayout = new QVBoxLayout(page);
        for (QWidget *box : boxes)
            pageLayout->addWidget(box);
        pageLayout->addStretch(1);
        pages->addTab(page, title);
    };
    addPage(tr("Gigs"), { sourceBox, refreshBox });
    addPage(tr("Services"), { servicesBox, sharedBox });
    addPage(tr("Map and window"), { tilesBox, appearanceBox });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pages, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    connect(m_tileUrl, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    for (QCheckBox *box : { m_albums, m_eps, m_singles })
        connect(box, &QCheckBox::toggled, this, &SettingsDialog::validate);
    for (QLineEdit *field : std::as_const(m_keys))
        connect(field, &QLineEdit::textChanged, this, &SettingsDialog::validate);

    setSettings(AppSettings());
    const int width = fontMetrics().averageCharWidth() * 80;
    resize(std::max(width, sizeHint().width()), sizeHint().height());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setSettings(const AppSettings &settings)
{
    for (auto it = m_switches.cbegin(); it != m_switches.cend(); ++it)
        it.value()->setChecked(settings.sources.contains(it.key()));
    for (auto it = m_urls.cbegin(); it != m_urls.cend(); ++it)
        it.value()->setText(settings.serviceUrl(it.key()).toString());
    m_shownMinutes->setValue(settings.shownRefreshMinutes);
    m_backgroundMinutes->setValue(settings.backgroundRefreshMinutes);
    m_albums->setChecked(settings.releaseTypes.contains(ReleaseType::Album));
    m_eps->setChecked(settings.releaseTypes.contains(ReleaseType::EP));
    m_singles->setChecked(settings.releaseTypes.contains(ReleaseType::Single));
    m_tileUrl->setText(settings.tileUrl);
    m_tileAttribution->setText(settings.tileAttribution);
    m_tilesShowPlaceNames->setChecked(settings.tilesShowPlaceNames);
    m_colorScheme->setCurrentIndex(m_colorScheme->findData(int(settings.colorScheme)));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));
    m_keepInTray->setChecked(settings.keepRunningInTray);
    m_sharedCacheUrl->setText(settings.sharedCacheUrl);
    validate();
}

AppSettings SettingsDialog::settings() const
{
    AppSettings settings;
    for (auto it = m_switches.cbegin(); it != m_switches.cend(); ++it) {
        if (it.value()->isChecked())
            settings.sources.append(it.key()); // the map's order is the order of sources()
    }
    for (auto it = m_urls.cbegin(); it != m_urls.cend(); ++it)
        settings.serviceUrls.insert(it.key(), urlOf(it.value()));
    settings.shownRefreshMinutes = m_shownMinutes->value();
    settings.backgroundRefreshMinutes = m_backgroundMinutes->value();
    settings.releaseTypes.clear();
    if (m_albums->isChecked())
        settings.releaseTypes.append(ReleaseType::Album);
    if (m_eps->isChecked())
        settings.releaseTypes.append(ReleaseType::EP);
    if (m_singles->isChecked())
        settings.releaseTypes.append(ReleaseType::Single);
    settings.tileUrl = m_tileUrl->text().trimmed();
    settings.tileAttribution = m_tileAttribution->text().trimmed();
    settings.tilesShowPlaceNames = m_tilesShowPlaceNames->isChecked();
    settings.colorScheme = ColorScheme(m_colorScheme->currentData().toInt());
    settings.language = m_language->currentData().toString();
    settings.keepRunningInTray = m_keepInTray->isChecked();
    settings.sharedCacheUrl = AppSettings::withoutPassword(m_sharedCacheUrl->text());
    return settings;
}

void SettingsDialog::setApiKeys(const ApiKeys &keys)
{
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it)
        it.value()->setText(keys.key(it.key()));
}

ApiKeys SettingsDialog::apiKeys() const
{
    ApiKeys keys;
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it)
        keys.setKey(it.key(), it.value()->text());
    return keys;
}

QString SettingsDialog::sharedCachePassword() const
{
    // A password written into the address counts as typed into its field.
    const QString typed = m_sharedCachePassword->text();
    return typed.isEmpty() ? QUrl(m_sharedCacheUrl->text().trimmed()).password() : typed;
}

void SettingsDialog::setKeyStoreWarning(const QString &warning)
{
    m_keyWarning->setText(warning);
    m_keyWarning->setVisible(!warning.isEmpty());
}

QString SettingsDialog::problems() const
{
    QStringList problems;
    for (auto it = m_urls.cbegin(); it != m_urls.cend(); ++it) {
        if (!AppSettings::isServiceUrl(urlOf(it.value())))
            problems.append(tr("The %1 URL must be an http or https address.")
                                .arg(serviceSpec(it.key()).displayName));
    }
    if (!AppSettings::isTileUrl(m_tileUrl->text().trimmed()))
        problems.append(
            tr("The map tile URL must be an http or https address with {z}, {x} and {y}."));
    else if (AppSettings::tileUrlNeedsKey(m_tileUrl->text())
        && m_keys.value(Service::Tiles)->text().trimmed().isEmpty())
        problems.append(tr("The tile server's address has a {key}: enter its key."));
    if (const QString shared = m_sharedCacheUrl->text().trimmed();
        !shared.isEmpty() && !AppSettings::isSharedCacheUrl(shared)) {
        problems.append(tr("The shared cache's address must be a postgresql:// address that names "
                           "a database, such as postgresql://gigmap@server:5432/gigmap."));
    }
    if (!m_albums->isChecked() && !m_eps->isChecked() && !m_singles->isChecked())
        problems.append(tr("Count at least one release type."));
    for (auto it = m_switches.cbegin(); it != m_switches.cend(); ++it) {
        const Service service = *sourceService(it.key());
        if (it.value()->isChecked() && m_keys.value(service)->text().trimmed().isEmpty())
            problems.append(tr("%1 needs an API key.").arg(serviceSpec(service).displayName));
    }
    return problems.join(u'\n');
}

void SettingsDialog::validate()
{
    const QString text = problems();
    m_problems->setText(text);
    m_problems->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

void SettingsDialog::restoreDefaults()
{
    const AppSettings defaults;
    AppSettings kept = defaults;
    kept.sources = settings().sources; // the sources, the keys and the cache are not "defaults"
    kept.sharedCacheUrl = settings().sharedCacheUrl;
    setSettings(kept);
}

} // namespace gig
