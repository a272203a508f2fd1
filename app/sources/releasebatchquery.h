// The batched look-up of latest releases: how many artists one MusicBrainz release-group search
// names, the Lucene query it sends, and the windows of years it asks about in turn.
#pragma once

#include "models/release.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace gig {

// Artists one search names. Each adds an MBID and " OR " (40 characters) to the query, so 40 keep
// it near 1,700 characters (about 2,100 in the URL), well inside the URL limits of servers and
// proxies (8 KB is common); an answer of 400 splits the batch anyway.
inline constexpr int releaseBatchArtists = 40;

// A window without a start: every release group of the counted types, dated or not.
inline constexpr int wholeHistory = 0;

// The first year of each window, asked in turn: the last two calendar years, then eight, then the
// whole history (wholeHistory), which decides every artist still undecided, "none" included.
QList<int> releaseWindowStartYears(QDate today);

// `arid:(A OR B …) AND primarytype:(album OR ep OR single) AND firstreleasedate:[FROM TO TODAY]`:
// FROM is a year, TODAY an ISO date. MusicBrainz's dates are strings ("", "YYYY", "YYYY-MM",
// "YYYY-MM-DD") and compare as such, which is the latest-release rule's order: the range holds
// every dated group from 1 January of FROM to today, and no group dated after today. With
// `fromYear` wholeHistory the date clause is left out.
QString releaseBatchQuery(
    const QStringList &mbids, const QList<ReleaseType> &types, int fromYear, QDate today);

} // namespace gig
