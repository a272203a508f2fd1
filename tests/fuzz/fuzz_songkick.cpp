// Feeds arbitrary bytes to both Songkick readers: location search and metro area calendar.
#include "app/sources/songkickparser.h"
#include "fuzzinput.h"
#include "sourcechecks.h"

#include <QSet>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = gig::fuzz::bytes(data, size);

    const auto locations = gig::parseSongkickLocations(body);
    gig::fuzz::checkParsed(locations);
    QSet<QString> areaIds;
    for (const gig::SongkickMetroArea &area : locations.value) {
        FUZZ_CHECK(!area.id.isEmpty());
        FUZZ_CHECK_DETAIL(!areaIds.contains(area.id), area.id); // each once
        areaIds.insert(area.id);
    }

    const auto calendar = gig::parseSongkickCalendar(body);
    gig::fuzz::checkParsed(calendar);
    if (calendar.ok()) {
        gig::fuzz::checkBatch(calendar.value.batch, u"sk:");
        FUZZ_CHECK(calendar.value.batch.metroArea.isEmpty());
        FUZZ_CHECK(calendar.value.perPage >= 0 && calendar.value.totalEntries >= 0);
    }
    (void)gig::songkickErrorMessage(body);
    return 0;
}
