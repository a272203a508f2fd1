// IdSlots: dense ids for ids, each with its sweep mark and value.
#include "models/idslots.h"

#include <QTest>
#include <limits>

using namespace Qt::StringLiterals;

class TestIdSlots : public QObject
{
    Q_OBJECT

private slots:
    void idsGetDenseSlotsOnce();
    void newSlotsStartUnmarkedAndUnset();
    void clearStartsAgainFromZero();
};

void TestIdSlots::idsGetDenseSlotsOnce()
{
    gig::IdSlots<> ids;
    QCOMPARE(ids.intern(u"a"_s), 0u);
    QCOMPARE(ids.intern(u"b"_s), 1u);
    QCOMPARE(ids.intern(u"a"_s), 0u);
    QCOMPARE(ids.intern(u"c"_s), 2u);
    QCOMPARE(ids.size(), 3);
}

void TestIdSlots::newSlotsStartUnmarkedAndUnset()
{
    constexpr qint64 unset = std::numeric_limits<qint64>::min();
    gig::IdSlots<qint64> ids(unset);
    const quint32 a = ids.intern(u"a"_s);
    ids.value(a) = 42;
    ids.marks()[a] = 7;
    const quint32 b = ids.intern(u"b"_s);
    QCOMPARE(ids.values()[a], 42);
    QCOMPARE(ids.marks()[a], 7u);
    QCOMPARE(ids.values()[b], unset);
    QCOMPARE(ids.marks()[b], 0u);
}

void TestIdSlots::clearStartsAgainFromZero()
{
    gig::IdSlots<qint64> ids(-1);
    ids.intern(u"a"_s);
    ids.intern(u"b"_s);
    ids.clear();
    QCOMPARE(ids.size(), 0);
    QCOMPARE(ids.intern(u"b"_s), 0u);
    QCOMPARE(ids.values()[0], -1);
}

QTEST_GUILESS_MAIN(TestIdSlots)
#include "tst_idslots.moc"
