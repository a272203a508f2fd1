#include "ui/applicationicon.h"

#include <QFile>
#include <QImage>
#include <QPixmap>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestApplicationIcon : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void svgSourceIsCompiledIn();
    void rendersAtEveryThemeSize_data();
    void rendersAtEveryThemeSize();
    void showsWhiteNoteOnRedPin();
};

void TestApplicationIcon::svgSourceIsCompiledIn()
{
    QFile svg(u":/icons/gigmap.svg"_s);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().contains("<svg"));
}

void TestApplicationIcon::rendersAtEveryThemeSize_data()
{
    QTest::addColumn<int>("size");
    for (int size : { 16, 22, 24, 32, 48, 64, 128, 256, 512 })
        QTest::addRow("%dpx", size) << size;
}

void TestApplicationIcon::rendersAtEveryThemeSize()
{
    QFETCH(int, size);
    const QIcon icon = gig::applicationIcon();
    QVERIFY(!icon.isNull());

    // Without the SVG icon engine the pixmap comes back null.
    const QPixmap pixmap = icon.pixmap(QSize(size, size));
    QVERIFY(!pixmap.isNull());
    QCOMPARE(pixmap.size(), QSize(size, size));

    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0); // the corners stay transparent
    qsizetype opaque = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            opaque += qAlpha(image.pixel(x, y)) == 255 ? 1 : 0;
    }
    // The pin covers about half of the square, at every size.
    QVERIFY2(opaque > qsizetype(size) * size / 3, qPrintable(QString::number(opaque)));
}

void TestApplicationIcon::showsWhiteNoteOnRedPin()
{
    const QImage image = gig::applicationIcon().pixmap(QSize(256, 256)).toImage();
    QVERIFY(!image.isNull());

    const QColor pin = image.pixelColor(128, 200); // below the notes, inside the pin
    QCOMPARE(pin.alpha(), 255);
    QVERIFY2(pin.red() > 180 && pin.green() < 120, qPrintable(pin.name()));

    const QColor beam = image.pixelColor(135, 70); // the beam joining the two notes
    QVERIFY2(beam.red() > 240 && beam.green() > 240 && beam.blue() > 240, qPrintable(beam.name()));
}

QTEST_MAIN(TestApplicationIcon)
#include "tst_applicationicon.moc"
