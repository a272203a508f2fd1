#include "models/event.h"
#include "models/gigroles.h"
#include "ui/map/markerlayer.h"

#include <QImage>
#include <QItemSelectionModel>
#include <QPainter>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gig;

namespace {

void addGig(QStandardItemModel &model, const QString &id, const QGeoCoordinate &at)
{
    auto *item = new QStandardItem(id);
    item->setData(id, EventIdRole);
    item->setData(QVariant::fromValue(at), CoordinateRole);
    item->setData(0, StatusRole);
    item->setData(QString(u"Gig "_s + id), EventNameRole);
    model.appendRow(item);
}

MapCamera cameraAt(const QGeoCoordinate &centre, double zoom)
{
    MapCamera camera;
    camera.viewport = QSizeF(800, 600);
    camera.zoom = zoom;
    camera.centre = camera.toMercator(camera.screenPosition(centre));
    return camera;
}

} // namespace

class TestMarkerLayer final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void hitsTheGigUnderThePoint();
    void missesBesideTheMarkers();
    void clusterAsksForTheZoomWhereItSplits();
    void gigsAtOnePlaceFanOutAndCanBeHit();
    void clickOnAGigSelectsItThroughAProxy();
    void followsTheModelAfterOnePass();
    void toolTipNamesTheGigs();
    void paintsWithoutAView();
    void eachStatusHasAMarkOfItsOwnBesideItsColour();
    void gigsOfMyArtistsWearARingAndAStar();

private:
    QStandardItemModel *m_model = nullptr;
    MarkerLayer *m_layer = nullptr;
};

void TestMarkerLayer::init()
{
    m_model = new QStandardItemModel(this);
    m_layer = new MarkerLayer(this);
    m_layer->setMaximumZoom(19.0);
    m_layer->setModel(m_model);
}

void TestMarkerLayer::cleanup()
{
    delete m_layer;
    delete m_model;
}

void TestMarkerLayer::hitsTheGigUnderThePoint()
{
    addGig(*m_model, u"a"_s, QGeoCoordinate(52.52, 13.40));
    addGig(*m_model, u"b"_s, QGeoCoordinate(52.50, 13.30));
    m_layer->flush();
    const MapCamera camera = cameraAt(QGeoCoordinate(52.51, 13.35), 12);
    const QPointF b = camera.screenPosition(QGeoCoordinate(52.50, 13.30));
    const MarkerLayer::Hit hit = m_layer->hitTest(camera, b + QPointF(4, -3));
    QVERIFY(hit.isValid());
    QCOMPARE(hit.row, 1);
    QVERIFY(!hit.fanned);
}

void TestMarkerLayer::missesBesideTheMarkers()
{
    addGig(*m_model, u"a"_s, QGeoCoordinate(52.52, 13.40));
    m_layer->flush();
    const MapCamera camera = cameraAt(QGeoCoordinate(52.52, 13.40), 12);
    const QPointF a = camera.screenPosition(QGeoCoordinate(52.52, 13.40));
    const double edge = MarkerLayer::SelectedMarkerDiameter / 2.0;
    QVERIFY(m_layer->hitTest(camera, a + QPointF(edge - 0.5, 0)).isValid());
    QVERIFY(!m_layer->hitTest(camera, a + QPointF(edge + 0.5, 0)).isValid());
}

void TestMarkerLayer::clusterAsksForTheZoomWhereItSplits()
{
    addGig(*m_model, u"a"_s, QGeoCoordinate(52.52, 13.40));
    addGig(*m_model, u"b"_s, QGeoCoordinate(52.50, 13.30));
    m_layer->flush();
    const MapCamera camera = cameraAt(QGeoCoordinate(52.51, 13.35), 5);
    const QPointF middle = camera.screenPosition(QGeoCoordinate(52.51, 13.35));
    const MarkerLayer::Hit hit = m_layer->hitTest(camera, middle);
    QVERIFY(hit.isValid());
    QCOMPARE(hit.row, -1);
    QCOMPARE(hit.item.count, 2);
    QSignalSpy zoom(m_layer, &MarkerLayer::zoomRequested);
    m_layer->activate(hit, camera);
    QCOMPARE(zoom.count(), 1);
    QVERIFY(zoom.first().at(1).toDouble() > camera.zoom);
    QVERIFY(!m_layer->isFanned());
}

void TestMarkerLayer::gigsAtOnePlaceFanOutAndCanBeHit()
{
    const QGeoCoordinate venue(48.8566, 2.3522);
    for (const QString &id : { u"a"_s, u"b"_s, u"c"_s })
        addGig(*m_model, id, venue);
    m_layer->flush();
    const MapCamera camera = cameraAt(venue, 19);
    const QPointF at = camera.screenPosition(venue);
    const MarkerLayer::Hit cluster = m_layer->hitTest(camera, at);
    QCOMPARE(cluster.item.count, 3);
    QSignalSpy zoom(m_layer, &MarkerLayer::zoomRequested);
    m_layer->activate(cluster, camera);
    QCOMPARE(zoom.count(), 0);
    QVERIFY(m_layer->isFanned());
    // Three gigs on a circle of 28 px, the first straight above the place.
    const MarkerLayer::Hit first = m_layer->hitTest(camera, at + QPointF(0, -28));
    QVERIFY(first.fanned);
    QVERIFY(first.row >= 0 && first.row < 3);
    QVERIFY(!m_layer->hitTest(camera, at + QPointF(0, -60)).isValid());
    m_layer->closeFan();
    QVERIFY(!m_layer->isFanned());
    QVERIFY(!m_layer->hitTest(camera, at + QPointF(0, -28)).isValid());
}

void TestMarkerLayer::clickOnAGigSelectsItThroughAProxy()
{
    addGig(*m_model, u"a"_s, QGeoCoordinate(52.52, 13.40));
    addGig(*m_model, u"b"_s, QGeoCoordinate(52.50, 13.30));
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model);
    proxy.sort(0, Qt::DescendingOrder); // b above a
    QItemSelectionModel selection(&proxy);
    m_layer->setSelectionModel(&selection);
    m_layer->flush();
    const MapCamera camera = cameraAt(QGeoCoordinate(52.51, 13.35), 12);
    const MarkerLayer::Hit hit
        = m_layer->hitTest(camera, camera.screenPosition(QGeoCoordinate(52.52, 13.40)));
    QCOMPARE(hit.row, 0);
    QSignalSpy changed(m_layer, &MarkerLayer::changed);
    m_layer->activate(hit, camera);
    const QModelIndexList rows = selection.selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data(EventIdRole).toString(), u"a"_s);
    QVERIFY(changed.count() >= 1);
}

void TestMarkerLayer::followsTheModelAfterOnePass()
{
    const MapCamera camera = cameraAt(QGeoCoordinate(52.52, 13.40), 12);
    const QPointF at = camera.screenPosition(QGeoCoordinate(52.52, 13.40));
    addGig(*m_model, u"a"_s, QGeoCoordinate(52.52, 13.40));
    QVERIFY(!m_layer->hitTest(camera, at).isValid()); // gathered for one pass…
    m_layer->flush(); // …unless someone reads
    QVERIFY(m_layer->hitTest(camera, at).isValid());
    m_model->removeRow(0);
    QTRY_VERIFY(!m_layer->hitTest(camera, at).isValid());
    QVERIFY(m_layer->gigBounds().isNull());
}

void TestMarkerLayer::toolTipNamesTheGigs()
{
    addGig(*m_model, u"a"_s, QGeoCoordinate(52.52, 13.40));
    addGig(*m_model, u"b"_s, QGeoCoordinate(52.50, 13.30));
    m_layer->flush();
    const MapCamera close = cameraAt(QGeoCoordinate(52.51, 13.35), 12);
    const MarkerLayer::Hit gig
        = m_layer->hitTest(close, close.screenPosition(QGeoCoordinate(52.52, 13.40)));
    QVERIFY(m_layer->toolTipFor(gig).contains(u"<b>Gig a</b>"_s));
    const MapCamera far = cameraAt(QGeoCoordinate(52.51, 13.35), 5);
    const MarkerLayer::Hit cluster
        = m_layer->hitTest(far, far.screenPosition(QGeoCoordinate(52.51, 13.35)));
    const QString text = m_layer->toolTipFor(cluster);
    QVERIFY2(text.contains(u"Gig a"_s) && text.contains(u"Gig b"_s), qPrintable(text));
}

void TestMarkerLayer::paintsWithoutAView()
{
    addGig(*m_model, u"a"_s, QGeoCoordinate(52.52, 13.40));
    m_layer->flush();
    m_layer->setAccent(Qt::blue);
    const MapCamera camera = cameraAt(QGeoCoordinate(52.52, 13.40), 12);
    QImage image(800, 600, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    m_layer->paint(painter, camera);
    painter.end();
    const QPoint at = camera.screenPosition(QGeoCoordinate(52.52, 13.40)).toPoint();
    QCOMPARE(image.pixelColor(at), QColor(0xe0, 0x31, 0x31)); // an unselected gig's red
}

void TestMarkerLayer::eachStatusHasAMarkOfItsOwnBesideItsColour()
{
    // On time, cancelled, postponed: told apart without colour, by the white marks on them.
    const QList<EventStatus> statuses { EventStatus::Ok, EventStatus::Cancelled,
        EventStatus::Postponed };
    QList<QGeoCoordinate> places;
    for (int i = 0; i < statuses.size(); ++i) {
        places.append(QGeoCoordinate(52.52, 13.30 + 0.05 * i));
        addGig(*m_model, QString::number(i), places.last());
        m_model->item(i)->setData(int(statuses[i]), StatusRole);
    }
    m_layer->flush();
    const MapCamera camera = cameraAt(QGeoCoordinate(52.52, 13.35), 12);
    QImage image(800, 600, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    QPainter painter(&image);
    m_layer->paint(painter, camera);
    painter.end();
    QList<QImage> marks;
    for (const QGeoCoordinate &place : std::as_const(places)) {
        const QPoint at = camera.screenPosition(place).toPoint();
        const QImage marker = image.copy(at.x() - 5, at.y() - 5, 11, 11); // inside the ring
        QImage white(marker.size(), QImage::Format_Mono);
        for (int y = 0; y < marker.height(); ++y) {
            for (int x = 0; x < marker.width(); ++x)
                white.setPixel(x, y, qGray(marker.pixel(x, y)) > 200 ? 1 : 0);
        }
        marks.append(white);
    }
    QVERIFY(marks[0] != marks[1]);
    QVERIFY(marks[0] != marks[2]);
    QVERIFY(marks[1] != marks[2]);
}

void TestMarkerLayer::gigsOfMyArtistsWearARingAndAStar()
{
    const QGeoCoordinate mine(52.52, 13.30);
    const QGeoCoordinate other(52.52, 13.40);
    addGig(*m_model, u"mine"_s, mine);
    m_model->item(0)->setData(true, MineRole);
    addGig(*m_model, u"other"_s, other);
    m_layer->flush();
    const MapCamera camera = cameraAt(QGeoCoordinate(52.52, 13.35), 12);
    QImage image(800, 600, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    m_layer->paint(painter, camera);
    painter.end();
    const QColor violet(0x7b, 0x2c, 0xbf);
    const int ringAt = int(MarkerLayer::GigMarkerDiameter / 2.0 + 2.5); // on the ring's middle
    const QPoint mineAt = camera.screenPosition(mine).toPoint();
    const QPoint otherAt = camera.screenPosition(other).toPoint();
    QCOMPARE(image.pixelColor(mineAt + QPoint(ringAt, 0)), violet);
    QVERIFY(image.pixelColor(otherAt + QPoint(ringAt, 0)) != violet);
    // Inside, a white star where the other gig is plain red: a shape, not only a colour.
    QCOMPARE(image.pixelColor(mineAt), QColor(Qt::white));
    QCOMPARE(image.pixelColor(otherAt), QColor(0xe0, 0x31, 0x31));
    // Following the model: the mark goes when the gig stops being mine.
    m_model->item(0)->setData(false, MineRole);
    m_layer->flush();
    image.fill(Qt::white);
    QPainter again(&image);
    m_layer->paint(again, camera);
    again.end();
    QVERIFY(image.pixelColor(mineAt + QPoint(ringAt, 0)) != violet);
}

QTEST_MAIN(TestMarkerLayer)
#include "tst_markerlayer.moc"
