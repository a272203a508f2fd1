#include "models/gigmerge.h"
#include "models/namekeyhash.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gig;

class TestNameKeyHash : public QObject
{
    Q_OBJECT

private slots:
    void namesGiveTheNumberOfTheirKey_data();
    void namesGiveTheNumberOfTheirKey();
    void anyAsciiNameGivesTheNumberOfItsKey();
    void differentKeysGiveDifferentNumbers();
};

void TestNameKeyHash::namesGiveTheNumberOfTheirKey_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : { u"The Beatles"_s, u"Beatles, The"_s, u"beatles!"_s,
             u"  The   Beatles  "_s, u"Beatles ,  the"_s, u"Beatles,THE"_s, u"Breathe"_s,
             u"The The"_s, u"The"_s, u"the-x"_s, u"the-"_s, u"the x"_s, u"There"_s, u"Theo"_s,
             u"!!!"_s, u" ! ! "_s, u""_s, u"   "_s, u",the"_s, u"x,the"_s, u"The,The"_s, u"AC/DC"_s,
             u"Sunn O)))"_s, u"\tThe\nCure\r"_s, u"Björk"_s, u"Sigur Rós"_s, u"Город 312"_s,
             u"Λευκή Σιωπή"_s, u"The Björk Band"_s, u"فرقة النور"_s }) {
        QTest::newRow(qPrintable(name.isEmpty() ? u"(empty)"_s : name)) << name;
    }
}

void TestNameKeyHash::namesGiveTheNumberOfTheirKey()
{
    QFETCH(QString, name);
    QCOMPARE(gigNameKeyHash(name), nameKeyHash(normalizedGigName(name)));
}

// Random names from the characters the rule looks at (ASCII and Latin-1, "ß" folding to two
// letters, a no-break space that trims): the fast reading agrees with the fold.
void TestNameKeyHash::anyAsciiNameGivesTheNumberOfItsKey()
{
    static constexpr QStringView alphabet = u"tThHeEaA1 ,-!\t.ÄéßØþ\u00a0";
    QRandomGenerator random(20261205);
    for (int n = 0; n < 20000; ++n) {
        QString name;
        const int length = random.bounded(12);
        for (int i = 0; i < length; ++i)
            name.append(alphabet[random.bounded(int(alphabet.size()))]);
        QVERIFY2(gigNameKeyHash(name) == nameKeyHash(normalizedGigName(name)),
            qPrintable(u"\""_s + name + u'"'));
    }
}

void TestNameKeyHash::differentKeysGiveDifferentNumbers()
{
    QSet<quint64> seen;
    for (int n = 0; n < 30000; ++n)
        seen.insert(gigNameKeyHash(u"The Artist Number %1"_s.arg(n)));
    QCOMPARE(seen.size(), 30000);
    QVERIFY(gigNameKeyHash(u"Beatles"_s) != gigNameKeyHash(u"Beatle"_s));
}

QTEST_APPLESS_MAIN(TestNameKeyHash)
#include "tst_namekeyhash.moc"
