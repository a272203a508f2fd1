// The gig table's helpers: the count above it and the header's column chooser.
#include "models/releaseprogress.h"
#include "ui/columnchooser.h"
#include "ui/gigcountlabel.h"
#include "ui/releaseprogressbar.h"

#include <QHeaderView>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::ColumnChooser;
using gig::GigCountLabel;

class TestGigTableHelpers : public QObject
{
    Q_OBJECT

private slots:
    void countSaysWhatTheFilterHides_data();
    void countSaysWhatTheFilterHides();
    void countFollowsTheModels();
    void chooserHidesAndShowsColumns();
    void timeLeftInWords();
};

void TestGigTableHelpers::countSaysWhatTheFilterHides_data()
{
    QTest::addColumn<int>("all");
    QTest::addColumn<int>("shown");
    QTest::addColumn<QString>("text");
    QTest::newRow("none") << 0 << 0 << QString();
    QTest::newRow("one") << 1 << 1 << u"1 gig"_s;
    QTest::newRow("all shown") << 79 << 79 << u"79 gigs"_s;
    QTest::newRow("some hidden") << 79 << 67 << u"67 gigs shown · 12 hidden by the filter"_s;
    QTest::newRow("one hidden") << 2 << 1 << u"1 gig shown · 1 hidden by the filter"_s;
    QTest::newRow("all hidden") << 5 << 0 << u"0 gigs shown · 5 hidden by the filter"_s;
}

void TestGigTableHelpers::countSaysWhatTheFilterHides()
{
    QFETCH(int, all);
    QFETCH(int, shown);
    QFETCH(QString, text);
    QCOMPARE(GigCountLabel::textFor(all, shown), text);
}

void TestGigTableHelpers::countFollowsTheModels()
{
    QStandardItemModel all;
    QSortFilterProxyModel shown;
    shown.setSourceModel(&all);
    GigCountLabel label(&all, &shown);
    QVERIFY(label.isHidden());
    for (const QString &name : { u"Björk"_s, u"Moderat"_s, u"Caribou"_s })
        all.appendRow(new QStandardItem(name));
    QCOMPARE(label.text(), u"3 gigs"_s);
    shown.setFilterFixedString(u"bou"_s);
    QCOMPARE(label.text(), u"1 gig shown · 2 hidden by the filter"_s);
    all.clear();
    QVERIFY(label.text().isEmpty());
}

void TestGigTableHelpers::chooserHidesAndShowsColumns()
{
    QStandardItemModel model(2, 3);
    model.setHorizontalHeaderLabels({ u"Date"_s, u"Event"_s, u"Venue"_s });
    QTableView table;
    table.setModel(&model);
    new ColumnChooser(table.horizontalHeader());
    QHeaderView *header = table.horizontalHeader();
    header->moveSection(2, 0); // Venue first, as a person may drag it

    std::unique_ptr<QMenu> menu(header->findChild<ColumnChooser *>()->createMenu());
    QList<QAction *> actions = menu->actions();
    QCOMPARE(actions.size(), 3);
    QCOMPARE(actions.at(0)->text(), u"Venue"_s); // in the order shown
    QVERIFY(actions.at(0)->isChecked());
    actions.at(1)->trigger(); // Date off
    QVERIFY(header->isSectionHidden(0));
    actions.at(2)->trigger(); // Event off: Venue is the last one shown
    menu.reset(header->findChild<ColumnChooser *>()->createMenu());
    actions = menu->actions();
    QVERIFY(actions.at(0)->isChecked());
    QVERIFY(!actions.at(0)->isEnabled()); // the last visible column stays
    QVERIFY(!actions.at(1)->isChecked() && actions.at(1)->isEnabled());
    actions.at(1)->trigger(); // Date back
    QVERIFY(!header->isSectionHidden(0));
}

void TestGigTableHelpers::timeLeftInWords()
{
    using gig::ReleaseProgressBar;
    QCOMPARE(gig::ReleaseProgress::timeLeftText(20), u"less than a minute left"_s);
    QCOMPARE(gig::ReleaseProgress::timeLeftText(150), u"about 3 min left"_s);
    QCOMPARE(gig::ReleaseProgress::timeLeftText(3900), u"about 1 h 5 min left"_s);
}

QTEST_MAIN(TestGigTableHelpers)
#include "tst_gigtablehelpers.moc"
