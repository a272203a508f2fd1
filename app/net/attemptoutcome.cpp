#include "app/net/attemptoutcome.h"

#include "app/net/clock.h"
#include "app/net/lanepolicy.h"
#include "app/net/pendingrequest.h"
#include "app/net/redaction.h"
#include "app/net/retryafter.h"

using namespace Qt::StringLiterals;

namespace gig {

namespace {

// The connection failed (as opposed to an HTTP status the server chose): QNetworkReply's
// network-layer errors and a broken protocol exchange.
bool isTransportError(QNetworkReply::NetworkError error)
{
    const int code = int(error);
    return (code > 0 && code < 100 && error != QNetworkReply::OperationCanceledError)
        || error == QNetworkReply::ProtocolFailure;
}

AttemptOutcome outcomeOf(AttemptOutcome::Kind kind, NetworkResult result)
{
    AttemptOutcome outcome;
    outcome.kind = kind;
    outcome.result = std::move(result);
    return outcome;
}

AttemptOutcome failed(NetworkResult result, NetworkError error, const QString &errorString)
{
    result.error = error;
    result.errorString = errorString;
    return outcomeOf(AttemptOutcome::Kind::Failed, std::move(result));
}

// A failed attempt that counts towards the circuit breaker and is retried after a backoff.
AttemptOutcome retried(NetworkResult result, NetworkError error, const QString &errorString)
{
    result.error = error;
    result.errorString = errorString;
    AttemptOutcome outcome = outcomeOf(AttemptOutcome::Kind::RetryAfter, std::move(result));
    outcome.countsAsFailure = true;
    return outcome;
}

// No status came: the connection or TLS ended the attempt.
AttemptOutcome withoutAnswer(
    NetworkResult result, const AttemptOutcome::Reply &reply, const QString &host)
{
    const QString reason = redactSecrets(reply.errorString);
    switch (reply.error) {
    case QNetworkReply::SslHandshakeFailedError:
        // A certificate that cannot be verified is never ignored, and asking again would meet
        // the same certificate: fail now, with Qt's reason.
        return failed(std::move(result), NetworkError::Insecure,
            u"Refused the secure connection to %1: %2"_s.arg(host, reason));
    case QNetworkReply::ProtocolUnknownError:
        return failed(std::move(result), NetworkError::Network, reason);
    default:
        return retried(std::move(result), NetworkError::Network, reason);
    }
}

} // namespace

AttemptOutcome::Reply AttemptOutcome::Reply::of(const QNetworkReply &reply)
{
    return { reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply.error(),
        reply.errorString(), reply.rawHeaderPairs() };
}

AttemptOutcome AttemptOutcome::classify(
    const PendingRequest &request, const Reply &reply, const LanePolicy &policy, const Clock &clock)
{
    NetworkResult result;
    result.url = request.url;
    result.attempts = request.attempts;
    result.status = reply.status;
    result.headers = reply.headers;
    const QString host = request.url.host();

    if (request.insecure)
        return failed(std::move(result), NetworkError::Insecure, request.insecureReason);
    if (request.tooManyRedirects) {
        return failed(std::move(result), NetworkError::Network,
            u"%1 kept redirecting (%2 times), so gigmap stopped following"_s.arg(
                host, QString::number(request.redirects + 1)));
    }
    if (request.tooLarge || (reply.status == 0 && request.body.size() > policy.maxResponseBytes)) {
        return failed(std::move(result), NetworkError::TooLarge,
            u"The answer from %1 was larger than %2 bytes and was dropped"_s.arg(
                host, QString::number(policy.maxResponseBytes)));
    }
    if (request.resendStopped) {
        result.status = 0;
        return retried(std::move(result), NetworkError::Network,
            u"%1 closed the connection before answering"_s.arg(host));
    }
    if (request.timedOut) {
        result.status = 0;
        const QString message = request.pastDeadline
            ? u"%1 took longer than %2 s to answer"_s.arg(
                host, QString::number(policy.transferDeadline.count() / 1000.0))
            : u"%1 did not answer within %2 s"_s.arg(
                host, QString::number(policy.transferTimeout.count() / 1000.0));
        return retried(std::move(result), NetworkError::Timeout, message);
    }
    if (reply.status == 0)
        return withoutAnswer(std::move(result), reply, host);
    if (isTransportError(reply.error)) {
        // The status line came, but the connection broke before the whole body did (fewer bytes
        // than Content-Length, a reset mid-body): not an answer, whatever the status said.
        result.status = 0;
        return retried(std::move(result), NetworkError::Network, redactSecrets(reply.errorString));
    }

    result.body = request.body;
    const QString status = QString::number(reply.status);
    if (reply.status == 304 && request.revalidating)
        return outcomeOf(Kind::Revalidated, std::move(result));
    if (reply.status == 429 || reply.status == 503) {
        AttemptOutcome outcome = retried(
            std::move(result), NetworkError::Http, u"%1 is busy (HTTP %2)"_s.arg(host, status));
        outcome.countsAsFailure = reply.status == 503;
        outcome.throttled = true;
        outcome.retryAfter
            = parseRetryAfter(outcome.result.header("Retry-After"), clock.systemNow());
        return outcome;
    }
    if (reply.status >= 500) {
        return retried(
            std::move(result), NetworkError::Http, u"%1 failed (HTTP %2)"_s.arg(host, status));
    }
    AttemptOutcome outcome = outcomeOf(Kind::Delivered, std::move(result));
    if (reply.status >= 400) {
        outcome.result.error = NetworkError::Http;
        outcome.result.errorString = u"%1 refused the request (HTTP %2)"_s.arg(host, status);
    } else {
        outcome.cacheable = reply.status == 200 && !request.callerConditional;
    }
    return outcome;
}

} // namespace gig
