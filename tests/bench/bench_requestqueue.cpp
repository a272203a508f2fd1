// Benchmarks RequestQueue: its own CPU cost per request on an unlimited loopback lane, and the
// pacing of a 1/s lane in real time as the server sees it. Prints median/min/max and the targets
// (and BENCH lines, see benchreport.h); exits 1 when a median misses its target.
// Arguments: [requests=10000] [rounds=5] [paced requests=60] [warm]; rounds 0 or paced 0 skip a
// part; "warm" opens the connection before the paced run.
#include "app/net/requestqueue.h"
#include "benchreport.h"
#include "tests/app/net/loopbackhttpserver.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr int concurrency = 6; // what QNetworkAccessManager opens per host

double cpuSeconds(clockid_t clock)
{
    return gig::bench::cpuMs(clock) / 1e3;
}

struct Cost
{
    double process = 0; // CPU seconds of the whole process (server thread included)
    double mainThread = 0; // CPU seconds of the thread running the queue
    double wall = 0;
};

template<typename Run> Cost measure(Run &&run)
{
    const double process = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
    const double thread = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
    const auto wall = std::chrono::steady_clock::now();
    run();
    return { cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - process,
        cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - thread,
        std::chrono::duration<double>(std::chrono::steady_clock::now() - wall).count() };
}

// The same requests through a bare QNetworkAccessManager, `concurrency` at a time.
void runRaw(const LoopbackHttpServer &server, int count)
{
    QNetworkAccessManager manager;
    int started = 0;
    int done = 0;
    QEventLoop loop;
    std::function<void()> startOne = [&] {
        QNetworkRequest request(server.url(u"/raw?i="_s + QString::number(started++)));
        request.setHeader(QNetworkRequest::UserAgentHeader, gig::RequestQueue::userAgent());
        QNetworkReply *reply = manager.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            reply->readAll();
            reply->deleteLater();
            if (++done == count)
                loop.quit();
            else if (started < count)
                startOne();
        });
    };
    for (int i = 0; i < concurrency && started < count; ++i)
        startOne();
    loop.exec();
}

// All requests queued at once on an unlimited lane with the same concurrency. Adds the CPU
// seconds spent inside get() to `enqueueCpu`.
void runQueued(const LoopbackHttpServer &server, int count, double *enqueueCpu = nullptr,
    double *queueCpu = nullptr)
{
    gig::RequestQueue queue;
    queue.setProfiling(queueCpu != nullptr);
    queue.setCacheDirectory(QString());
    gig::LanePolicy policy;
    policy.ratePerSecond = 0;
    policy.maxInFlight = concurrency;
    queue.routePrefix(server.url(u"/"_s), u"bench"_s);
    queue.setLanePolicy(u"bench"_s, policy);
    int done = 0;
    int failed = 0;
    QEventLoop loop;
    for (int i = 0; i < count; ++i) {
        const QNetworkRequest request(server.url(u"/queued?i="_s + QString::number(i)));
        const double before = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
        auto *reply = queue.get(request);
        if (enqueueCpu)
            *enqueueCpu += cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - before;
        QObject::connect(reply, &gig::QueuedReply::finished, &loop, [&, reply] {
            failed += reply->result().ok() ? 0 : 1;
            if (++done == count)
                loop.quit();
        });
    }
    loop.exec();
    if (queueCpu)
        *queueCpu += std::chrono::duration<double>(queue.busyTime()).count();
    if (failed > 0)
        qFatal("%d of %d queued requests failed", failed, count);
}

using gig::bench::Stats;
using gig::bench::Target;
constexpr char section[] = "RequestQueue";

Stats stats(const QList<double> &values)
{
    return gig::bench::statsOf(values);
}

// The same samples in ms, for the BENCH lines (gaps are measured in seconds).
Stats inMs(const Stats &s)
{
    return { s.median * 1e3, s.min * 1e3, s.max * 1e3, s.runs };
}

QString figures(const Stats &s, int decimals)
{
    return u"median %1  min %2  max %3"_s.arg(s.median, 0, 'f', decimals)
        .arg(s.min, 0, 'f', decimals)
        .arg(s.max, 0, 'f', decimals);
}

// Queue CPU per request: profiled, and against a bare QNetworkAccessManager; true when the
// profiled median meets 50 µs.
bool benchOverhead(const LoopbackHttpServer &server, int requests, int rounds, QTextStream &out)
{
    // Warm up both paths once.
    runRaw(server, 200);
    runQueued(server, 200);

    QList<double> processUs, threadUs, getUs, profiledUs;
    for (int round = 0; round < rounds; ++round) {
        const Cost raw = measure([&] { runRaw(server, requests); });
        double enqueue = 0;
        double ownCode = 0;
        const Cost queued = measure([&] { runQueued(server, requests, &enqueue, &ownCode); });
        getUs.append(enqueue / requests * 1e6);
        profiledUs.append(ownCode / requests * 1e6);
        processUs.append((queued.process - raw.process) / requests * 1e6);
        threadUs.append((queued.mainThread - raw.mainThread) / requests * 1e6);
        out << u"round %1: raw %2 s wall, queued %3 s wall; queue CPU per request: %4 µs own code, %5 µs process diff, %6 µs thread diff\n"_s
                   .arg(round + 1)
                   .arg(raw.wall, 0, 'f', 2)
                   .arg(queued.wall, 0, 'f', 2)
                   .arg(profiledUs.last(), 0, 'f', 1)
                   .arg(processUs.last(), 0, 'f', 1)
                   .arg(threadUs.last(), 0, 'f', 1);
        out.flush();
    }
    const Stats profiled = stats(profiledUs);
    out << u"\nqueue CPU per request, %1 requests × %2 rounds on an unlimited loopback lane:\n"_s
               .arg(requests)
               .arg(rounds);
    out << u"  queue's own code (profiled):        %1 µs   target < 50 µs  %2\n"_s.arg(
        figures(profiled, 1), profiled.median < 50 ? u"PASS"_s : u"FAIL"_s);
    out << u"  of which inside get():              %1 µs\n"_s.arg(figures(stats(getUs), 1));
    out << u"  process CPU minus raw QNAM run:     %1 µs   (noisy on a shared machine)\n"_s.arg(
        figures(stats(processUs), 1));
    out << u"  queue thread CPU minus raw QNAM run: %1 µs   (noisy on a shared machine)\n"_s.arg(
        figures(stats(threadUs), 1));
    out.flush();
    const QByteArray lane
        = " (" + QByteArray::number(requests) + " requests queued at once, unlimited lane)";
    gig::bench::report(section, QByteArray("queue CPU per request: its own code, profiled" + lane),
        profiled, "µs", Target::below(50));
    gig::bench::report(section, "queue CPU per request: of which inside get()", stats(getUs), "µs");
    gig::bench::report(section,
        "process CPU per request minus a bare QNetworkAccessManager run (noisy)", stats(processUs),
        "µs");
    return profiled.median < 50;
}

// A 1/s lane in real time, as the server sees it; true when the median gap is under 1.05 s.
bool benchPacing(LoopbackHttpServer &server, int paced, bool warm, QTextStream &out)
{
    QList<std::chrono::steady_clock::time_point> sendTimes;
    {
        gig::RequestQueue queue;
        queue.setCacheDirectory(QString());
        gig::LanePolicy policy;
        policy.ratePerSecond = 1.0;
        policy.burst = 1;
        policy.maxInFlight = 1;
        queue.routePrefix(server.url(u"/"_s), u"paced"_s);
        queue.setLanePolicy(u"paced"_s, policy);
        if (warm) {
            // One request on another lane first, so the connection exists before the paced run.
            queue.routePrefix(server.url(u"/warm-up"_s), u"warm-up"_s);
            QEventLoop warmLoop;
            QObject::connect(queue.get(QNetworkRequest(server.url(u"/warm-up"_s))),
                &gig::QueuedReply::finished, &warmLoop, &QEventLoop::quit);
            warmLoop.exec();
        }
        server.clearLog();
        QObject::connect(queue.laneStatus(u"paced"_s), &gig::LaneStatus::sentChanged, &queue,
            [&sendTimes] { sendTimes.append(std::chrono::steady_clock::now()); });
        int done = 0;
        QEventLoop loop;
        out << u"\npacing %1 requests on a 1/s lane (about %2 s)%3…\n"_s.arg(paced)
                   .arg(paced - 1)
                   .arg(warm ? u", connection opened beforehand"_s : QString());
        out.flush();
        for (int i = 0; i < paced; ++i) {
            auto *reply
                = queue.get(QNetworkRequest(server.url(u"/paced?i="_s + QString::number(i))));
            QObject::connect(reply, &gig::QueuedReply::finished, &loop, [&] {
                if (++done == paced)
                    loop.quit();
            });
        }
        loop.exec();
    }
    const auto log = server.requests();
    QList<double> gaps;
    for (qsizetype i = 1; i < log.size(); ++i)
        gaps.append(double((log[i].arrivedAt - log[i - 1].arrivedAt).count()) / 1e6);
    QList<double> sendGaps;
    for (qsizetype i = 1; i < sendTimes.size(); ++i)
        sendGaps.append(std::chrono::duration<double>(sendTimes[i] - sendTimes[i - 1]).count());
    out << u"queue-side send gaps:  %1 s\n"_s.arg(figures(stats(sendGaps), 4));
    const QByteArray run
        = QByteArray::number(paced) + " requests" + (warm ? ", connection opened beforehand" : "");
    gig::bench::report(section,
        QByteArray("1/s lane, " + run + ": gap between sends as the queue makes them"),
        inMs(stats(sendGaps)), "ms", Target::atLeast(980, Target::Of::Min));

    const Stats gap = stats(gaps);
    const auto shortest = std::min_element(gaps.cbegin(), gaps.cend()) - gaps.cbegin();
    std::sort(gaps.begin(), gaps.end());
    QStringList extremes;
    for (qsizetype i = 0; i < gaps.size(); ++i) {
        if (i < 3 || i >= gaps.size() - 3)
            extremes.append(QString::number(gaps[i], 'f', 4));
    }
    out << u"server-side gaps:      %1 s over %2 requests\n"_s.arg(figures(gap, 4)).arg(log.size());
    out << u"  3 smallest and 3 largest: %1; the shortest between requests %2 and %3\n"_s
               .arg(extremes.join(u", "_s))
               .arg(shortest)
               .arg(shortest + 1);
    out << u"  target: no gap under 0.98 s (%1), median under 1.05 s (%2)\n"_s.arg(
        gap.min >= 0.98 ? u"PASS"_s : u"FAIL"_s, gap.median < 1.05 ? u"PASS"_s : u"FAIL"_s);
    const QByteArray arrivals = "1/s lane, " + run + ": gap between arrivals at the server";
    gig::bench::report(
        section, QByteArray(arrivals + ", median"), inMs(gap), "ms", Target::below(1050));
    gig::bench::report(section, QByteArray(arrivals + ", shortest"), inMs(gap), "ms",
        Target::atLeast(980, Target::Of::Min));
    return gap.median < 1.05;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const int requests = args.size() > 1 ? args[1].toInt() : gig::bench::runs(10000, 2000);
    const int rounds = args.size() > 2 ? args[2].toInt() : gig::bench::runs(5, 2);
    const int paced = args.size() > 3 ? args[3].toInt() : gig::bench::runs(60, 10);
    const bool warm = args.size() > 4 && args[4] == u"warm"_s;
    QTextStream out(stdout);

    LoopbackHttpServer server([](const LoopbackHttpServer::Request &) {
        LoopbackHttpServer::Response response;
        response.body = "{\"ok\":true}"_ba;
        return response;
    });
    if (!server.start())
        qFatal("cannot listen on loopback");

    bool met = true;
    if (rounds > 0 && requests > 0)
        met = benchOverhead(server, requests, rounds, out) && met;
    if (paced >= 2)
        met = benchPacing(server, paced, warm, out) && met;
    return met ? 0 : 1;
}
