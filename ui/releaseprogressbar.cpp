#include "ui/releaseprogressbar.h"

#include "ui/elidinglabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

using namespace Qt::StringLiterals;

namespace gig {

ReleaseProgressBar::ReleaseProgressBar(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_timeLeft(new ElidingLabel(this))
{
    setObjectName(u"releaseProgress"_s);
    m_bar->setObjectName(u"releaseProgressBar"_s);
    m_bar->setTextVisible(true);
    // Wide enough for its text at any count, so that the text never wraps.
    m_bar->setFixedWidth(
        fontMetrics().horizontalAdvance(tr("%1 of %2 releases").arg(8888).arg(8888))
        + fontMetrics().averageCharWidth() * 4);
    m_bar->setToolTip(tr("The latest releases of the shown gigs' artists, asked from "
                         "MusicBrainz one a second"));
    m_timeLeft->setObjectName(u"releaseTimeLeft"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_timeLeft);
    hide();
}

ReleaseProgressBar::~ReleaseProgressBar() = default;

void ReleaseProgressBar::setPending(int pending, const QDateTime &now)
{
    m_progress.update(pending, now);
    setVisible(m_progress.isActive());
    m_bar->setRange(0, std::max(1, m_progress.total()));
    m_bar->setValue(m_progress.done());
    //: %1 releases known of %n in all.
    m_bar->setFormat(tr("%1 of %n release(s)", nullptr, m_progress.total()).arg(m_progress.done()));
    tick(now);
}

void ReleaseProgressBar::tick(const QDateTime &now)
{
    m_timeLeft->setText(m_progress.timeLeftText(now));
}

QString ReleaseProgressBar::barText() const
{
    return isHidden() ? QString() : m_bar->text();
}

QString ReleaseProgressBar::timeLeftText() const
{
    return isHidden() ? QString() : m_timeLeft->text();
}

} // namespace gig
