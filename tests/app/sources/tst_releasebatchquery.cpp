// The batched search's query: its Lucene text, its windows, and its length for a full batch.
#include "app/sandbox/sandboxmusicbrainz.h"
#include "app/sources/latestrelease.h"
#include "app/sources/releasebatchquery.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace gig {

class TstReleaseBatchQuery : public QObject
{
    Q_OBJECT

private slots:
    void queryNamesArtistsTypesAndWindow();
    void windowsGoBackInTime();
    void fullBatchStaysWellInsideTheLengthLimit();
};

void TstReleaseBatchQuery::queryNamesArtistsTypesAndWindow()
{
    QCOMPARE(releaseBatchQuery(
                 { u"a"_s, u"b"_s }, defaultCountedReleaseTypes(), 2025, QDate(2026, 12, 4)),
        u"arid:(a OR b) AND primarytype:(album OR ep OR single) AND "
        "firstreleasedate:[2025 TO 2026-12-04]"_s);
    QCOMPARE(releaseBatchQuery({ u"a"_s }, { ReleaseType::Album }, 999, QDate(2026, 1, 1)),
        u"arid:(a) AND primarytype:(album) AND firstreleasedate:[0999 TO 2026-01-01]"_s);
}

void TstReleaseBatchQuery::windowsGoBackInTime()
{
    const QList<int> years = releaseWindowStartYears(QDate(2026, 12, 4));
    QCOMPARE(years, QList<int>({ 2025, 2019, wholeHistory }));
    QCOMPARE(releaseBatchQuery({ u"a"_s }, { ReleaseType::EP }, wholeHistory, QDate(2026, 1, 1)),
        u"arid:(a) AND primarytype:(ep)"_s);
}

void TstReleaseBatchQuery::fullBatchStaysWellInsideTheLengthLimit()
{
    QStringList mbids;
    for (int i = 0; i < releaseBatchArtists; ++i)
        mbids.append(u"12345678-1234-4234-8234-1234567890%1"_s.arg(i, 2, 10, QChar(u'0')));
    const QString query
        = releaseBatchQuery(mbids, defaultCountedReleaseTypes(), 2025, QDate(2026, 12, 4));
    QVERIFY(query.size() < SandboxMusicBrainz::maxQueryLength * 2 / 3);
    QVERIFY(QUrl::toPercentEncoding(query).size() < 2500); // servers commonly allow 8 KB
}

} // namespace gig

QTEST_GUILESS_MAIN(gig::TstReleaseBatchQuery)
#include "tst_releasebatchquery.moc"
