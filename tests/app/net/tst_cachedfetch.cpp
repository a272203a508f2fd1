#include "app/net/cachedfetch.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gig;

class TestCachedFetch : public QObject
{
    Q_OBJECT

private slots:
    void imagesAreToldByTheirBytesAndType_data();
    void imagesAreToldByTheirBytesAndType();
};

void TestCachedFetch::imagesAreToldByTheirBytesAndType_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("image");
    const QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QTest::newRow("png") << QByteArray("image/png") << png << true;
    QTest::newRow("no type") << QByteArray() << png << true;
    QTest::newRow("jpeg") << QByteArray("image/jpeg") << QByteArray("\xff\xd8\xff\xe0") << true;
    QTest::newRow("html page") << QByteArray("text/html") << png << false;
    QTest::newRow("html as png") << QByteArray("image/png") << QByteArray("<html>") << false;
}

void TestCachedFetch::imagesAreToldByTheirBytesAndType()
{
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, body);
    QFETCH(bool, image);
    NetworkResult result;
    result.status = 200;
    result.body = body;
    if (!type.isEmpty())
        result.headers.append({ "Content-Type", type });
    QCOMPARE(isImageAnswer(result), image);
}

QTEST_APPLESS_MAIN(TestCachedFetch)
#include "tst_cachedfetch.moc"
