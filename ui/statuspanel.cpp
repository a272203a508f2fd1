#include "ui/statuspanel.h"

#include "models/appstatus.h"
#include "ui/elidinglabel.h"
#include "ui/releaseprogressbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

// "SeatGeek: 12 gigs", "SeatGeek: could not be read" — one source's share of the shown place.
QString stateText(const SourceState &state)
{
    const QString gigs = StatusPanel::tr("%n gig(s)", nullptr, state.gigs);
    switch (state.outcome) {
    case SourceState::Outcome::Read:
        return StatusPanel::tr("%1: %2").arg(state.provider, gigs);
    case SourceState::Outcome::Partial:
        return StatusPanel::tr("%1: %2, some missing").arg(state.provider, gigs);
    case SourceState::Outcome::Failed:
        return StatusPanel::tr("%1: could not be read").arg(state.provider);
    }
    Q_UNREACHABLE();
    return {};
}

// One sentence per source, for the label's tooltip.
QString stateSentence(const SourceState &state)
{
    if (state.outcome == SourceState::Outcome::Read) {
        return StatusPanel::tr("%1 lists %n gig(s) here.", nullptr, state.gigs).arg(state.provider);
    }
    return state.problem;
}

} // namespace

StatusPanel::StatusPanel(QWidget *parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_tick(new QTimer(this))
    , m_place(new ElidingLabel(this))
    , m_retry(new QPushButton(tr("Retry &now"), this))
    , m_activity(new ElidingLabel(this))
    , m_offline(new QLabel(tr("Offline: showing cached gigs"), this))
    , m_dataSource(new ElidingLabel(this))
    , m_releases(new ReleaseProgressBar(this))
{
    setObjectName(u"statusPanel"_s);
    m_place->setObjectName(u"placeStateLabel"_s);
    m_retry->setObjectName(u"retryButton"_s);
    m_retry->setToolTip(tr("Refresh the shown place now instead of waiting for the next attempt"));
    m_retry->setFlat(true);
    m_activity->setObjectName(u"activityLabel"_s);
    m_offline->setObjectName(u"offlineLabel"_s);
    QFont bold = m_offline->font();
    bold.setBold(true);
    m_offline->setFont(bold);
    m_dataSource->setObjectName(u"dataSourceLabel"_s);
    m_dataSource->setFrameShape(QFrame::StyledPanel);
    m_dataSource->setContentsMargins(6, 0, 6, 0);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_place);
    layout->addWidget(m_retry);
    layout->addWidget(m_releases);
    layout->addWidget(m_activity);
    layout->addWidget(m_offline);
    layout->addWidget(m_dataSource);

    connect(m_retry, &QPushButton::clicked, this, &StatusPanel::retryRequested);
    if (parent)
        parent->installEventFilter(this); // its width decides what fits
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &StatusPanel::refresh);
    refresh();
}

StatusPanel::~StatusPanel() = default;

void StatusPanel::setStatus(AppStatus *status)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_status = status;
    if (status) {
        auto follow = [this, status](auto signal) {
            m_connections.append(connect(status, signal, this, &StatusPanel::refresh));
        };
        follow(&AppStatus::dataSourceChanged);
        follow(&AppStatus::demoModeChanged);
        follow(&AppStatus::placeNameChanged);
        follow(&AppStatus::placeStateChanged);
        follow(&AppStatus::placeRefreshedAtChanged);
        follow(&AppStatus::placeErrorChanged);
        m_connections.append(connect(status, &AppStatus::releasesPendingChanged, this,
            [this](int pending) { m_releases->setPending(pending, m_clock()); }));
        follow(&AppStatus::requestsQueuedChanged);
        follow(&AppStatus::rateLimitedUntilChanged);
        follow(&AppStatus::offlineChanged);
        follow(&AppStatus::sourceStatesChanged);
        m_connections.append(connect(status, &QObject::destroyed, this, &StatusPanel::refresh));
    }
    m_releases->setPending(status ? status->releasesPending() : 0, m_clock());
    refresh();
}

void StatusPanel::setDataSourceLabel(const QString &text)
{
    m_dataSourceOverride = text;
    refresh();
}

QString StatusPanel::dataSourceLabel() const
{
    return m_dataSource->text();
}

void StatusPanel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refresh();
}

QString StatusPanel::placeText() const
{
    return m_place->isHidden() ? QString() : m_place->text();
}

QString StatusPanel::activityText() const
{
    return m_activity->isHidden() ? QString() : m_activity->text();
}

bool StatusPanel::isRetryVisible() const
{
    return !m_retry->isHidden();
}

bool StatusPanel::isOfflineVisible() const
{
    return !m_offline->isHidden();
}

QString StatusPanel::refreshedText(const QDateTime &at) const
{
    if (!at.isValid())
        return tr("never refreshed");
    const QDateTime local = at.toLocalTime();
    const QLocale locale;
    if (local.date() == m_clock().toLocalTime().date())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, u"d MMM "_s + locale.timeFormat(QLocale::ShortFormat));
}

void StatusPanel::refresh()
{
    const AppStatus *status = m_status;

    QString source = m_dataSourceOverride;
    if (source.isEmpty() && status)
        source = status->demoMode() ? tr("Demo data") : status->dataSource();
    const QList<SourceState> states = status ? status->sourceStates() : QList<SourceState>();
    if (!states.isEmpty()) {
        // Each source's share; the demo says it is the demo first.
        QStringList shares;
        QStringList sentences;
        for (const SourceState &state : states) {
            shares.append(stateText(state));
            sentences.append(stateSentence(state));
        }
        const QString joined = shares.join(u" · "_s);
        source = status->demoMode() || !m_dataSourceOverride.isEmpty()
            ? tr("%1 (%2)").arg(source, joined)
            : joined;
        m_dataSource->setToolTip(sentences.join(u'\n'));
    } else {
        m_dataSource->setToolTip(QString());
    }
    m_dataSource->setText(source);
    m_dataSource->setVisible(!source.isEmpty());

    if (!status) {
        for (QWidget *widget : { static_cast<QWidget *>(m_place), static_cast<QWidget *>(m_retry),
                 static_cast<QWidget *>(m_activity), static_cast<QWidget *>(m_offline) })
            widget->hide();
        m_tick->stop();
        return;
    }

    const QString name = status->placeName().isEmpty() ? tr("This place") : status->placeName();
    const QString refreshed = refreshedText(status->placeRefreshedAt());
    QString place;
    switch (status->placeState()) {
    case AppStatus::PlaceState::Idle:
        break;
    case AppStatus::PlaceState::Fresh:
        place = tr("%1: up to date, refreshed %2").arg(name, refreshed);
        break;
    case AppStatus::PlaceState::Refreshing:
        place = status->placeRefreshedAt().isValid()
            ? tr("%1: refreshing… (last refreshed %2)").arg(name, refreshed)
            : tr("%1: fetching gigs…").arg(name);
        break;
    case AppStatus::PlaceState::Stale:
        place = tr("%1: stale, showing gigs as of %2").arg(name, refreshed);
        break;
    case AppStatus::PlaceState::Incomplete:
        place = tr("%1: some pages of gigs could not be read; showing the others, as of %2")
                    .arg(name, refreshed);
        break;
    case AppStatus::PlaceState::Failing:
        place = status->placeError().isEmpty()
            ? tr("%1: refresh failing, showing gigs as of %2").arg(name, refreshed)
            : tr("%1: refresh failing, showing gigs as of %3. %2")
                  .arg(name, status->placeError(), refreshed);
        break;
    }
    m_place->setText(place);
    m_place->setToolTip(status->placeError());
    m_place->setVisible(!place.isEmpty());
    m_retry->setVisible(status->placeState() == AppStatus::PlaceState::Stale
        || status->placeState() == AppStatus::PlaceState::Incomplete
        || status->placeState() == AppStatus::PlaceState::Failing);

    m_offline->setVisible(status->offline());
    fitActivity();
    const bool waiting = !waitText().isEmpty();
    if (waiting && !m_tick->isActive())
        m_tick->start();
    else if (!waiting)
        m_tick->stop();
}

bool StatusPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize)
        fitActivity();
    return QWidget::eventFilter(watched, event);
}

QString StatusPanel::waitText() const
{
    if (!m_status)
        return {};
    const QDateTime now = m_clock();
    const QDateTime until = m_status->rateLimitedUntil();
    if (!until.isValid() || until <= now)
        return {};
    const qint64 seconds = std::max<qint64>(1, (now.msecsTo(until) + 999) / 1000);
    return tr("rate limited: next request in %1 s").arg(seconds);
}

void StatusPanel::fitActivity()
{
    const QString queued = m_status && m_status->requestsQueued() > 0
        ? tr("%n request(s) queued", nullptr, m_status->requestsQueued())
        : QString();
    const QString wait = waitText();
    QStringList parts;
    for (const QString &part : { queued, wait }) {
        if (!part.isEmpty())
            parts.append(part);
    }
    QString text = parts.join(u" · "_s);
    if (!queued.isEmpty() && !hasRoomFor(text))
        text = wait;
    m_activity->setText(text);
    m_activity->setVisible(!text.isEmpty());
}

bool StatusPanel::hasRoomFor(const QString &activity) const
{
    // The bar's width, not the panel's: the panel is as wide as its parts ask, so it would
    // never be too narrow for them.
    const QWidget *bar = parentWidget() ? parentWidget() : this;
    const int spacing = std::max(0, layout()->spacing());
    int needed = m_activity->fontMetrics().horizontalAdvance(activity) + spacing;
    for (const QWidget *part : std::initializer_list<const QWidget *> {
             m_place, m_retry, m_releases, m_offline, m_dataSource }) {
        if (!part->isHidden())
            needed += part->sizeHint().width() + spacing;
    }
    constexpr int sizeGripAndMargins = 32;
    return needed + sizeGripAndMargins <= bar->width();
}

} // namespace gig
