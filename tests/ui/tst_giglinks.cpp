#include "ui/giglinks.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::GigLinks;
using gig::GigListing;
using gig::Service;
using gig::TicketPrice;

class TestGigLinks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(u"en_GB"_s)); }
    void eachProviderWithItsLowestPrice();
    void oneProviderWithAndWithoutPrice();
    void fewerListingsRemoveButtons();

private:
    static QStringList texts(const GigLinks &links)
    {
        QStringList shown;
        for (const QPushButton *button : links.buttons())
            shown.append(button->text());
        return shown;
    }
};

void TestGigLinks::eachProviderWithItsLowestPrice()
{
    GigLinks links;
    links.setListings({
        { Service::Ticketmaster, u"tm:1"_s, u"https://tm.example/1"_s,
            TicketPrice { 39.5, u"EUR"_s } },
        { Service::Songkick, u"sk:1"_s, u"https://sk.example/1"_s, std::nullopt },
        { Service::SeatGeek, u"sg:1"_s, u"https://sg.example/1"_s, TicketPrice { 48, u"USD"_s } },
    });
    QCOMPARE(texts(links),
        (QStringList { u"Ticketmaster from €39.50"_s, u"Songkick"_s, u"SeatGeek from $48"_s }));
    QCOMPARE(links.buttons().at(2)->toolTip(), u"https://sg.example/1"_s);
    QCOMPARE(links.buttons().at(2)->accessibleName(), u"Tickets on SeatGeek"_s);
    QVERIFY(!links.findChild<QLabel *>(u"gigLinksLabel"_s)->isHidden()); // "Tickets:" first
}

void TestGigLinks::oneProviderWithAndWithoutPrice()
{
    GigLinks links;
    links.setListings({ { Service::Ticketmaster, u"tm:1"_s, u"https://tm.example/1"_s,
        TicketPrice { 12, u"GBP"_s } } });
    QCOMPARE(texts(links), QStringList { u"&Open the gig's page (tickets from £12)"_s });
    QVERIFY(links.findChild<QLabel *>(u"gigLinksLabel"_s)->isHidden());
    links.setListings({ { Service::Ticketmaster, u"tm:2"_s, u"https://tm.example/2"_s, {} } });
    QCOMPARE(texts(links), QStringList { u"&Open the gig's page"_s });
    QVERIFY(links.buttons().constFirst()->isEnabled());
}

void TestGigLinks::fewerListingsRemoveButtons()
{
    GigLinks links;
    links.setListings({ { Service::Ticketmaster, u"tm:1"_s, u"https://tm.example/1"_s, {} },
        { Service::SeatGeek, u"sg:1"_s, QString(), TicketPrice { 20, u"USD"_s } } });
    QCOMPARE(links.buttons().size(), 2);
    QVERIFY(!links.buttons().at(1)->isEnabled()); // a price, but no page to buy on
    links.setListings({});
    QCOMPARE(links.buttons().size(), 1);
    QVERIFY(!links.buttons().constFirst()->isEnabled());
}

QTEST_MAIN(TestGigLinks)
#include "tst_giglinks.moc"
