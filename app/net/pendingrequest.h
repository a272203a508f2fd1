// One GET inside the RequestQueue, shared by every caller that asked for the same thing.
#pragma once

#include "app/net/clock.h"
#include "app/net/networkresult.h"

#include <QList>
#include <QNetworkRequest>
#include <QPointer>

class QNetworkReply;
class QTimer;

namespace gig {

class QueuedReply;

struct PendingRequest
{
    QByteArray key; // de-duplication key: URL and the headers that change the answer
    QString lane;
    QUrl url;
    QNetworkRequest request; // prepared: User-Agent set, cache-busting headers removed
    RequestPriority priority = RequestPriority::Background;
    QList<QPointer<QueuedReply>> waiters;

    int attempts = 0; // sends so far
    Clock::Time notBefore { 0 }; // a retry waits until then
    bool callerConditional = false; // the caller sent its own If-None-Match

    // The current attempt.
    QNetworkReply *reply = nullptr;
    QTimer *timeout = nullptr;
    QByteArray body;
    bool revalidating = false; // sent If-None-Match from our cache
    bool wireSent = false; // QNetworkReply::requestSent() came
    int redirects = 0; // followed in this attempt
    Clock::Time deadline { 0 }; // the attempt, redirects and all, ends by then
    bool skipCache = false; // the cached copy vanished: ask unconditionally
    bool tooLarge = false;
    bool timedOut = false;
    bool pastDeadline = false; // timed out by transferDeadline, not by silence
    bool insecure = false; // a redirect down to plain http
    bool tooManyRedirects = false;
    bool resendStopped = false; // Qt was about to send this attempt again by itself
    QString insecureReason;

    bool hasWaiters() const;
};

} // namespace gig
