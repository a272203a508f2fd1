#include "app/sources/musicbrainzsource.h"

#include "app/net/requestqueue.h"
#include "app/sources/jsonrecord.h"
#include "app/sources/musicbrainzparser.h"
#include "app/sources/pagedfetch.h"
#include "app/sources/serviceurl.h"
#include "app/sources/sourceslog.h"
#include "models/services.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

// One artist's fetch: a search by name when it has no MBID, then every page of its release
// groups (a page that cannot be read fails the fetch: the latest release needs them all).
class MusicBrainzFetch final : public PagedFetch<ReleaseAnswer, ReleaseGroupPage>
{
public:
    MusicBrainzFetch(const Driver &driver, const MusicBrainzSource *source,
        const MusicBrainzSource::Config &config, QDate today)
        : PagedFetch(driver)
        , m_source(source)
        , m_config(config)
        , m_today(today)
    { }

    ReleaseAnswer answer;

    void search(RequestQueue *queue, RequestPriority priority, const QString &name);

protected:
    QUrl pageUrl(const int &offset) const override
    {
        return m_source->releaseGroupsUrl(answer.mbid, offset);
    }
    void mergePage(const int &, const ReleaseGroupPage &page) override
    {
        m_groups.append(page.groups);
    }
    QList<int> nextPages(const int &offset, const ReleaseGroupPage &page) override;
    ReleaseAnswer result() override;

private:
    const MusicBrainzSource *m_source;
    MusicBrainzSource::Config m_config;
    QDate m_today;
    QList<ReleaseGroup> m_groups;
};

void MusicBrainzFetch::search(RequestQueue *queue, RequestPriority priority, const QString &name)
{
    const auto self = std::static_pointer_cast<MusicBrainzFetch>(shared_from_this());
    const QUrl url = m_source->artistSearchUrl(name);
    reply()->send(queue, QNetworkRequest(url), priority, [self, name](const NetworkResult &result) {
        // Only a readable answer decides; any failure ends the fetch with its error.
        const std::optional<ArtistSearchPage> page
            = self->reply()->take(result, &parseMusicBrainzArtistSearch, &musicBrainzErrorMessage);
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
        self->start(0);
    });
}

QList<int> MusicBrainzFetch::nextPages(const int &offset, const ReleaseGroupPage &page)
{
    if (offset != 0)
        return {};
    // Every further page at once: the MusicBrainz lane paces them at its rate.
    const qint64 size = m_config.pageSize;
    const qint64 pages = std::min<qint64>((page.count + size - 1) / size, m_config.maxPages);
    if ((page.count + size - 1) / size > m_config.maxPages) {
        qCWarning(lcSources) << "MusicBrainz:" << answer.mbid << "has" << page.count
                             << "release groups; reading" << pages * size;
    }
    QList<int> next;
    for (qint64 number = 1; number < pages; ++number)
        next.append(int(number * size));
    return next;
}

ReleaseAnswer MusicBrainzFetch::result()
{
    answer.releaseGroupCount = int(m_groups.size());
    answer.release = latestRelease(m_groups, m_today, m_config.countedTypes);
    qCDebug(lcSources) << "MusicBrainz: latest release of" << answer.artistId << "is"
                       << (answer.release ? answer.release->title : u"none"_s) << "among"
                       << m_groups.size() << "release groups";
    return std::move(answer);
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
    const MusicBrainzFetch::Driver driver { m_queue, reply, priority,
        &parseMusicBrainzReleaseGroups, &musicBrainzErrorMessage, LostPage::FailsTheFetch };
    const auto fetch = std::make_shared<MusicBrainzFetch>(
        driver, this, m_config, today.isValid() ? today : QDateTime::currentDateTimeUtc().date());
    fetch->answer.artistId = artist.id;
    fetch->answer.mbid = normalizedMbid(artist.mbid);

    if (!fetch->answer.mbid.isEmpty()) {
        fetch->start(0);
    } else if (!artist.mbid.isEmpty()) {
        reply->fail(SourceError {
            SourceError::Kind::InvalidQuery, u"\"%1\" is not an MBID"_s.arg(artist.mbid), 0 });
    } else if (artist.name.trimmed().isEmpty()) {
        fetch->finishWhenDone(); // nothing to search by: no MBID, no release
    } else {
        fetch->search(m_queue, priority, artist.name.trimmed());
    }
    return reply;
}

} // namespace gig
