#include "app/library/listenbrainzimport.h"

#include "app/sources/listenbrainzsource.h"
#include "models/myartists.h"
#include "models/services.h"

#include <QTimer>

namespace gig {

QString ListenBrainzImportResult::text() const
{
    switch (outcome) {
    case Outcome::Added:
        return ListenBrainzImport::tr("ListenBrainz lists the %n artist(s) %1 listened to most; "
                                      "%2 of them are new in my artists.",
            nullptr, int(listed))
            .arg(user)
            .arg(added);
    case Outcome::NoStatistics:
        return ListenBrainzImport::tr(
            "ListenBrainz has no statistics for %1 yet; nothing was added.")
            .arg(user);
    case Outcome::UnknownUser:
        return ListenBrainzImport::tr("ListenBrainz knows no user named %1; nothing was added.")
            .arg(user);
    case Outcome::Failed:
        return problem + u' ' + ListenBrainzImport::tr("Nothing was added.");
    case Outcome::Cancelled:
        return ListenBrainzImport::tr("The import was cancelled; nothing was changed.");
    }
    return {};
}

ListenBrainzImport::ListenBrainzImport(MyArtists *artists, RequestQueue *queue, QObject *parent)
    : QObject(parent)
    , m_artists(artists)
    , m_queue(queue)
{
    Q_ASSERT(artists && queue);
}

ListenBrainzImport::~ListenBrainzImport()
{
    if (m_reply)
        m_reply->cancel();
}

bool ListenBrainzImport::isRunning() const
{
    return m_reply != nullptr;
}

bool ListenBrainzImport::start(const QString &user, const QUrl &baseUrl)
{
    if (isRunning() || user.trimmed().isEmpty())
        return false;
    if (!m_source || m_sourceUrl != baseUrl) {
        delete m_source;
        m_source = new ListenBrainzSource(m_queue, baseUrl, this);
        m_sourceUrl = baseUrl;
    }
    m_user = user.trimmed();
    ListenBrainzFetch *fetch = m_source->topArtists(m_user);
    m_reply = fetch;
    connect(fetch, &SourceReply::finished, this, &ListenBrainzImport::onFinished);
    return true;
}

void ListenBrainzImport::cancel()
{
    if (!m_reply)
        return;
    m_reply->cancel(); // emits nothing more; the reply deletes itself
    m_reply = nullptr;
    ListenBrainzImportResult result;
    result.outcome = ListenBrainzImportResult::Outcome::Cancelled;
    result.user = m_user;
    QTimer::singleShot(0, this, [this, result] { emit finished(result); });
}

void ListenBrainzImport::onFinished()
{
    auto *fetch = static_cast<ListenBrainzFetch *>(m_reply.data()); // start() made it one
    m_reply = nullptr;
    if (!fetch)
        return;
    ListenBrainzImportResult result;
    result.user = m_user;
    if (const std::optional<SourceError> &error = fetch->error()) {
        if (error->kind == SourceError::Kind::ServiceError && error->httpStatus == 404) {
            result.outcome = ListenBrainzImportResult::Outcome::UnknownUser;
        } else {
            result.outcome = ListenBrainzImportResult::Outcome::Failed;
            result.problem
                = describeForPeople(*error, serviceSpec(Service::ListenBrainz).displayName);
        }
    } else if (fetch->value().noStatistics) {
        result.outcome = ListenBrainzImportResult::Outcome::NoStatistics;
    } else {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<FollowedArtist> found;
        for (const ListenedArtist &artist : fetch->value().artists)
            found.append({ artist.mbid, artist.name, ArtistOrigin::ListenBrainz, now });
        result.outcome = ListenBrainzImportResult::Outcome::Added;
        result.listed = found.size();
        result.added = m_artists->addAll(found);
    }
    emit finished(result);
}

} // namespace gig
