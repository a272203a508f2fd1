#include "models/textfold.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The rule as written: compatibility decomposition, non-spacing marks dropped, case folded.
QString reference(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded.toCaseFolded();
}

} // namespace

class TestTextFold : public QObject
{
    Q_OBJECT

private slots:
    void foldsAsAPersonReads_data();
    void foldsAsAPersonReads();
    void latin1ShortcutAgreesWithTheRule();
};

void TestTextFold::foldsAsAPersonReads_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("accents") << u"Björk Guðmundsdóttir"_s << u"bjork guðmundsdottir"_s;
    QTest::newRow("sharp s") << u"Die Ärzte Straße"_s << reference(u"Die Ärzte Straße"_s);
    QTest::newRow("fraction") << u"½ Japanese"_s << u"1⁄2 japanese"_s;
    // "й" is "и" with a breve, which goes like any other mark.
    QTest::newRow("cyrillic") << u"Мумий Тролль"_s << u"мумии тролль"_s;
    QTest::newRow("combining mark") << u"Cafe\u0301"_s << u"cafe"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestTextFold::foldsAsAPersonReads()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(gig::foldForSearch(text), folded);
}

void TestTextFold::latin1ShortcutAgreesWithTheRule()
{
    for (int c = 0; c < 256; ++c) {
        const QString one(QChar(c, 0));
        QCOMPARE(gig::foldForSearch(one), reference(one));
    }
    // Strings of Latin-1 characters, random but the same every run.
    QRandomGenerator random(20261204);
    for (int n = 0; n < 2000; ++n) {
        QString text;
        const int length = int(random.bounded(1, 12));
        for (int i = 0; i < length; ++i)
            text.append(QChar(ushort(random.bounded(0x20, 0x100))));
        QCOMPARE(gig::foldForSearch(text), reference(text));
    }
}

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
