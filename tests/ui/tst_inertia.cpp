#include "ui/map/inertia.h"

#include <QTest>
#include <cmath>

using namespace gig;

class TestInertia final : public QObject
{
    Q_OBJECT

private slots:
    void pressAloneDoesNotGlide();
    void flickGlidesAlongItsDirection();
    void pauseBeforeReleaseStopsTheMap();
    void slowDragDoesNotGlide();
    void speedIsCapped();
    void onlyTheLastMomentsCount();
    void pressStartsOver();
};

void TestInertia::pressAloneDoesNotGlide()
{
    Inertia inertia;
    inertia.press(0, QPointF(100, 100));
    QVERIFY(!inertia.release(10, QPointF(300, 100)));
}

void TestInertia::flickGlidesAlongItsDirection()
{
    Inertia inertia;
    inertia.press(1000, QPointF(100, 100));
    inertia.move(1040, QPointF(140, 130));
    const auto glide = inertia.release(1050, QPointF(150, 100 + 37.5));
    QVERIFY(glide);
    // 50 px east and 37.5 px south in 50 ms: 1250 px/s, gliding 1250/3000 s.
    const double seconds = 1250.0 / Inertia::Deceleration;
    QCOMPARE(glide->durationMs, int(seconds * 1000));
    QVERIFY(std::abs(glide->offset.x() - 1000.0 * seconds / 2) < 1e-9);
    QVERIFY(std::abs(glide->offset.y() - 750.0 * seconds / 2) < 1e-9);
}

void TestInertia::pauseBeforeReleaseStopsTheMap()
{
    Inertia inertia;
    inertia.press(0, QPointF(0, 0));
    inertia.move(20, QPointF(100, 0));
    QVERIFY(inertia.release(20 + Inertia::MaxPauseMs, QPointF(100, 0)));
    QVERIFY(!inertia.release(21 + Inertia::MaxPauseMs, QPointF(100, 0)));
}

void TestInertia::slowDragDoesNotGlide()
{
    Inertia inertia;
    inertia.press(0, QPointF(0, 0));
    inertia.move(40, QPointF(3, 0));
    QVERIFY(!inertia.release(50, QPointF(4, 0))); // 80 px/s
}

void TestInertia::speedIsCapped()
{
    Inertia inertia;
    inertia.press(0, QPointF(0, 0));
    inertia.move(5, QPointF(0, -500));
    const auto glide = inertia.release(10, QPointF(0, -1000)); // 100,000 px/s north
    QVERIFY(glide);
    const double seconds = Inertia::MaxSpeed / Inertia::Deceleration;
    QCOMPARE(glide->durationMs, int(seconds * 1000));
    QVERIFY(std::abs(glide->offset.x()) < 1e-9);
    QVERIFY(std::abs(glide->offset.y() + Inertia::MaxSpeed * seconds / 2) < 1e-9);
}

void TestInertia::onlyTheLastMomentsCount()
{
    Inertia inertia;
    inertia.press(0, QPointF(0, 0));
    inertia.move(500, QPointF(1000, 0)); // a slow, long drag east…
    inertia.move(600, QPointF(1000, 0));
    inertia.move(620, QPointF(1000, 40)); // …then a flick south
    const auto glide = inertia.release(640, QPointF(1000, 80));
    QVERIFY(glide);
    QVERIFY(glide->offset.y() > 0);
    QVERIFY(std::abs(glide->offset.x()) < 1e-9);
}

void TestInertia::pressStartsOver()
{
    Inertia inertia;
    inertia.press(0, QPointF(0, 0));
    inertia.move(20, QPointF(200, 0));
    inertia.press(30, QPointF(200, 0));
    QVERIFY(!inertia.release(40, QPointF(260, 0)));
}

QTEST_APPLESS_MAIN(TestInertia)
#include "tst_inertia.moc"
