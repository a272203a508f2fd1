// The links of a gig to its providers' pages: "Tickets:" and one button per listing ("SeatGeek
// from US$48", the price when the provider gives one), or the single "Open the gig's page" of a
// gig only one provider lists, and a sentence when the desktop could not open a page.
#pragma once

#include "models/gigmerge.h"

#include <QList>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace gig {

class GigLinks final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GigLinks)

public:
    explicit GigLinks(QWidget *parent = nullptr);
    ~GigLinks() override;

    // One button per listing, in the order given; none: one disabled button.
    void setListings(const QList<GigListing> &listings);
    QList<GigListing> listings() const { return m_listings; }

    // The buttons shown, the first always there (object name "gigLinkButton").
    QList<QPushButton *> buttons() const { return m_buttons; }
    // Why the latest page did not open; empty when it did.
    QString errorText() const;

    // Opens the listing's page in the desktop's browser.
    void open(qsizetype listing);
    // Opens another page of the gig (an artist's, a release's); when no browser takes it, says
    // so with `failure`, a sentence with %1 for the address.
    void openPage(const QUrl &url, const QString &failure);

private:
    void setUpButton(QPushButton *button, qsizetype listing) const;

    QList<GigListing> m_listings;
    QList<QPushButton *> m_buttons;
    QLabel *m_error;
    QLabel *m_tickets; // "Tickets:" before the buttons of several listings
    QHBoxLayout *m_row = nullptr; // a stretch, "Tickets:", then the buttons
};

} // namespace gig
