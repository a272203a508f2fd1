// Feeds arbitrary bytes to the Nominatim reader as if they were a search answer (jsonv2).
#include "app/sources/nominatimparser.h"
#include "fuzzinput.h"
#include "sourcechecks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = gig::fuzz::bytes(data, size);
    const auto places = gig::parseNominatimSearch(body);
    gig::fuzz::checkParsed(places);
    for (const gig::Place &place : places.value) {
        FUZZ_CHECK(place.coordinate.isValid());
        FUZZ_CHECK(!place.displayName.isEmpty());
    }
    (void)gig::nominatimErrorMessage(body);
    return 0;
}
