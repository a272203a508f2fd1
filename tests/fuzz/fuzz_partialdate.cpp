// Feeds arbitrary text to PartialDate::fromString, the reader of MusicBrainz release dates.
#include "fuzzinput.h"
#include "models/partialdate.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(gig::fuzz::bytes(data, size));
    QString error;
    const std::optional<gig::PartialDate> date = gig::PartialDate::fromString(text, &error);
    if (!date) {
        FUZZ_CHECK_DETAIL(!error.isEmpty(), text); // a refusal always says why
        return 0;
    }
    // What is read is written back exactly as MusicBrainz wrote it, and reads back the same.
    FUZZ_CHECK_DETAIL(date->toString() == text, text + QStringLiteral(" → ") + date->toString());
    FUZZ_CHECK(gig::PartialDate::fromString(date->toString()) == date);
    if (date->isNull())
        return 0;
    FUZZ_CHECK(date->year() >= 1 && date->year() <= 9999);
    FUZZ_CHECK(date->month() >= 0 && date->month() <= 12);
    FUZZ_CHECK(date->day() >= 0 && date->day() <= 31);
    FUZZ_CHECK_DETAIL(date->earliestDay().isValid(), text);
    FUZZ_CHECK(date->isReleasedBy(date->earliestDay()));
    FUZZ_CHECK(!date->isReleasedBy(date->earliestDay().addDays(-1)));
    FUZZ_CHECK(*date > gig::PartialDate());
    return 0;
}
