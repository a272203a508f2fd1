// gigmap in German: the window's menus, table headers and plurals speak it, and English stays
// English with its own plurals.
#include "gigfixture.h"
#include "models/gigstore.h"
#include "models/translations.h"
#include "ui/gigcountlabel.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModel>
#include <QHeaderView>
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
    void theWindowSpeaksEachLanguage_data();
    void theWindowSpeaksEachLanguage();
    void pluralsFollowTheLanguage_data();
    void pluralsFollowTheLanguage();
};

void TestTranslations::thePersonsLanguageIsSpokenWhenGigmapSpeaksIt()
{
    QCOMPARE(languageFor(QLocale(u"de_CH"_s)), u"de"_s);
    QCOMPARE(languageFor(QLocale(u"de_AT"_s)), u"de"_s);
    QCOMPARE(languageFor(QLocale(u"en_GB"_s)), u"en"_s);
    QCOMPARE(languageFor(QLocale(u"fr_BE"_s)), u"fr"_s);
    QCOMPARE(languageFor(QLocale(u"es_MX"_s)), u"es"_s);
    QCOMPARE(languageFor(QLocale(u"it_IT"_s)), u"en"_s); // not spoken: English
    QVERIFY(!installTranslations(u"xx"_s));
}

void TestTranslations::theWindowSpeaksEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QStringList>("headers");
    QTest::newRow("German") << u"de"_s << QStringList { u"&Datei"_s, u"&Ansicht"_s, u"&Hilfe"_s }
                            << QStringList { u"Datum"_s, u"Veranstaltung"_s, u"Entfernung"_s };
    QTest::newRow("French") << u"fr"_s << QStringList { u"&Fichier"_s, u"Affic&hage"_s, u"Ai&de"_s }
                            << QStringList { u"Date"_s, u"Événement"_s, u"Distance"_s };
    QTest::newRow("Spanish") << u"es"_s << QStringList { u"&Archivo"_s, u"&Ver"_s, u"Ay&uda"_s }
                             << QStringList { u"Fecha"_s, u"Evento"_s, u"Distancia"_s };
}

void TestTranslations::theWindowSpeaksEachLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, menus);
    QFETCH(QStringList, headers);
    QVERIFY(translatedLanguages().contains(language));
    QVERIFY(installTranslations(language));
    GigStore store;
    testing::fillBerlin(store);
    MainWindow window(&store);
    window.showLocation(u"berlin"_s);
    QStringList shownMenus;
    for (QAction *action : window.menuBar()->actions())
        shownMenus.append(action->text());
    for (const QString &menu : std::as_const(menus))
        QVERIFY2(shownMenus.contains(menu), qPrintable(shownMenus.join(u", "_s)));
    QAbstractItemModel *gigs = window.findChild<QTableView *>(u"gigTable"_s)->model();
    QStringList shownHeaders;
    for (int column = 0; column < gigs->columnCount(); ++column)
        shownHeaders.append(gigs->headerData(column, Qt::Horizontal).toString());
    QVERIFY2(shownHeaders.startsWith(headers.constFirst()), qPrintable(shownHeaders.join(u", "_s)));
    for (const QString &header : std::as_const(headers))
        QVERIFY2(shownHeaders.contains(header), qPrintable(shownHeaders.join(u", "_s)));
    QCOMPARE(window.windowTitle(), u"berlin — gigmap"_s);

    // Every column's title is whole at 1400 pixels, however long the language's words.
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QHeaderView *header = window.gigTable()->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        QTRY_VERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
            qPrintable(shownHeaders.at(column)));
    }
    // …and every column fits beside the others, the last one too.
    const int last = header->logicalIndex(header->count() - 1);
    QVERIFY2(header->sectionViewportPosition(last) + header->sectionSize(last)
            <= window.gigTable()->viewport()->width(),
        qPrintable(shownHeaders.at(last)));
}

// Each language's own plural rule: French counts 0 as one ("0 concert affiché"), Spanish does not.
void TestTranslations::pluralsFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("texts"); // (1 of 1), (4 of 4), (1 of 4), (0 of 2)
    QTest::newRow("English") << u"en"_s
                             << QStringList { u"1 gig"_s, u"4 gigs"_s,
                                    u"1 gig shown · 3 hidden by the filter"_s,
                                    u"0 gigs shown · 2 hidden by the filter"_s };
    QTest::newRow("German") << u"de"_s
                            << QStringList { u"1 Konzert"_s, u"4 Konzerte"_s,
                                   u"1 Konzert angezeigt · 3 vom Filter ausgeblendet"_s,
                                   u"0 Konzerte angezeigt · 2 vom Filter ausgeblendet"_s };
    QTest::newRow("French") << u"fr"_s
                            << QStringList { u"1 concert"_s, u"4 concerts"_s,
                                   u"1 concert affiché · 3 masqués par le filtre"_s,
                                   u"0 concert affiché · 2 masqués par le filtre"_s };
    QTest::newRow("Spanish") << u"es"_s
                             << QStringList { u"1 concierto"_s, u"4 conciertos"_s,
                                    u"1 concierto mostrado · 3 ocultos por el filtro"_s,
                                    u"0 conciertos mostrados · 2 ocultos por el filtro"_s };
}

void TestTranslations::pluralsFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, texts);
    QVERIFY(installTranslations(language));
    QCOMPARE(GigCountLabel::textFor(1, 1), texts.at(0));
    QCOMPARE(GigCountLabel::textFor(4, 4), texts.at(1));
    QCOMPARE(GigCountLabel::textFor(4, 1), texts.at(2));
    QCOMPARE(GigCountLabel::textFor(2, 0), texts.at(3));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
