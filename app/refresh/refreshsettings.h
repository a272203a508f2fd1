// The refresh engine's intervals and limits; the app reads them from settings, tests shorten them.
#pragma once

#include "app/refresh/restartpolicy.h"

#include <chrono>

namespace gig {

struct RefreshSettings
{
    std::chrono::milliseconds shownInterval { std::chrono::minutes(30) }; // the place on screen
    std::chrono::milliseconds backgroundInterval { std::chrono::hours(3) }; // every other place
    std::chrono::milliseconds idleExpiry { std::chrono::hours(
        24) }; // unviewed, not saved → dropped
    std::chrono::milliseconds eventLifetime { std::chrono::hours(
        3) }; // events stay fresh this long
    std::chrono::milliseconds releaseLifetime { std::chrono::hours(
        24) }; // latest releases, likewise
    std::chrono::milliseconds sweepInterval { std::chrono::minutes(10) };
    std::chrono::milliseconds releaseRescanInterval { std::chrono::minutes(
        5) }; // retry what failed
    // A failed ask that may pass when asked again (an unreadable answer, 5xx or 429 after the
    // queue's own retries, a timeout: isTransient()) is asked again this many times, after
    // full-jitter exponential backoff from `base` up to `cap`, before it waits for the next rescan.
    int releaseRetries = 4;
    std::chrono::milliseconds releaseRetryBase { std::chrono::seconds(2) };
    std::chrono::milliseconds releaseRetryCap { std::chrono::minutes(1) };
    // An artist without an MBID whose search by name found no certain match is searched again
    // after this long (the answer is kept in the cache, so not at every start).
    std::chrono::milliseconds nameSearchRetry { std::chrono::hours(24 * 7) };
    int horizonDays = 90; // gigs from today up to this many days ahead
    double shareDistanceKm = 1.0; // picks this close to a watched place share its watch
    int releaseFetchesInFlight = 2; // the queue paces them; more would only fix their order early
    // Artists whose latest release was never known are first looked up many at a time (one
    // MusicBrainz search names a batch of them); the browse checks them at the daily re-check.
    bool batchedReleases = true;
    RestartPolicyConfig restart;
};

} // namespace gig
