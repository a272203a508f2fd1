#include "app/library/lastfmimport.h"

#include "app/sources/lastfmsource.h"
#include "models/myartists.h"
#include "models/services.h"

#include <QTimer>

namespace gig {

QString LastFmImportResult::text() const
{
    switch (outcome) {
    case Outcome::Added:
        return LastFmImport::tr("Last.fm lists %n artist(s) %1 played most; %2 of them are new "
                                "in my artists.",
            nullptr, int(listed))
            .arg(user)
            .arg(added);
    case Outcome::UnknownUser:
        return LastFmImport::tr("Last.fm knows no user named %1; nothing was added.").arg(user);
    case Outcome::BadKey:
        return LastFmImport::tr("Last.fm did not accept the API key; enter a valid key in "
                                "Settings. Nothing was added.");
    case Outcome::Failed:
        return problem + u' ' + LastFmImport::tr("Nothing was added.");
    case Outcome::Cancelled:
        return LastFmImport::tr("The import was cancelled; nothing was changed.");
    }
    return {};
}

LastFmImport::LastFmImport(MyArtists *artists, RequestQueue *queue, QObject *parent)
    : QObject(parent)
    , m_artists(artists)
    , m_queue(queue)
{
    Q_ASSERT(artists && queue);
}

LastFmImport::~LastFmImport()
{
    if (m_reply)
        m_reply->cancel();
}

bool LastFmImport::isRunning() const
{
    return m_reply != nullptr;
}

bool LastFmImport::start(const QString &user, const QString &apiKey, const QUrl &baseUrl)
{
    if (isRunning() || user.trimmed().isEmpty())
        return false;
    m_user = user.trimmed();
    if (apiKey.trimmed().isEmpty()) {
        LastFmImportResult result;
        result.outcome = LastFmImportResult::Outcome::BadKey;
        result.user = m_user;
        QTimer::singleShot(0, this, [this, result] { emit finished(result); });
        return true;
    }
    delete m_source; // the key may have changed: one source per import
    m_source = new LastFmSource(m_queue, apiKey, baseUrl, this);
    LastFmFetch *fetch = m_source->topArtists(m_user);
    m_reply = fetch;
    connect(fetch, &SourceReply::finished, this, &LastFmImport::onFinished);
    return true;
}

void LastFmImport::cancel()
{
    if (!m_reply)
        return;
    m_reply->cancel(); // emits nothing more; the reply deletes itself
    m_reply = nullptr;
    LastFmImportResult result;
    result.outcome = LastFmImportResult::Outcome::Cancelled;
    result.user = m_user;
    QTimer::singleShot(0, this, [this, result] { emit finished(result); });
}

void LastFmImport::onFinished()
{
    auto *fetch = static_cast<LastFmFetch *>(m_reply.data()); // start() made it one
    m_reply = nullptr;
    if (!fetch)
        return;
    LastFmImportResult result;
    result.user = m_user;
    if (const std::optional<SourceError> &error = fetch->error()) {
        const bool service = error->kind == SourceError::Kind::ServiceError;
        if (service && error->httpStatus == 404) {
            result.outcome = LastFmImportResult::Outcome::UnknownUser;
        } else if (service && (error->httpStatus == 403 || error->httpStatus == 401)) {
            result.outcome = LastFmImportResult::Outcome::BadKey;
        } else {
            result.outcome = LastFmImportResult::Outcome::Failed;
            result.problem = describeForPeople(*error, serviceSpec(Service::LastFm).displayName);
        }
    } else {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<FollowedArtist> found;
        for (const LastFmArtist &artist : fetch->value().artists)
            found.append({ artist.mbid, artist.name, ArtistOrigin::LastFm, now });
        result.outcome = LastFmImportResult::Outcome::Added;
        result.listed = found.size();
        result.added = m_artists->addAll(found);
    }
    emit finished(result);
}

} // namespace gig
