// gigmap in German: the window's menus, table headers and plurals speak it, and English stays
// English with its own plurals.
#include "gigfixture.h"
#include "models/gigstore.h"
#include "models/translations.h"
#include "ui/gigcountlabel.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModel>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gig;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { installTranslations(u"en"_s); }
    void thePersonsLanguageIsSpokenWhenGigmapSpeaksIt();
    void theWindowSpeaksGerman();
    void pluralsFollowTheLanguage();
};

void TestTranslations::thePersonsLanguageIsSpokenWhenGigmapSpeaksIt()
{
    QCOMPARE(languageFor(QLocale(u"de_CH"_s)), u"de"_s);
    QCOMPARE(languageFor(QLocale(u"de_AT"_s)), u"de"_s);
    QCOMPARE(languageFor(QLocale(u"en_GB"_s)), u"en"_s);
    QCOMPARE(languageFor(QLocale(u"it_IT"_s)), u"en"_s); // not spoken: English
    QVERIFY(!installTranslations(u"xx"_s));
}

void TestTranslations::theWindowSpeaksGerman()
{
    QVERIFY(installTranslations(u"de"_s));
    GigStore store;
    testing::fillBerlin(store);
    MainWindow window(&store);
    window.showLocation(u"berlin"_s);
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus.append(action->text());
    QVERIFY2(
        menus.contains(u"&Datei"_s) && menus.contains(u"&Ansicht"_s) && menus.contains(u"&Hilfe"_s),
        qPrintable(menus.join(u", "_s)));
    QAbstractItemModel *gigs = window.findChild<QTableView *>(u"gigTable"_s)->model();
    QStringList headers;
    for (int column = 0; column < gigs->columnCount(); ++column)
        headers.append(gigs->headerData(column, Qt::Horizontal).toString());
    QVERIFY2(headers.startsWith(u"Datum"_s) && headers.contains(u"Veranstaltung"_s)
            && headers.contains(u"Entfernung"_s),
        qPrintable(headers.join(u", "_s)));
    QCOMPARE(window.windowTitle(), u"berlin — gigmap"_s);
}

void TestTranslations::pluralsFollowTheLanguage()
{
    QCOMPARE(GigCountLabel::textFor(1, 1), u"1 gig"_s);
    QCOMPARE(GigCountLabel::textFor(4, 4), u"4 gigs"_s);
    QCOMPARE(GigCountLabel::textFor(4, 1), u"1 gig shown · 3 hidden by the filter"_s);
    QVERIFY(installTranslations(u"de"_s));
    QCOMPARE(GigCountLabel::textFor(1, 1), u"1 Konzert"_s);
    QCOMPARE(GigCountLabel::textFor(4, 4), u"4 Konzerte"_s);
    QCOMPARE(GigCountLabel::textFor(4, 1), u"1 Konzert angezeigt · 3 vom Filter ausgeblendet"_s);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
