// Helpers every gigmap fuzz target shares: the input as Qt bytes, quiet logs, and a check that
// turns a broken promise into a crash libFuzzer reports with its input.
#pragma once

#include <QByteArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QString>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace gig::fuzz {

// The fuzz input without copying it; valid until the target returns.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

[[noreturn]] inline void fail(const char *what, const char *file, int line, const QString &detail)
{
    std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", file, line, what);
    if (!detail.isEmpty())
        std::fprintf(stderr, "  %s\n", qUtf8Printable(detail));
    std::abort();
}

// A MusicBrainz id as gigmap keeps it: lower-case, 36 characters.
inline bool isNormalizedMbid(const QString &text)
{
    static const QRegularExpression mbid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return mbid.match(text).hasMatch();
}

} // namespace gig::fuzz

// libFuzzer calls this once before the first input. Readers log every record they skip;
// millions of runs must not spend their time printing. (Each target is one source file, so
// this header is included once per executable.)
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QLoggingCategory::setFilterRules(QStringLiteral("gigmap.*=false"));
    return 0;
}

// Aborts (a crash for libFuzzer) when `condition` is false, printing it and `detail`.
#define FUZZ_CHECK(condition)                                                                      \
    ((condition) ? void() : ::gig::fuzz::fail(#condition, __FILE__, __LINE__, QString()))
#define FUZZ_CHECK_DETAIL(condition, detail)                                                       \
    ((condition) ? void() : ::gig::fuzz::fail(#condition, __FILE__, __LINE__, (detail)))
