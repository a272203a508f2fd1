#include "models/coverimages.h"
#include "ui/coverdelegate.h"

#include <QBuffer>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gig;

namespace {

constexpr int releaseIdRole = Qt::UserRole + 7;

QByteArray png(const QColor &colour)
{
    QImage image(250, 250, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestCoverDelegate : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void drawsTheCoverOnceItIsHad();
    void drawsAPlaceholderUntilThenAndAsksForTheCover();
    void aRowWithoutReleaseAsksForNothing();

private:
    // The cell painted at 300×40; the colour at the middle of its cover square.
    QColor coverColourOf(int row);

    QStandardItemModel m_model;
    CoverImages m_covers;
};

void TestCoverDelegate::init()
{
    m_model.clear();
    for (const QString &mbid : { u"rg-red"_s, u"rg-later"_s, QString() }) {
        auto *item = new QStandardItem(u"A title"_s);
        item->setData(mbid, releaseIdRole);
        m_model.appendRow(item);
    }
}

QColor TestCoverDelegate::coverColourOf(int row)
{
    CoverDelegate delegate(&m_covers, releaseIdRole);
    QImage canvas(300, 40, QImage::Format_RGB32);
    canvas.fill(Qt::white);
    QPainter painter(&canvas);
    QStyleOptionViewItem option;
    option.rect = canvas.rect();
    option.palette.setColor(QPalette::Button, QColor(0xee, 0xee, 0xee));
    delegate.paint(&painter, option, m_model.index(row, 0));
    painter.end();
    const int side = CoverDelegate::coverSide(40);
    return canvas.pixelColor(
        2 + side / 2 - side / 4, 2 + side / 2); // inside the square, off the ring
}

void TestCoverDelegate::drawsTheCoverOnceItIsHad()
{
    m_covers.setCover(u"rg-red"_s, png(Qt::red));
    QCOMPARE(coverColourOf(0), QColor(Qt::red));
}

void TestCoverDelegate::drawsAPlaceholderUntilThenAndAsksForTheCover()
{
    QSignalSpy wanted(&m_covers, &CoverImages::wanted);
    const QColor placeholder = coverColourOf(1);
    QCOMPARE(wanted.count(), 1);
    QCOMPARE(wanted.constFirst().constFirst().toString(), u"rg-later"_s);
    QCOMPARE(placeholder, QColor(0xee, 0xee, 0xee)); // the palette's, not a colour of its own
    coverColourOf(1);
    QCOMPARE(wanted.count(), 1); // asked once
    m_covers.setNone(u"rg-later"_s);
    QCOMPARE(coverColourOf(1), placeholder);
    m_covers.setCover(u"rg-later"_s, png(Qt::blue));
    QCOMPARE(coverColourOf(1), QColor(Qt::blue));
}

void TestCoverDelegate::aRowWithoutReleaseAsksForNothing()
{
    QSignalSpy wanted(&m_covers, &CoverImages::wanted);
    QCOMPARE(coverColourOf(2), QColor(Qt::white));
    QCOMPARE(wanted.count(), 0);
}

QTEST_MAIN(TestCoverDelegate)
#include "tst_coverdelegate.moc"
