#include "gigfixture.h"
#include "models/alertledger.h"
#include "models/giglistmodel.h"
#include "models/gigstore.h"
#include "ui/contrast.h"
#include "ui/gigstatusproxymodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gig;

class TestGigStatusProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void cancelledRowsAreStruckOutAndMuted();
    void postponedRowsAreMarked();
    void staleRowsAreMutedFromThePalette();
    void paletteChangeRepaintsRows();
    void otherRolesPassThrough();
    void announcedGigIsNewUntilSeen();
};

namespace {

struct Fixture
{
    Fixture()
    {
        testing::fillBerlin(store);
        list.setLocationId(u"berlin"_s);
        proxy.setSourceModel(&list);
    }
    QModelIndex cell(const QString &eventId, int column) const
    {
        return proxy.index(list.rowOf(eventId), column);
    }
    GigStore store;
    GigListModel list { &store };
    GigStatusProxyModel proxy;
    QAbstractItemModelTester tester { &proxy,
        QAbstractItemModelTester::FailureReportingMode::Fatal };
};

} // namespace

void TestGigStatusProxyModel::cancelledRowsAreStruckOutAndMuted()
{
    Fixture f;
    for (int column = 0; column < GigListModel::ColumnCount; ++column)
        QVERIFY(f.cell(u"e2"_s, column).data(Qt::FontRole).value<QFont>().strikeOut());
    QCOMPARE(f.cell(u"e2"_s, GigListModel::VenueColumn).data(Qt::ForegroundRole).value<QBrush>(),
        QBrush(mutedTextColor(f.proxy.palette())));
    QVERIFY(!f.cell(u"e2"_s, GigListModel::EventColumn)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());
    QVERIFY(!f.cell(u"e2"_s, GigListModel::VenueColumn).data(Qt::DecorationRole).isValid());

    QVERIFY(!f.cell(u"e1"_s, GigListModel::EventColumn).data(Qt::FontRole).isValid());
    QVERIFY(!f.cell(u"e1"_s, GigListModel::EventColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(!f.cell(u"e1"_s, GigListModel::EventColumn).data(Qt::DecorationRole).isValid());
}

void TestGigStatusProxyModel::postponedRowsAreMarked()
{
    Fixture f;
    const QModelIndex event = f.cell(u"e3"_s, GigListModel::EventColumn);
    QVERIFY(event.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(!event.data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(!event.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!event.data(Qt::ForegroundRole).isValid()); // still current, not muted
}

void TestGigStatusProxyModel::staleRowsAreMutedFromThePalette()
{
    Fixture f;
    QSignalSpy changed(&f.proxy, &QAbstractItemModel::dataChanged);
    f.store.markEventsStale({ u"e4"_s });
    QVERIFY(changed.count() > 0);
    const QModelIndex venue = f.cell(u"e4"_s, GigListModel::VenueColumn);
    QCOMPARE(
        venue.data(Qt::ForegroundRole).value<QBrush>(), QBrush(mutedTextColor(f.proxy.palette())));
    QVERIFY(!venue.data(Qt::FontRole).isValid());
    QVERIFY(
        !f.cell(u"e4"_s, GigListModel::StatusColumn).data(Qt::ToolTipRole).toString().isEmpty());
}

void TestGigStatusProxyModel::paletteChangeRepaintsRows()
{
    Fixture f;
    QSignalSpy changed(&f.proxy, &QAbstractItemModel::dataChanged);
    QPalette dark = f.proxy.palette();
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x24));
    dark.setColor(QPalette::Text, QColor(0xf0, 0xf0, 0xf0));
    f.proxy.setPalette(dark);
    QCOMPARE(changed.count(), 1);
    const QColor muted = f.cell(u"e2"_s, GigListModel::DateColumn)
                             .data(Qt::ForegroundRole)
                             .value<QBrush>()
                             .color();
    QCOMPARE(muted, mutedTextColor(dark));
    QVERIFY(muted.lightness() > 0x80); // light on the dark base
    f.proxy.setPalette(dark);
    QCOMPARE(changed.count(), 1);
}

void TestGigStatusProxyModel::otherRolesPassThrough()
{
    Fixture f;
    const QModelIndex cell = f.cell(u"e1"_s, GigListModel::EventColumn);
    QCOMPARE(cell.data().toString(), u"Björk: Cornucopia"_s);
    QCOMPARE(cell.data(EventIdRole).toString(), u"e1"_s);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), u"Björk: Cornucopia"_s);
}

void TestGigStatusProxyModel::announcedGigIsNewUntilSeen()
{
    Fixture f;
    AlertLedger ledger;
    const QDateTime now(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    const auto always = [](const QString &) {
        return true;
    };
    ledger.notePlace(u"berlin"_s, {}, always, now); // the first fill: nothing is new
    f.proxy.setAlertLedger(&ledger);
    QSignalSpy changed(&f.proxy, &QAbstractItemModel::dataChanged);
    ledger.notePlace(u"berlin"_s, { u"e1"_s }, always, now);
    QCOMPARE(changed.count(), 1);
    const QModelIndex name = f.cell(u"e1"_s, GigListModel::EventColumn);
    QCOMPARE(name.data().toString(), u"New: Björk: Cornucopia"_s);
    QVERIFY(name.data(Qt::ToolTipRole).toString().contains(u"new since you last looked"_s));
    QVERIFY(f.cell(u"e1"_s, GigListModel::VenueColumn).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!f.cell(u"e2"_s, GigListModel::EventColumn).data().toString().startsWith(u"New"_s));

    ledger.markSeen(u"e1"_s, now);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(name.data().toString(), u"Björk: Cornucopia"_s);
    QVERIFY(!f.cell(u"e1"_s, GigListModel::VenueColumn).data(Qt::FontRole).isValid());
}

QTEST_MAIN(TestGigStatusProxyModel)
#include "tst_gigstatusproxymodel.moc"
