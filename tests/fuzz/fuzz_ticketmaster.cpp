// Feeds arbitrary bytes to the Ticketmaster reader as if they were an events.json answer.
#include "app/sources/ticketmasterparser.h"
#include "fuzzinput.h"
#include "sourcechecks.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = gig::fuzz::bytes(data, size);
    const auto page = gig::parseTicketmasterEvents(body);
    gig::fuzz::checkParsed(page);
    if (page.ok()) {
        gig::fuzz::checkBatch(page.value.batch, u"tm:");
        FUZZ_CHECK(page.value.number >= 0 && page.value.size >= 0 && page.value.totalPages >= 0);
        FUZZ_CHECK(page.value.totalElements >= 0);
    }
    (void)gig::ticketmasterErrorMessage(body);
    return 0;
}
