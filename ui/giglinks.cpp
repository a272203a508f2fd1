#include "ui/giglinks.h"

#include <QBoxLayout>
#include <QDesktopServices>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

QUrl pageOf(const GigListing &listing)
{
    const QUrl url(listing.url, QUrl::StrictMode);
    return url.isValid() && !url.isEmpty() ? url : QUrl();
}

} // namespace

GigLinks::GigLinks(QWidget *parent)
    : QWidget(parent)
    , m_error(new QLabel(this))
    , m_tickets(new QLabel(tr("Tickets:"), this))
{
    m_error->setObjectName(u"gigLinkError"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_error);
    m_row = new QHBoxLayout;
    m_row->addStretch(1);
    m_tickets->setObjectName(u"gigLinksLabel"_s);
    m_row->addWidget(m_tickets);
    layout->addLayout(m_row);
    setListings({});
}

GigLinks::~GigLinks() = default;

void GigLinks::setListings(const QList<GigListing> &listings)
{
    m_listings = listings;
    m_error->clear();
    m_error->hide();
    const qsizetype wanted = std::max<qsizetype>(1, listings.size());
    while (m_buttons.size() > wanted)
        delete m_buttons.takeLast();
    while (m_buttons.size() < wanted) {
        auto *button = new QPushButton(this);
        button->setObjectName(u"gigLinkButton"_s);
        button->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
        const qsizetype listing = m_buttons.size();
        connect(button, &QPushButton::clicked, this, [this, listing] { open(listing); });
        m_row->addWidget(button);
        m_buttons.append(button);
    }
    for (qsizetype i = 0; i < m_buttons.size(); ++i)
        setUpButton(m_buttons.at(i), i);
    m_tickets->setVisible(listings.size() > 1);
}

void GigLinks::setUpButton(QPushButton *button, qsizetype listing) const
{
    const GigListing shown = listing < m_listings.size() ? m_listings.at(listing) : GigListing();
    const QUrl url = pageOf(shown);
    const QString provider = shown.provider ? serviceSpec(*shown.provider).displayName : QString();
    const QString price = shown.lowestPrice ? ticketPriceText(*shown.lowestPrice) : QString();
    if (m_listings.size() > 1 && !provider.isEmpty()) {
        // After the row's "Tickets:", the provider's name is enough.
        button->setText(price.isEmpty() ? provider : tr("%1 from %2").arg(provider, price));
        button->setAccessibleName(tr("Tickets on %1").arg(provider));
        button->setToolTip(url.isEmpty() ? tr("%1 gives no page for this gig.").arg(provider)
                                         : url.toDisplayString());
    } else {
        button->setText(price.isEmpty() ? tr("&Open the gig's page")
                                        : tr("&Open the gig's page (tickets from %1)").arg(price));
        button->setToolTip(url.isEmpty() ? tr("This gig has no page") : url.toDisplayString());
        button->setAccessibleName(QString());
    }
    button->setEnabled(!url.isEmpty());
}

QString GigLinks::errorText() const
{
    return m_error->text();
}

void GigLinks::open(qsizetype listing)
{
    if (listing < 0 || listing >= m_listings.size())
        return;
    openPage(pageOf(m_listings.at(listing)),
        tr("The gig's page could not be opened: no browser took %1."));
}

void GigLinks::openPage(const QUrl &url, const QString &failure)
{
    if (url.isEmpty())
        return;
    if (QDesktopServices::openUrl(url)) {
        m_error->hide();
        return;
    }
    m_error->setText(failure.arg(url.toDisplayString()));
    m_error->show();
}

} // namespace gig
