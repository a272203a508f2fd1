// Feeds arbitrary bytes to the Retry-After reader (seconds or HTTP-date) and the HTTP-date reader.
#include "app/net/retryafter.h"
#include "fuzzinput.h"

#include <QLocale>

using namespace std::chrono_literals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray value = gig::fuzz::bytes(data, size);
    const QDateTime now(QDate(2026, 11, 27), QTime(1, 2, 3), Qt::UTC);

    if (const auto date = gig::parseHttpDate(value)) {
        FUZZ_CHECK(date->isValid());
        FUZZ_CHECK(date->timeSpec() == Qt::UTC);
        // Written back in the preferred form (IMF-fixdate) it reads as the same instant.
        const QString imf
            = QLocale::c().toString(*date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        FUZZ_CHECK_DETAIL(gig::parseHttpDate(imf.toLatin1()) == date, imf);
    }

    const auto wait = gig::parseRetryAfter(value, now);
    if (wait) {
        FUZZ_CHECK(*wait >= 0ms);
        const QByteArray trimmed = value.trimmed();
        bool isNumber = false;
        const qint64 seconds = trimmed.toLongLong(&isNumber);
        if (isNumber && seconds >= 0 && !trimmed.startsWith('+'))
            FUZZ_CHECK_DETAIL(*wait == std::chrono::seconds(seconds), QString::fromLatin1(trimmed));
    }
    // Without a clock only the seconds form can be answered.
    if (gig::parseRetryAfter(value, QDateTime()))
        FUZZ_CHECK(wait.has_value());
    return 0;
}
