// Imports "my artists" from a Last.fm user's library: the artists the user played most (all
// time, up to a thousand), followed with Last.fm as their origin. Needs the person's Last.fm API
// key, which lives in the keyring like the other keys.
#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace gig {

class LastFmSource;
class MyArtists;
class RequestQueue;
class SourceReply;

struct LastFmImportResult
{
    enum class Outcome {
        Added, // the top artists were read (some may have been followed already)
        UnknownUser, // Last.fm knows no such user
        BadKey, // Last.fm refused the API key (or none was given)
        Failed, // the service failed or answered what cannot be read
        Cancelled,
    };

    Outcome outcome = Outcome::Failed;
    QString user;
    qsizetype listed = 0; // artists in the answer
    qsizetype added = 0; // of those, new in my artists
    QString problem; // Failed: what went wrong, in words for people

    bool ok() const { return outcome == Outcome::Added; }
    // One sentence for people: what was added, or why nothing was.
    QString text() const;
};

class LastFmImport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LastFmImport)

public:
    // Neither is owned; both must outlive this object.
    LastFmImport(MyArtists *artists, RequestQueue *queue, QObject *parent = nullptr);
    ~LastFmImport() override;

    // Asks `baseUrl` (the service root) for `user`'s top artists with `apiKey`; false (and
    // nothing happens) while an import runs or without a user name. A missing key finishes
    // at once with BadKey.
    bool start(const QString &user, const QString &apiKey, const QUrl &baseUrl);
    void cancel(); // finished() follows with Cancelled
    bool isRunning() const;

signals:
    void finished(const gig::LastFmImportResult &result);

private:
    void onFinished();

    MyArtists *m_artists;
    RequestQueue *m_queue;
    LastFmSource *m_source = nullptr;
    QPointer<SourceReply> m_reply;
    QString m_user;
};

} // namespace gig
