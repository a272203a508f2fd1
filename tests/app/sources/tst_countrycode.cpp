#include "app/sources/countrycode.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TstCountryCode : public QObject
{
    Q_OBJECT

private slots:
    void namesAndCodesGiveTheIsoCode_data();
    void namesAndCodesGiveTheIsoCode();
};

void TstCountryCode::namesAndCodesGiveTheIsoCode_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");

    // What Songkick writes in metroArea.country.displayName.
    QTest::newRow("US") << u"US"_s << u"US"_s;
    QTest::newRow("UK is GB") << u"UK"_s << u"GB"_s;
    QTest::newRow("Germany") << u"Germany"_s << u"DE"_s;
    QTest::newRow("France") << u"France"_s << u"FR"_s;
    QTest::newRow("Netherlands") << u"Netherlands"_s << u"NL"_s;
    QTest::newRow("Japan") << u"Japan"_s << u"JP"_s;
    QTest::newRow("Canada") << u"Canada"_s << u"CA"_s;
    QTest::newRow("Australia") << u"Australia"_s << u"AU"_s;
    QTest::newRow("United States") << u"United States"_s << u"US"_s;
    QTest::newRow("USA") << u"USA"_s << u"US"_s;
    QTest::newRow("Czech Republic") << u"Czech Republic"_s << u"CZ"_s;
    QTest::newRow("case and spaces") << u"  germany "_s << u"DE"_s;
    QTest::newRow("lower-case code") << u"de"_s << u"DE"_s;
    // Unknown names are never guessed.
    QTest::newRow("unknown name") << u"Atlantis"_s << QString();
    QTest::newRow("unknown code") << u"XQ"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("a city") << u"London"_s << QString();
}

void TstCountryCode::namesAndCodesGiveTheIsoCode()
{
    QFETCH(QString, name);
    QFETCH(QString, code);
    QCOMPARE(gig::isoCountryCode(name), code);
}

QTEST_GUILESS_MAIN(TstCountryCode)
#include "tst_countrycode.moc"
