// Feeds arbitrary bytes to the SeatGeek reader as if they were a GET /events answer.
#include "app/sources/seatgeekparser.h"
#include "fuzzinput.h"
#include "sourcechecks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = gig::fuzz::bytes(data, size);
    const auto page = gig::parseSeatGeekEvents(body);
    gig::fuzz::checkParsed(page);
    if (page.ok()) {
        gig::fuzz::checkBatch(page.value.batch, u"sg:");
        FUZZ_CHECK(page.value.page >= 1 && page.value.perPage >= 0 && page.value.total >= 0);
    }
    (void)gig::seatGeekErrorMessage(body);
    return 0;
}
