#include "app/net/redaction.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRedaction : public QObject
{
    Q_OBJECT

private slots:
    void hidesSecretQueryValues_data();
    void hidesSecretQueryValues();
    void redactedUrlDropsUserInfo();
};

void TestRedaction::hidesSecretQueryValues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("apikey") << u"https://a.b/x?apikey=S3CRET&size=5"_s
                            << u"https://a.b/x?apikey=REDACTED&size=5"_s;
    QTest::addRow("api_key") << u"https://a.b/x?q=1&api_key=S3CRET"_s
                             << u"https://a.b/x?q=1&api_key=REDACTED"_s;
    QTest::addRow("key") << u"https://a.b/x?key=S3CRET#f"_s << u"https://a.b/x?key=REDACTED#f"_s;
    QTest::addRow("token") << u"?token=S3CRET"_s << u"?token=REDACTED"_s;
    QTest::addRow("access_token") << u"?access_token=S3CRET"_s << u"?access_token=REDACTED"_s;
    QTest::addRow("upper case") << u"?APIKEY=S3CRET"_s << u"?APIKEY=REDACTED"_s;
    QTest::addRow("client_id") << u"?client_id=S3CRET&page=2"_s << u"?client_id=REDACTED&page=2"_s;
    QTest::addRow("client_secret") << u"?client_secret=S3CRET"_s << u"?client_secret=REDACTED"_s;
    QTest::addRow("in a sentence")
        << u"Error transferring https://a.b/x?apikey=S3CRET - server replied: Not Found"_s
        << u"Error transferring https://a.b/x?apikey=REDACTED - server replied: Not Found"_s;
    QTest::addRow("plain parameters stay")
        << u"?geoPoint=u33d&size=20&page=2"_s << u"?geoPoint=u33d&size=20&page=2"_s;
    QTest::addRow("keyword is not key") << u"?keyword=rock"_s << u"?keyword=rock"_s;
}

void TestRedaction::hidesSecretQueryValues()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(gig::redactSecrets(text), expected);
}

void TestRedaction::redactedUrlDropsUserInfo()
{
    const QString text = gig::redactedUrl(QUrl(u"https://user:pass@a.b/x?token=T0K"_s));
    QVERIFY(!text.contains(u"pass"_s));
    QVERIFY(!text.contains(u"T0K"_s));
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
