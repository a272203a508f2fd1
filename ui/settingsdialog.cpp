#include "ui/settingsdialog.h"

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

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));

    // Source and keys.
    auto *sourceBox = new QGroupBox(tr("Gig source"), this);
    m_source = new QComboBox(sourceBox);
    m_source->setObjectName(u"sourceCombo"_s);
    m_source->addItem(tr("Demo data (built in, no key needed)"), int(Source::Demo));
    m_source->addItem(serviceSpec(Service::Ticketmaster).displayName, int(Source::Ticketmaster));
    m_source->addItem(tr("%1 (partners only)").arg(serviceSpec(Service::Songkick).displayName),
        int(Source::Songkick));
    m_ticketmasterKey = makeKeyField(u"ticketmasterKey"_s, sourceBox);
    m_songkickKey = makeKeyField(u"songkickKey"_s, sourceBox);
    m_keyWarning = new QLabel(sourceBox);
    m_keyWarning->setObjectName(u"keyStoreWarning"_s);
    m_keyWarning->setWordWrap(true);
    m_keyWarning->hide();
    auto *sourceForm = new QFormLayout(sourceBox);
    sourceForm->addRow(tr("&Source:"), m_source);
    sourceForm->addRow(tr("&Ticketmaster API key:"), m_ticketmasterKey);
    sourceForm->addRow(tr("Song&kick API key:"), m_songkickKey);
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
    auto *types = new QHBoxLayout;
    types->addWidget(m_albums);
    types->addWidget(m_eps);
    types->addWidget(m_singles);
    types->addStretch(1);
    auto *refreshForm = new QFormLayout(refreshBox);
    refreshForm->addRow(tr("Shown &place every:"), m_shownMinutes);
    refreshForm->addRow(tr("&Other places every:"), m_backgroundMinutes);
    refreshForm->addRow(tr("Latest release counts:"), types);

    // Services.
    auto *servicesBox = new QGroupBox(tr("Services"), this);
    m_ticketmasterUrl = makeUrlField(u"ticketmasterUrl"_s, servicesBox);
    m_songkickUrl = makeUrlField(u"songkickUrl"_s, servicesBox);
    m_musicBrainzUrl = makeUrlField(u"musicBrainzUrl"_s, servicesBox);
    m_nominatimUrl = makeUrlField(u"nominatimUrl"_s, servicesBox);
    m_tileUrl = makeUrlField(u"tileUrl"_s, servicesBox);
    m_tileUrl->setToolTip(tr("A tile server URL with {z}, {x} and {y}"));
    auto *servicesForm = new QFormLayout(servicesBox);
    servicesForm->addRow(tr("Ticketmaster &URL:"), m_ticketmasterUrl);
    servicesForm->addRow(tr("Songkick U&RL:"), m_songkickUrl);
    servicesForm->addRow(tr("&MusicBrainz URL:"), m_musicBrainzUrl);
    servicesForm->addRow(tr("Nominat&im URL:"), m_nominatimUrl);
    servicesForm->addRow(tr("Map ti&les:"), m_tileUrl);

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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(sourceBox);
    layout->addWidget(refreshBox);
    layout->addWidget(servicesBox);
    layout->addWidget(m_problems);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    for (QLineEdit *field :
        { m_ticketmasterUrl, m_songkickUrl, m_musicBrainzUrl, m_nominatimUrl, m_tileUrl })
        connect(field, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    for (QCheckBox *box : { m_albums, m_eps, m_singles })
        connect(box, &QCheckBox::toggled, this, &SettingsDialog::validate);
    connect(m_source, &QComboBox::currentIndexChanged, this, &SettingsDialog::validate);
    connect(m_ticketmasterKey, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_songkickKey, &QLineEdit::textChanged, this, &SettingsDialog::validate);

    setSettings(AppSettings());
    const int width = fontMetrics().averageCharWidth() * 80;
    resize(std::max(width, sizeHint().width()), sizeHint().height());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setSettings(const AppSettings &settings)
{
    m_source->setCurrentIndex(m_source->findData(int(settings.source)));
    m_ticketmasterUrl->setText(settings.ticketmasterUrl.toString());
    m_songkickUrl->setText(settings.songkickUrl.toString());
    m_musicBrainzUrl->setText(settings.musicBrainzUrl.toString());
    m_nominatimUrl->setText(settings.nominatimUrl.toString());
    m_shownMinutes->setValue(settings.shownRefreshMinutes);
    m_backgroundMinutes->setValue(settings.backgroundRefreshMinutes);
    m_albums->setChecked(settings.releaseTypes.contains(ReleaseType::Album));
    m_eps->setChecked(settings.releaseTypes.contains(ReleaseType::EP));
    m_singles->setChecked(settings.releaseTypes.contains(ReleaseType::Single));
    m_tileUrl->setText(settings.tileUrl);
    validate();
}

AppSettings SettingsDialog::settings() const
{
    AppSettings settings;
    settings.source = Source(m_source->currentData().toInt());
    settings.ticketmasterUrl = urlOf(m_ticketmasterUrl);
    settings.songkickUrl = urlOf(m_songkickUrl);
    settings.musicBrainzUrl = urlOf(m_musicBrainzUrl);
    settings.nominatimUrl = urlOf(m_nominatimUrl);
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
    return settings;
}

void SettingsDialog::setApiKeys(const ApiKeys &keys)
{
    m_ticketmasterKey->setText(keys.ticketmaster);
    m_songkickKey->setText(keys.songkick);
}

ApiKeys SettingsDialog::apiKeys() const
{
    return ApiKeys { m_ticketmasterKey->text().trimmed(), m_songkickKey->text().trimmed() };
}

void SettingsDialog::setKeyStoreWarning(const QString &warning)
{
    m_keyWarning->setText(warning);
    m_keyWarning->setVisible(!warning.isEmpty());
}

QString SettingsDialog::problems() const
{
    QStringList problems;
    const std::pair<const QLineEdit *, Service> urls[] = {
        { m_ticketmasterUrl, Service::Ticketmaster },
        { m_songkickUrl, Service::Songkick },
        { m_musicBrainzUrl, Service::MusicBrainz },
        { m_nominatimUrl, Service::Nominatim },
    };
    for (const auto &[field, service] : urls) {
        if (!AppSettings::isServiceUrl(urlOf(field)))
            problems.append(tr("The %1 URL must be an http or https address.")
                                .arg(serviceSpec(service).displayName));
    }
    if (!AppSettings::isTileUrl(m_tileUrl->text().trimmed()))
        problems.append(
            tr("The map tile URL must be an http or https address with {z}, {x} and {y}."));
    if (!m_albums->isChecked() && !m_eps->isChecked() && !m_singles->isChecked())
        problems.append(tr("Count at least one release type."));
    const std::optional<Service> service = sourceService(Source(m_source->currentData().toInt()));
    if (service && serviceSpec(*service).needsKey) {
        const QLineEdit *key = *service == Service::Songkick ? m_songkickKey : m_ticketmasterKey;
        if (key->text().trimmed().isEmpty())
            problems.append(tr("%1 needs an API key.").arg(serviceSpec(*service).displayName));
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
    kept.source = settings().source; // the choice of source and the keys are not "defaults"
    setSettings(kept);
}

} // namespace gig
