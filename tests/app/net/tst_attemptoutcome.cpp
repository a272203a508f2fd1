// One finished attempt → one outcome: each case of AttemptOutcome::classify.
#include "app/net/attemptoutcome.h"
#include "app/net/clock.h"
#include "app/net/lanepolicy.h"
#include "app/net/pendingrequest.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using gig::AttemptOutcome;
using gig::NetworkError;
using Kind = AttemptOutcome::Kind;
using Net = QNetworkReply::NetworkError;

Q_DECLARE_METATYPE(AttemptOutcome::Kind)
Q_DECLARE_METATYPE(gig::NetworkError)

namespace {

// What the request noticed during the attempt.
enum Flag {
    NoFlag = 0,
    Insecure = 1,
    TooLarge = 2,
    ResendStopped = 4,
    TimedOut = 8,
    PastDeadline = 16,
    Revalidating = 32,
    CallerConditional = 64,
    TooManyRedirects = 128,
};

} // namespace

class TestAttemptOutcome : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void retryAfterHeader();
    void keepsTheReplysHeadersAndTheBody();
};

void TestAttemptOutcome::classify_data()
{
    QTest::addColumn<int>("flags");
    QTest::addColumn<int>("status");
    QTest::addColumn<Net>("qtError");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<NetworkError>("error");
    QTest::addColumn<int>("resultStatus");
    QTest::addColumn<bool>("countsAsFailure");
    QTest::addColumn<bool>("throttled");
    QTest::addColumn<bool>("cacheable");
    QTest::addColumn<QString>("errorStart");

    const auto none = Net::NoError;
    // clang-format off
    QTest::newRow("200") << int(NoFlag) << 200 << none << Kind::Delivered << NetworkError::None << 200 << false << false << true << u""_s;
    QTest::newRow("200 to the caller's condition") << int(CallerConditional) << 200 << none << Kind::Delivered << NetworkError::None << 200 << false << false << false << u""_s;
    QTest::newRow("204") << int(NoFlag) << 204 << none << Kind::Delivered << NetworkError::None << 204 << false << false << false << u""_s;
    QTest::newRow("304 to the caller's condition") << int(CallerConditional) << 304 << none << Kind::Delivered << NetworkError::None << 304 << false << false << false << u""_s;
    QTest::newRow("304 to ours") << int(Revalidating) << 304 << none << Kind::Revalidated << NetworkError::None << 304 << false << false << false << u""_s;
    QTest::newRow("404") << int(NoFlag) << 404 << Net::ContentNotFoundError << Kind::Delivered << NetworkError::Http << 404 << false << false << false << u"example.org refused the request (HTTP 404)"_s;
    QTest::newRow("429") << int(NoFlag) << 429 << Net::UnknownContentError << Kind::RetryAfter << NetworkError::Http << 429 << false << true << false << u"example.org is busy (HTTP 429)"_s;
    QTest::newRow("503") << int(NoFlag) << 503 << Net::ServiceUnavailableError << Kind::RetryAfter << NetworkError::Http << 503 << true << true << false << u"example.org is busy (HTTP 503)"_s;
    QTest::newRow("500") << int(NoFlag) << 500 << Net::InternalServerError << Kind::RetryAfter << NetworkError::Http << 500 << true << false << false << u"example.org failed (HTTP 500)"_s;
    QTest::newRow("body cut short") << int(NoFlag) << 200 << Net::RemoteHostClosedError << Kind::RetryAfter << NetworkError::Network << 0 << true << false << false << u"Qt says"_s;
    QTest::newRow("connection refused") << int(NoFlag) << 0 << Net::ConnectionRefusedError << Kind::RetryAfter << NetworkError::Network << 0 << true << false << false << u"Qt says"_s;
    QTest::newRow("bad certificate") << int(NoFlag) << 0 << Net::SslHandshakeFailedError << Kind::Failed << NetworkError::Insecure << 0 << false << false << false << u"Refused the secure connection to example.org: Qt says"_s;
    QTest::newRow("too many redirects") << int(TooManyRedirects) << 302 << none << Kind::Failed << NetworkError::Network << 302 << false << false << false << u"example.org kept redirecting (6 times)"_s;
    QTest::newRow("unknown protocol") << int(NoFlag) << 0 << Net::ProtocolUnknownError << Kind::Failed << NetworkError::Network << 0 << false << false << false << u"Qt says"_s;
    QTest::newRow("our redirect check") << int(Insecure) << 301 << Net::OperationCanceledError << Kind::Failed << NetworkError::Insecure << 301 << false << false << false << u"no http"_s;
    QTest::newRow("over the size cap") << int(TooLarge) << 200 << Net::OperationCanceledError << Kind::Failed << NetworkError::TooLarge << 200 << false << false << false << u"The answer from example.org was larger than 10 bytes"_s;
    QTest::newRow("resend stopped") << int(ResendStopped) << 200 << Net::OperationCanceledError << Kind::RetryAfter << NetworkError::Network << 0 << true << false << false << u"example.org closed the connection before answering"_s;
    QTest::newRow("silence") << int(TimedOut) << 0 << Net::OperationCanceledError << Kind::RetryAfter << NetworkError::Timeout << 0 << true << false << false << u"example.org did not answer within 30 s"_s;
    QTest::newRow("deadline") << int(TimedOut | PastDeadline) << 200 << Net::OperationCanceledError << Kind::RetryAfter << NetworkError::Timeout << 0 << true << false << false << u"example.org took longer than 120 s to answer"_s;
    QTest::newRow("insecure beats too large") << int(Insecure | TooLarge) << 0 << Net::OperationCanceledError << Kind::Failed << NetworkError::Insecure << 0 << false << false << false << u"no http"_s;
    QTest::newRow("too large beats a stopped resend") << int(TooLarge | ResendStopped) << 0 << Net::OperationCanceledError << Kind::Failed << NetworkError::TooLarge << 0 << false << false << false << u"The answer"_s;
    QTest::newRow("a stopped resend beats a timeout") << int(ResendStopped | TimedOut) << 0 << Net::OperationCanceledError << Kind::RetryAfter << NetworkError::Network << 0 << true << false << false << u"example.org closed"_s;
    // clang-format on
}

void TestAttemptOutcome::classify()
{
    QFETCH(int, flags);
    QFETCH(int, status);
    QFETCH(Net, qtError);

    gig::PendingRequest request;
    request.url = QUrl(u"https://example.org/x?apikey=SECRET"_s);
    request.attempts = 2;
    request.insecure = flags & Insecure;
    request.insecureReason = u"no http"_s;
    request.tooLarge = flags & TooLarge;
    request.tooManyRedirects = flags & TooManyRedirects;
    request.redirects = 5;
    request.resendStopped = flags & ResendStopped;
    request.timedOut = flags & TimedOut;
    request.pastDeadline = flags & PastDeadline;
    request.revalidating = flags & Revalidating;
    request.callerConditional = flags & CallerConditional;
    gig::LanePolicy policy;
    policy.maxResponseBytes = 10;
    const gig::Clock clock;

    const AttemptOutcome::Reply reply { status, qtError, u"Qt says apikey=SECRET"_s, {} };
    const AttemptOutcome outcome = AttemptOutcome::classify(request, reply, policy, clock);

    QTEST(outcome.kind, "kind");
    QTEST(outcome.result.error, "error");
    QTEST(outcome.result.status, "resultStatus");
    QTEST(outcome.countsAsFailure, "countsAsFailure");
    QTEST(outcome.throttled, "throttled");
    QTEST(outcome.cacheable, "cacheable");
    QFETCH(QString, errorStart);
    if (errorStart.isEmpty())
        QVERIFY2(outcome.result.errorString.isEmpty(), qPrintable(outcome.result.errorString));
    else
        QVERIFY2(outcome.result.errorString.startsWith(errorStart),
            qPrintable(outcome.result.errorString));
    QVERIFY(!outcome.result.errorString.contains(u"SECRET"_s)); // Qt's words are redacted
    QCOMPARE(outcome.result.url, request.url);
    QCOMPARE(outcome.result.attempts, 2);
    QVERIFY(!outcome.result.fromCache);
}

void TestAttemptOutcome::retryAfterHeader()
{
    gig::PendingRequest request;
    request.url = QUrl(u"https://example.org/"_s);
    const gig::Clock clock;
    AttemptOutcome::Reply reply { 429, Net::UnknownContentError, {}, { { "retry-after", "120" } } };
    auto outcome = AttemptOutcome::classify(request, reply, gig::LanePolicy(), clock);
    QCOMPARE(outcome.retryAfter, std::optional<std::chrono::milliseconds>(120s));

    reply.headers.clear();
    outcome = AttemptOutcome::classify(request, reply, gig::LanePolicy(), clock);
    QVERIFY(outcome.throttled);
    QCOMPARE(outcome.retryAfter, std::nullopt); // the lane backs off at random instead

    reply.status = 500;
    reply.headers = { { "Retry-After", "120" } };
    outcome = AttemptOutcome::classify(request, reply, gig::LanePolicy(), clock);
    QCOMPARE(outcome.retryAfter, std::nullopt); // only 429 and 503 pause the lane
}

void TestAttemptOutcome::keepsTheReplysHeadersAndTheBody()
{
    gig::PendingRequest request;
    request.url = QUrl(u"https://example.org/"_s);
    request.body = "hello";
    const gig::Clock clock;
    const AttemptOutcome::Reply reply { 200, Net::NoError, {}, { { "ETag", "\"1\"" } } };
    auto outcome = AttemptOutcome::classify(request, reply, gig::LanePolicy(), clock);
    QCOMPARE(outcome.result.body, "hello"_ba);
    QCOMPARE(outcome.result.header("etag"), "\"1\""_ba);

    // An attempt that broke off delivers no part of a body.
    const AttemptOutcome::Reply broken { 200, Net::RemoteHostClosedError, {}, {} };
    outcome = AttemptOutcome::classify(request, broken, gig::LanePolicy(), clock);
    QVERIFY(outcome.result.body.isEmpty());
}

QTEST_GUILESS_MAIN(TestAttemptOutcome)
#include "tst_attemptoutcome.moc"
