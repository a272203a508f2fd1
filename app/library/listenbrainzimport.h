// Imports "my artists" from a ListenBrainz user's listening statistics: the artists the user
// listened to most (all time, up to 100), followed with ListenBrainz as their origin.
#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace gig {

class ListenBrainzSource;
class MyArtists;
class RequestQueue;
class SourceReply;

struct ListenBrainzImportResult
{
    enum class Outcome {
        Added, // the statistics were read (some artists may have been followed already)
        NoStatistics, // the user exists; ListenBrainz has not calculated statistics yet
        UnknownUser, // ListenBrainz knows no such user
        Failed, // the service failed or answered what cannot be read
        Cancelled,
    };

    Outcome outcome = Outcome::Failed;
    QString user;
    qsizetype listed = 0; // artists in the answer
    qsizetype added = 0; // of those, new in my artists
    QString problem; // Failed: what went wrong, in words for people

    bool ok() const { return outcome == Outcome::Added || outcome == Outcome::NoStatistics; }
    // One sentence for people: what was added, or why nothing was.
    QString text() const;
};

class ListenBrainzImport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListenBrainzImport)

public:
    // Neither is owned; both must outlive this object.
    ListenBrainzImport(MyArtists *artists, RequestQueue *queue, QObject *parent = nullptr);
    ~ListenBrainzImport() override;

    // Asks `baseUrl` (the service root) for `user`'s top artists; false (and nothing happens)
    // while an import runs or without a user name.
    bool start(const QString &user, const QUrl &baseUrl);
    void cancel(); // finished() follows with Cancelled
    bool isRunning() const;

signals:
    void finished(const gig::ListenBrainzImportResult &result);

private:
    void onFinished();

    MyArtists *m_artists;
    RequestQueue *m_queue;
    ListenBrainzSource *m_source = nullptr;
    QUrl m_sourceUrl;
    QPointer<SourceReply> m_reply;
    QString m_user;
};

} // namespace gig
