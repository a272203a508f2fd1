// Feeds arbitrary bytes to the MusicBrainz readers (release-group browse, artist search,
// release-group search) and runs the latest-release rules over whatever groups come out.
#include "app/sources/latestrelease.h"
#include "app/sources/musicbrainzparser.h"
#include "app/sources/windowedlatest.h"
#include "fuzzinput.h"
#include "sourcechecks.h"

#include <QDate>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = gig::fuzz::bytes(data, size);

    const auto groups = gig::parseMusicBrainzReleaseGroups(body);
    gig::fuzz::checkParsed(groups);
    for (const gig::ReleaseGroup &group : groups.value.groups) {
        FUZZ_CHECK_DETAIL(gig::fuzz::isNormalizedMbid(group.mbid), group.mbid);
        FUZZ_CHECK_DETAIL(!group.title.isEmpty(), group.mbid);
    }
    FUZZ_CHECK(groups.value.count >= 0 && groups.value.offset >= 0);
    const QDate today(2026, 11, 27);
    if (const auto latest = gig::latestRelease(groups.value.groups, today)) {
        FUZZ_CHECK(latest->date.isReleasedBy(today));
        FUZZ_CHECK(latest->type != gig::ReleaseType::Other);
        // The rule never depends on the order of the list.
        QList<gig::ReleaseGroup> reversed(
            groups.value.groups.crbegin(), groups.value.groups.crend());
        FUZZ_CHECK(gig::latestRelease(reversed, today) == latest);
    }

    const auto hits = gig::parseMusicBrainzArtistSearch(body);
    gig::fuzz::checkParsed(hits);
    // An answer with a hit it could not read is an error as a whole, never a shorter page.
    FUZZ_CHECK(!hits.ok() || hits.skipped.isEmpty());
    FUZZ_CHECK(hits.ok() || hits.value.hits.isEmpty());
    FUZZ_CHECK(hits.value.count >= 0 && hits.value.offset >= 0);
    for (const gig::ArtistHit &hit : hits.value.hits) {
        FUZZ_CHECK_DETAIL(gig::fuzz::isNormalizedMbid(hit.mbid), hit.mbid);
        FUZZ_CHECK(hit.score >= 0 && hit.score <= 100);
    }
    const auto search = gig::parseMusicBrainzReleaseGroupSearch(body);
    gig::fuzz::checkParsed(search);
    FUZZ_CHECK(search.ok() || search.value.hits.isEmpty());
    QStringList credited;
    for (const gig::ReleaseGroupHit &hit : search.value.hits) {
        FUZZ_CHECK(!hit.artistMbids.isEmpty() && hit.score >= 0 && hit.score <= 100);
        for (const QString &mbid : hit.artistMbids)
            FUZZ_CHECK_DETAIL(gig::fuzz::isNormalizedMbid(mbid), mbid);
        credited += hit.artistMbids;
    }
    // Only asked artists are decided, and only with a candidate from the window on.
    const auto decided = gig::latestReleasesInWindow(search.value.hits, credited, 2025, today);
    for (auto it = decided.cbegin(); it != decided.cend(); ++it) {
        FUZZ_CHECK(credited.contains(it.key()) && it.value());
        FUZZ_CHECK(it.value()->date >= gig::PartialDate::fromYear(2025));
    }
    (void)gig::musicBrainzErrorMessage(body);
    return 0;
}
