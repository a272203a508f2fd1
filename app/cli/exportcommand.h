// `gigmap export`: watches one place with the same engine and cache as the window, waits until
// its gigs and every artist's latest release are known (or the timeout passes), writes the file.
#pragma once

#include "app/cli/exportoptions.h"
#include "models/releaseprogress.h"

#include <QElapsedTimer>
#include <QObject>
#include <memory>

class QTimer;

namespace gig {

class CacheDatabase;
class DemoSandbox;
class GigStore;
class LocationWatch;
class RefreshEngine;
class SharedCoordination;
class RequestQueue;

class ExportCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportCommand)

public:
    enum ExitCode {
        Written = 0,
        BadArguments = 2,
        SourceFailed = 3,
        OutputFailed = 4,
        TimedOut = 5,
    };

    explicit ExportCommand(const ExportOptions &options, QObject *parent = nullptr);
    ~ExportCommand() override;

    // Starts; finished() follows from the event loop.
    void start();

    // The whole command for main(): parses `arguments`, runs the event loop, returns the exit code.
    static int run(const QStringList &arguments);

    // The progress line on a terminal, in the window's words: "40 gigs · 12 of 165 releases ·
    // about 3 min left · 2 requests queued · waiting 0.8 s for the rate limit" (the parts with
    // nothing to say left out).
    static QString progressText(qsizetype gigs, int releasesKnown, int releases,
        const QString &timeLeft, int queued, qint64 rateLimitWaitMs);

signals:
    void finished(int exitCode);

private:
    void startOnline();
    void startOffline();
    void waitForReleases();
    void onReleasesIdle();
    void finish(ExitCode code, const QString &message = {});
    bool writeOutput(const QString &locationId, QString *error) const;

    // How much of the place is known: its gigs, the latest releases of their artists (each MBID
    // once), and the artists without an MBID whose search by name has not answered yet.
    struct Progress
    {
        qsizetype gigs = 0;
        int releasesKnown = 0;
        int releases = 0;
        int namesUnsearched = 0;

        bool complete() const { return releasesKnown == releases && namesUnsearched == 0; }
    };
    Progress progress() const;
    QString progressLine() const;
    void showProgress();

    ExportOptions m_options;
    std::unique_ptr<GigStore> m_store;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<DemoSandbox> m_sandbox;
    std::unique_ptr<RequestQueue> m_queue;
    std::unique_ptr<RefreshEngine> m_engine;
    std::unique_ptr<SharedCoordination> m_shared; // goes first: it detaches from the engine
    LocationWatch *m_watch = nullptr;
    QString m_locationId;
    QTimer *m_timeout;
    QTimer *m_progress;
    ReleaseProgress m_releaseProgress; // this run's pace, for the time left
    QElapsedTimer m_elapsed;
    bool m_interactive = false; // stderr is a terminal: draw a progress line
    bool m_done = false;
    bool m_saidWaiting = false; // the "asking again" note about releases was printed
    bool m_saidPagesMissing = false; // … and about pages of gigs
};

} // namespace gig
