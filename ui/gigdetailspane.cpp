#include "ui/gigdetailspane.h"

#include "models/coverimages.h"
#include "models/gigmerge.h"
#include "models/gigstore.h"
#include "models/lineupmodel.h"
#include "models/localeformat.h"
#include "ui/coverdelegate.h"
#include "ui/giglinks.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

QString offsetText(int seconds)
{
    const int minutes = std::abs(seconds) / 60;
    return u"UTC%1%2:%3"_s.arg(QChar(seconds < 0 ? u'−' : u'+'))
        .arg(minutes / 60, 2, 10, QChar(u'0'))
        .arg(minutes % 60, 2, 10, QChar(u'0'));
}

QString whenText(const EventStart &start)
{
    if (!start.isValid())
        return GigDetailsPane::tr("Date not known yet");
    QString text = QLocale().toString(start.localDate(), QLocale::LongFormat);
    if (start.localTime()) {
        text += u", "_s + timeText(*start.localTime());
        if (start.utcOffsetSeconds())
            text += u" ("_s + offsetText(*start.utcOffsetSeconds()) + u')';
    } else {
        text += u", "_s + GigDetailsPane::tr("time not announced");
    }
    return text;
}

QString whereText(const Venue &venue)
{
    QStringList parts;
    for (const QString &part : { venue.name, venue.city, venue.country }) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.isEmpty() ? GigDetailsPane::tr("Venue not known") : parts.join(u", "_s);
}

QString statusText(EventStatus status, Freshness freshness)
{
    QStringList parts;
    switch (status) {
    case EventStatus::Ok:
        break;
    case EventStatus::Cancelled:
        parts.append(GigDetailsPane::tr("Cancelled"));
        break;
    case EventStatus::Postponed:
        parts.append(GigDetailsPane::tr("Postponed: a new date is not known yet"));
        break;
    case EventStatus::Rescheduled:
        parts.append(GigDetailsPane::tr("Rescheduled"));
        break;
    }
    if (freshness == Freshness::Stale)
        parts.append(GigDetailsPane::tr("Last known details: the latest refresh did not succeed"));
    return parts.join(u" · "_s);
}

} // namespace

GigDetailsPane::GigDetailsPane(const GigStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_lineup(new LineupModel(store, this))
    , m_pages(new QStackedWidget(this))
    , m_hint(
          new QLabel(tr("Select a gig to see its lineup and each artist's latest release."), this))
    , m_title(new QLabel(this))
    , m_when(new QLabel(this))
    , m_where(new QLabel(this))
    , m_status(new QLabel(this))
    , m_lineupView(new QTableView(this))
    , m_links(new GigLinks(this))
{
    Q_ASSERT(store);
    setObjectName(u"gigDetails"_s);

    m_hint->setObjectName(u"gigDetailsHint"_s);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_title->setObjectName(u"gigTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    for (QLabel *label : { m_title, m_when, m_where, m_status }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_when->setObjectName(u"gigWhen"_s);
    m_where->setObjectName(u"gigWhere"_s);
    m_status->setObjectName(u"gigStatus"_s);
    QFont statusFont = m_status->font();
    statusFont.setBold(true);
    m_status->setFont(statusFont);

    m_lineupView->setObjectName(u"lineupView"_s);
    m_lineupView->setAccessibleName(tr("Lineup"));
    m_lineupView->setAccessibleDescription(
        tr("The artists of the selected gig, headliner first, each with the latest release. "
           "Enter opens the artist's page, or in the release columns the release's page."));
    m_lineupView->setModel(m_lineup);
    m_lineupView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lineupView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lineupView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lineupView->setTextElideMode(Qt::ElideRight);
    m_lineupView->setWordWrap(false);
    m_lineupView->verticalHeader()->hide();
    m_lineupView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 3 / 2);
    m_lineupView->setTabKeyNavigation(false);
    // Enter or a double-click opens the cell's MusicBrainz page; the context menu offers both.
    m_lineupView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_lineupView->setToolTip(tr("Double-click an artist or a release to open it on MusicBrainz"));
    connect(m_lineupView, &QAbstractItemView::activated, this, &GigDetailsPane::openLineupPage);
    connect(
        m_lineupView, &QWidget::customContextMenuRequested, this, &GigDetailsPane::showLineupMenu);
    QHeaderView *header = m_lineupView->horizontalHeader();
    header->setSectionResizeMode(LineupModel::ArtistColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(LineupModel::BillingColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LineupModel::ReleaseColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(LineupModel::TypeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LineupModel::DateColumn, QHeaderView::ResizeToContents);

    auto *details = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_when);
    layout->addWidget(m_where);
    layout->addWidget(m_status);
    layout->addWidget(m_lineupView, 1);
    layout->addWidget(m_links);

    m_pages->addWidget(m_hint);
    m_pages->addWidget(details);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    connect(store, &GigStore::eventsChanged, this,
        [this](const QSet<QString> &changed, const QSet<QString> &removed) {
            const bool touched = std::any_of(m_eventIds.cbegin(), m_eventIds.cend(),
                [&](const QString &id) { return changed.contains(id) || removed.contains(id); });
            if (touched)
                refresh();
        });
    refresh();
}

GigDetailsPane::~GigDetailsPane() = default;

void GigDetailsPane::setCoverImages(CoverImages *covers)
{
    m_covers = covers;
    m_lineupView->setItemDelegateForColumn(LineupModel::ReleaseColumn,
        new CoverDelegate(covers, LineupModel::ReleaseIdRole, m_lineupView));
    // Rows tall enough for a cover two lines of text high.
    QHeaderView *rows = m_lineupView->verticalHeader();
    rows->setDefaultSectionSize(
        std::max(rows->defaultSectionSize(), fontMetrics().height() * 2 + 4));
    connect(covers, &CoverImages::changed, m_lineupView->viewport(), qOverload<>(&QWidget::update));
}

void GigDetailsPane::setEventId(const QString &eventId)
{
    setEventIds(eventId.isEmpty() ? QStringList() : QStringList { eventId });
}

void GigDetailsPane::setEventIds(const QStringList &eventIds)
{
    if (eventIds == m_eventIds)
        return;
    m_eventIds = eventIds;
    // Covers that could not be had are asked for again when a gig is chosen anew.
    if (m_covers)
        m_covers->forgetNone();
    refresh();
}

void GigDetailsPane::refresh()
{
    QList<Event> events;
    Freshness freshness = Freshness::Fresh;
    for (const QString &id : std::as_const(m_eventIds)) {
        if (!m_store->containsEvent(id))
            continue;
        const Cached<Event> cached = m_store->eventById(id);
        events.append(cached.value);
        if (cached.freshness == Freshness::Stale)
            freshness = Freshness::Stale;
    }
    const QList<MergedGig> gigs = mergeGigs(
        events, [this](const QString &artistId) { return m_store->artist(artistId).value.name; });
    const auto shown = std::find_if(gigs.cbegin(), gigs.cend(),
        [this](const MergedGig &gig) { return gig.eventIds().contains(m_eventIds.value(0)); });
    if (shown == gigs.cend()) {
        if (!m_lineup->eventId().isEmpty())
            m_lineup->setEventId({});
        m_links->setListings({});
        m_pages->setCurrentWidget(m_hint);
        return;
    }
    const Event &event = shown->event;
    m_title->setText(event.name);
    m_when->setText(whenText(event.start));
    m_where->setText(whereText(event.venue));
    const QString status = statusText(event.status, freshness);
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    // The lineup of the listing the gig takes its lineup from (the one with the most acts).
    const auto lineupOwner = std::find_if(events.cbegin(), events.cend(),
        [&](const Event &listing) { return listing.lineup == event.lineup; });
    const QString lineupId = lineupOwner == events.cend() ? event.id : lineupOwner->id;
    if (m_lineup->eventId() != lineupId)
        m_lineup->setEventId(lineupId);
    if (m_links->listings() != shown->listings)
        m_links->setListings(shown->listings);
    m_pages->setCurrentIndex(1);
}

QUrl GigDetailsPane::gigUrl() const
{
    const QList<GigListing> listings = m_links->listings();
    return listings.isEmpty() ? QUrl() : QUrl(listings.constFirst().url, QUrl::StrictMode);
}

QString GigDetailsPane::summaryText() const
{
    if (m_pages->currentWidget() == m_hint)
        return m_hint->text();
    QStringList lines { m_title->text(), m_when->text(), m_where->text() };
    if (!m_status->text().isEmpty())
        lines.append(m_status->text());
    return lines.join(u'\n');
}

void GigDetailsPane::openGigPage()
{
    m_links->open(0);
}

QUrl GigDetailsPane::musicBrainzPage(const QString &entity, const QString &mbid) const
{
    if (mbid.isEmpty() || m_musicBrainz.isEmpty())
        return {};
    QUrl page = m_musicBrainz;
    QString path = page.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    page.setPath(path + u'/' + entity + u'/' + mbid);
    return page;
}

QUrl GigDetailsPane::artistPage(int lineupRow) const
{
    return musicBrainzPage(
        u"artist"_s, m_lineup->index(lineupRow, 0).data(LineupModel::MbidRole).toString());
}

QUrl GigDetailsPane::releasePage(int lineupRow) const
{
    return musicBrainzPage(u"release-group"_s,
        m_lineup->index(lineupRow, 0).data(LineupModel::ReleaseIdRole).toString());
}

void GigDetailsPane::openLineupPage(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const bool releaseColumn = index.column() >= LineupModel::ReleaseColumn;
    const QUrl release = releasePage(index.row());
    if (releaseColumn && !release.isEmpty()) {
        m_links->openPage(
            release, tr("The release's page could not be opened: no browser took %1."));
    } else {
        m_links->openPage(artistPage(index.row()),
            tr("The artist's page could not be opened: no browser took %1."));
    }
}

void GigDetailsPane::showLineupMenu(const QPoint &position)
{
    const QModelIndex index = m_lineupView->indexAt(position);
    if (!index.isValid())
        return;
    const int row = index.row();
    // A single & in a menu would underline the next letter.
    const auto menuText = [](QString text) {
        return text.replace(u'&', u"&&"_s);
    };
    // The name as the source gives it (the cell may star one of my artists), else the cell.
    const QString name = m_lineup->index(row, 0).data(LineupModel::ArtistNameRole).toString();
    const QString artist = menuText(
        name.isEmpty() ? m_lineup->index(row, LineupModel::ArtistColumn).data().toString() : name);
    const QString release
        = menuText(m_lineup->index(row, 0).data(LineupModel::ReleaseTitleRole).toString());
    QMenu menu(this);
    QAction *openArtist = menu.addAction(tr("Open %1 on MusicBrainz").arg(artist), this,
        [this, row] { openLineupPage(m_lineup->index(row, LineupModel::ArtistColumn)); });
    openArtist->setEnabled(!artistPage(row).isEmpty());
    QAction *openRelease = menu.addAction(release.isEmpty()
            ? tr("Open the Latest Release on MusicBrainz")
            : tr("Open “%1” on MusicBrainz").arg(release),
        this, [this, row] { openLineupPage(m_lineup->index(row, LineupModel::ReleaseColumn)); });
    openRelease->setEnabled(!releasePage(row).isEmpty());
    emit lineupMenuAboutToShow(&menu, index);
    menu.exec(m_lineupView->viewport()->mapToGlobal(position));
}

} // namespace gig
