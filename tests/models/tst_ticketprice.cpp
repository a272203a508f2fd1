#include "models/ticketprice.h"

#include <QTest>

using namespace Qt::StringLiterals;
using gig::TicketPrice;

class TestTicketPrice : public QObject
{
    Q_OBJECT

private slots:
    void validity_data();
    void validity();
    void partsAreCleanedUp();
    void lowestStaysInTheFirstCurrency();
    void text_data();
    void text();
    void signOfThePersonsOwnCurrency();
};

void TestTicketPrice::validity_data()
{
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("valid");
    QTest::newRow("euros") << 36.5 << u"EUR"_s << true;
    QTest::newRow("free") << 0.0 << u"USD"_s << true;
    QTest::newRow("negative") << -1.0 << u"USD"_s << false;
    QTest::newRow("infinite") << qInf() << u"USD"_s << false;
    QTest::newRow("not a number") << qQNaN() << u"USD"_s << false;
    QTest::newRow("no currency") << 10.0 << QString() << false;
    QTest::newRow("a sign, not a code") << 10.0 << u"€"_s << false;
    QTest::newRow("lower case") << 10.0 << u"eur"_s << false;
    QTest::newRow("four letters") << 10.0 << u"EURO"_s << false;
}

void TestTicketPrice::validity()
{
    QFETCH(double, amount);
    QFETCH(QString, currency);
    QFETCH(bool, valid);
    QCOMPARE((TicketPrice { amount, currency }).isValid(), valid);
}

void TestTicketPrice::partsAreCleanedUp()
{
    QCOMPARE(gig::ticketPrice(20, u" usd "_s), (TicketPrice { 20, u"USD"_s }));
    QCOMPARE(gig::ticketPrice(20, u"dollars"_s), std::nullopt);
    QCOMPARE(gig::ticketPrice(-3, u"USD"_s), std::nullopt);
}

void TestTicketPrice::lowestStaysInTheFirstCurrency()
{
    QCOMPARE(gig::lowestTicketPrice({}), std::nullopt);
    const QList<TicketPrice> prices { { 40, u"EUR"_s }, { 5, u"GBP"_s }, { 35.5, u"EUR"_s },
        { 60, u"EUR"_s } };
    QCOMPARE(gig::lowestTicketPrice(prices), (TicketPrice { 35.5, u"EUR"_s }));
}

void TestTicketPrice::text_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    // Euros have a sign of their own everywhere; whole amounts show no cents.
    QTest::newRow("euros in Britain") << u"en_GB"_s << 36.0 << u"EUR"_s << u"€36"_s;
    QTest::newRow("euros in Germany") << u"de_DE"_s << 36.5 << u"EUR"_s << u"36,50\u00a0€"_s;
    QTest::newRow("pounds in Britain") << u"en_GB"_s << 12.0 << u"GBP"_s << u"£12"_s;
    QTest::newRow("pounds in Germany") << u"de_DE"_s << 12.0 << u"GBP"_s << u"12\u00a0£"_s;
    // "$" is the US dollar's, but not in a country whose own dollar is written "$"; other
    // dollars have signs of their own ("CA$").
    QTest::newRow("dollars in the US") << u"en_US"_s << 36.0 << u"USD"_s << u"$36"_s;
    QTest::newRow("US dollars in Germany") << u"de_DE"_s << 36.0 << u"USD"_s << u"36\u00a0$"_s;
    QTest::newRow("US dollars in Canada") << u"en_CA"_s << 36.0 << u"USD"_s << u"36\u00a0USD"_s;
    QTest::newRow("Canadian dollars in Britain") << u"en_GB"_s << 20.0 << u"CAD"_s << u"CA$20"_s;
    // A code no locale writes with a sign of its own stays a code.
    QTest::newRow("unknown code") << u"en_GB"_s << 9.99 << u"XTS"_s << u"9.99\u00a0XTS"_s;
}

void TestTicketPrice::text()
{
    QFETCH(QString, locale);
    QFETCH(double, amount);
    QFETCH(QString, currency);
    QFETCH(QString, text);
    QCOMPARE(gig::ticketPriceText({ amount, currency }, QLocale(locale)), text);
}

void TestTicketPrice::signOfThePersonsOwnCurrency()
{
    QCOMPARE(gig::ticketPriceText({ 20, u"CAD"_s }, QLocale(u"en_CA"_s)), u"$20"_s);
    QCOMPARE(gig::ticketPriceText({ 1500, u"JPY"_s }, QLocale(u"ja_JP"_s)), u"￥1,500"_s);
}

QTEST_APPLESS_MAIN(TestTicketPrice)
#include "tst_ticketprice.moc"
