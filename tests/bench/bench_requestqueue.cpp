// Benchmarks RequestQueue: its own CPU cost per request on an unlimited loopback lane, and the
// pacing of a 1/s lane in real time as the server sees it. Prints median/min/max and the targets.
#include "app/net/requestqueue.h"
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
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

struct Cost
{
    double process = 0; // CPU seconds of the whole process (server thread included)
    double mainThread = 0; // CPU seconds of the thread running the queue
    double wall = 0;
};

template<typename Run>
Cost measure(Run &&run)
{
    const double process = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
    const double thread = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
    const auto wall = std::chrono::steady_clock::now();
    run();
    return {cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - process, cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - thread,
            std::chrono::duration<double>(std::chrono::steady_clock::now() - wall).count()};
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
void runQueued(const LoopbackHttpServer &server, int count, double *enqueueCpu = nullptr)
{
    gig::RequestQueue queue;
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
    if (failed > 0)
        qFatal("%d of %d queued requests failed", failed, count);
}

struct Stats
{
    double median = 0, min = 0, max = 0;
};

Stats stats(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    const double median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    return {median, values.first(), values.last()};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const int requests = args.size() > 1 ? args[1].toInt() : 10000;
    const int rounds = args.size() > 2 ? args[2].toInt() : 5;
    const int paced = args.size() > 3 ? args[3].toInt() : 60;
    QTextStream out(stdout);

    LoopbackHttpServer server([](const LoopbackHttpServer::Request &) {
        LoopbackHttpServer::Response response;
        response.body = "{\"ok\":true}"_ba;
        return response;
    });
    if (!server.start())
        qFatal("cannot listen on loopback");

    // Warm up both paths once.
    runRaw(server, 200);
    runQueued(server, 200);

    if (rounds > 0) {
    QList<double> processUs, threadUs, getUs, rawWall, queuedWall;
    for (int round = 0; round < rounds; ++round) {
        const Cost raw = measure([&] { runRaw(server, requests); });
        double enqueue = 0;
        const Cost queued = measure([&] { runQueued(server, requests, &enqueue); });
        getUs.append(enqueue / requests * 1e6);
        processUs.append((queued.process - raw.process) / requests * 1e6);
        threadUs.append((queued.mainThread - raw.mainThread) / requests * 1e6);
        rawWall.append(raw.wall);
        queuedWall.append(queued.wall);
        out << u"round %1: raw %2 s wall, queued %3 s wall; queue CPU %4 µs/request (process), %5 µs/request (queue thread)\n"_s
                   .arg(round + 1)
                   .arg(raw.wall, 0, 'f', 2)
                   .arg(queued.wall, 0, 'f', 2)
                   .arg(processUs.last(), 0, 'f', 1)
                   .arg(threadUs.last(), 0, 'f', 1);
        out.flush();
    }
    const Stats process = stats(processUs);
    const Stats thread = stats(threadUs);
    out << u"\nqueue overhead, %1 requests × %2 rounds, minus raw QNetworkAccessManager in the same run:\n"_s
               .arg(requests)
               .arg(rounds);
    out << u"  process CPU:      median %1 µs  min %2  max %3   target < 50 µs  %4\n"_s
               .arg(process.median, 0, 'f', 1)
               .arg(process.min, 0, 'f', 1)
               .arg(process.max, 0, 'f', 1)
               .arg(process.median < 50 ? u"PASS"_s : u"FAIL"_s);
    out << u"  queue thread CPU: median %1 µs  min %2  max %3   target < 50 µs  %4\n"_s
               .arg(thread.median, 0, 'f', 1)
               .arg(thread.min, 0, 'f', 1)
               .arg(thread.max, 0, 'f', 1)
               .arg(thread.median < 50 ? u"PASS"_s : u"FAIL"_s);
    const Stats get = stats(getUs);
    out << u"  inside get() alone: median %1 µs  min %2  max %3\n"_s
               .arg(get.median, 0, 'f', 1)
               .arg(get.min, 0, 'f', 1)
               .arg(get.max, 0, 'f', 1);
    out.flush();
    }

    if (paced < 2)
        return 0;
    // A 1/s lane in real time, as the server sees it.
    server.clearLog();
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
        QObject::connect(queue.laneStatus(u"paced"_s), &gig::LaneStatus::sentChanged, &queue,
                         [&sendTimes] { sendTimes.append(std::chrono::steady_clock::now()); });
        int done = 0;
        QEventLoop loop;
        out << u"\npacing %1 requests on a 1/s lane (about %2 s)…\n"_s.arg(paced).arg(paced - 1);
        out.flush();
        for (int i = 0; i < paced; ++i) {
            auto *reply = queue.get(QNetworkRequest(server.url(u"/paced?i="_s + QString::number(i))));
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
    const Stats sendGap = stats(sendGaps);
    out << u"queue-side send gaps: median %1 s  min %2 s  max %3 s\n"_s
               .arg(sendGap.median, 0, 'f', 4)
               .arg(sendGap.min, 0, 'f', 4)
               .arg(sendGap.max, 0, 'f', 4);
    const Stats gap = stats(gaps);
    std::sort(gaps.begin(), gaps.end());
    QStringList extremes;
    for (qsizetype i = 0; i < gaps.size(); ++i) {
        if (i < 3 || i >= gaps.size() - 3)
            extremes.append(QString::number(gaps[i], 'f', 4));
    }
    out << u"server-side gaps, 3 smallest and 3 largest: %1\n"_s.arg(extremes.join(u", "_s));
    out << u"server-side gaps over %1 requests: median %2 s  min %3 s  max %4 s\n"_s.arg(log.size())
               .arg(gap.median, 0, 'f', 4)
               .arg(gap.min, 0, 'f', 4)
               .arg(gap.max, 0, 'f', 4);
    out << u"  target: no gap under 0.98 s (%1), median under 1.05 s (%2)\n"_s
               .arg(gap.min >= 0.98 ? u"PASS"_s : u"FAIL"_s, gap.median < 1.05 ? u"PASS"_s : u"FAIL"_s);
    return 0;
}
