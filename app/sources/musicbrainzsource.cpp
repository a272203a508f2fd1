#include "app/sources/musicbrainzsource.h"

#include "app/net/requestqueue.h"
#include "app/sources/jsonrecord.h"
#include "app/sources/musicbrainzparser.h"
#include "app/sources/serviceurl.h"
#include "app/sources/sourceslog.h"
#include "models/services.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

struct MusicBrainzJob
{
    MusicBrainzSource *source = nullptr;
    RequestQueue *queue = nullptr;
    ReleaseFetch *reply = nullptr;
    RequestPriority priority = RequestPriority::Background;
    MusicBrainzSource::Config config;
    QDate today;
    ReleaseAnswer answer;
    QList<ReleaseGroup> groups;

    void search(const std::shared_ptr<MusicBrainzJob> &self, const QString &name);
    void browse(const std::shared_ptr<MusicBrainzJob> &self, int offset);
    void finishWhenDone();
};

void MusicBrainzJob::search(const std::shared_ptr<MusicBrainzJob> &self, const QString &name)
{
    const QUrl url = source->artistSearchUrl(name);
    reply->send(queue, QNetworkRequest(url), priority, [self, name](const NetworkResult &result) {
        // Only a readable answer decides; any failure ends the fetch with its error.
        const std::optional<ArtistSearchPage> page
            = self->reply->take(result, &parseMusicBrainzArtistSearch, &musicBrainzErrorMessage);
        if (!page)
            return;
        const NameMatch match = matchArtistName(*page, name);
        self->answer.nameSearch = match.outcome;
        if (match.outcome != NameSearch::Found) {
            qCDebug(lcSources) << "MusicBrainz:" << name
                               << (match.outcome == NameSearch::Several ? "names several artists"
                                                                        : "names no artist")
                               << "among" << page->hits.size() << "of" << page->count << "hits";
            self->finishWhenDone();
            return;
        }
        self->answer.mbid = match.mbid;
        self->answer.mbidFromSearch = true;
        self->browse(self, 0);
    });
}

void MusicBrainzJob::browse(const std::shared_ptr<MusicBrainzJob> &self, int offset)
{
    const QUrl url = source->releaseGroupsUrl(answer.mbid, offset);
    reply->send(queue, QNetworkRequest(url), priority, [self, offset](const NetworkResult &result) {
        const std::optional<ReleaseGroupPage> page
            = self->reply->take(result, &parseMusicBrainzReleaseGroups, &musicBrainzErrorMessage);
        if (!page)
            return;
        self->groups.append(page->groups);
        if (offset == 0) {
            // Every further page at once: the MusicBrainz lane paces them at its rate.
            const qint64 size = self->config.pageSize;
            const qint64 pages
                = std::min<qint64>((page->count + size - 1) / size, self->config.maxPages);
            if ((page->count + size - 1) / size > self->config.maxPages) {
                qCWarning(lcSources) << "MusicBrainz:" << self->answer.mbid << "has" << page->count
                                     << "release groups; reading" << pages * size;
            }
            for (qint64 next = 1; next < pages; ++next)
                self->browse(self, int(next * size));
        }
        self->finishWhenDone();
    });
}

void MusicBrainzJob::finishWhenDone()
{
    if (reply->pendingCount() > 0 || reply->isFinished())
        return;
    answer.releaseGroupCount = int(groups.size());
    answer.release = latestRelease(groups, today, config.countedTypes);
    qCDebug(lcSources) << "MusicBrainz: latest release of" << answer.artistId << "is"
                       << (answer.release ? answer.release->title : u"none"_s) << "among"
                       << groups.size() << "release groups";
    reply->finish(std::move(answer));
}

} // namespace

MusicBrainzSource::MusicBrainzSource(RequestQueue *queue, const Config &config, QObject *parent)
    : ReleaseSource(parent)
    , m_queue(queue)
    , m_config(config)
{
    m_config.pageSize = std::clamp(m_config.pageSize, 1, 100);
    m_config.maxPages = std::max(1, m_config.maxPages);
    if (m_config.countedTypes.isEmpty())
        m_config.countedTypes = defaultCountedReleaseTypes();
    m_queue->routePrefix(m_config.baseUrl, laneName());
}

QUrl MusicBrainzSource::defaultBaseUrl()
{
    return serviceSpec(Service::MusicBrainz).baseUrl();
}

QString MusicBrainzSource::laneName()
{
    return serviceSpec(Service::MusicBrainz).laneName();
}

QUrl MusicBrainzSource::releaseGroupsUrl(const QString &mbid, int offset) const
{
    QStringList types;
    for (const ReleaseType type : m_config.countedTypes)
        types.append(releaseTypeName(type).toLower());
    return serviceUrl(m_config.baseUrl, u"release-group",
        { { u"artist"_s, mbid }, { u"type"_s, types.join(u'|') },
            { u"limit"_s, QString::number(m_config.pageSize) },
            { u"offset"_s, QString::number(offset) }, { u"fmt"_s, u"json"_s } });
}

QUrl MusicBrainzSource::artistSearchUrl(const QString &name) const
{
    return serviceUrl(m_config.baseUrl, u"artist",
        { { u"query"_s, exactArtistQuery(name) },
            { u"limit"_s, QString::number(artistSearchLimit) }, { u"fmt"_s, u"json"_s } });
}

ReleaseFetch *MusicBrainzSource::fetchLatestRelease(
    const Artist &artist, QDate today, RequestPriority priority)
{
    auto *reply = new ReleaseFetch(this);
    auto job = std::make_shared<MusicBrainzJob>();
    job->source = this;
    job->queue = m_queue;
    job->reply = reply;
    job->priority = priority;
    job->config = m_config;
    job->today = today.isValid() ? today : QDateTime::currentDateTimeUtc().date();
    job->answer.artistId = artist.id;
    job->answer.mbid = normalizedMbid(artist.mbid);

    if (!job->answer.mbid.isEmpty()) {
        job->browse(job, 0);
    } else if (!artist.mbid.isEmpty()) {
        reply->fail(SourceError {
            SourceError::Kind::InvalidQuery, u"\"%1\" is not an MBID"_s.arg(artist.mbid), 0 });
    } else if (artist.name.trimmed().isEmpty()) {
        job->finishWhenDone(); // nothing to search by: no MBID, no release
    } else {
        job->search(job, artist.name.trimmed());
    }
    return reply;
}

} // namespace gig
