#include "ui/statusbanner.h"

#include "models/appstatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace gig {

StatusBanner::StatusBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry now"), this))
    , m_settings(new QPushButton(this))
{
    setObjectName(u"statusBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(u"statusBannerText"_s);
    m_text->setWordWrap(true);
    m_retry->setObjectName(u"statusBannerRetry"_s);
    m_settings->setObjectName(u"statusBannerSettings"_s);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_settings);
    connect(m_retry, &QPushButton::clicked, this, &StatusBanner::retryRequested);
    connect(m_settings, &QPushButton::clicked, this, &StatusBanner::settingsRequested);
    refresh();
}

StatusBanner::~StatusBanner() = default;

void StatusBanner::setStatus(AppStatus *status)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_status = status;
    if (status) {
        const auto follow = [this, status](auto signal) {
            m_connections.append(connect(status, signal, this, &StatusBanner::refresh));
        };
        follow(&AppStatus::placeStateChanged);
        follow(&AppStatus::placeErrorChanged);
        follow(&AppStatus::demoModeChanged);
        follow(&QObject::destroyed);
    }
    refresh();
}

QString StatusBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void StatusBanner::refresh()
{
    const AppStatus *status = m_status;
    QString text;
    bool retry = false;
    if (status && status->placeState() == AppStatus::PlaceState::Failing) {
        text = status->placeError().isEmpty()
            ? tr("The gigs of this place cannot be refreshed just now; the ones shown are "
                 "those known before.")
            : tr("%1 The gigs shown are those known before.").arg(status->placeError());
        retry = true;
        m_settings->setText(tr("Settings…"));
    } else if (status && status->demoMode()) {
        text = tr("These are demo gigs, made up for trying gigmap out. Add an API key of "
                  "Ticketmaster or SeatGeek to see real gigs.");
        m_settings->setText(tr("Add an API key…"));
    }
    m_text->setText(text);
    m_retry->setVisible(retry);
    setVisible(!text.isEmpty());
}

} // namespace gig
