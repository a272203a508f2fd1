#include "app/sources/musicbrainzsource.h"

#include "app/net/requestqueue.h"
#include "app/sources/jsonrecord.h"
#include "app/sources/musicbrainzparser.h"
#include "app/sources/pagedfetch.h"
#include "app/sources/serviceurl.h"
#include "app/sources/sourceslog.h"
#include "app/sources/windowedlatest.h"
#include "models/services.h"

#include <QSet>
#include <memory>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

// What every MusicBrainz fetch reads: its source (for URLs), the configuration, and today.
struct MusicBrainzContext
{
    const MusicBrainzSource *source;
    MusicBrainzSource::Config config;
    QDate today;
};

// One artist's fetch: a search by name when it has no MBID, then every page of its release
// groups (a page that cannot be read fails the fetch: the latest release needs them all).
class MusicBrainzFetch final : public PagedFetch<ReleaseAnswer, ReleaseGroupPage>
{
public:
    MusicBrainzFetch(const Driver &driver, const MusicBrainzContext &context, bool nameOnly)
        : PagedFetch(driver)
        , m_context(context)
        , m_nameOnly(nameOnly)
    { }

    ReleaseAnswer answer;

    void search(RequestQueue *queue, RequestPriority priority, const QString &name);

protected:
    QUrl pageUrl(const int &offset) const override
    {
        return m_context.source->releaseGroupsUrl(answer.mbid, offset);
    }
    void mergePage(const int &, const ReleaseGroupPage &page) override
    {
        m_groups.append(page.groups);
    }
    QList<int> nextPages(const int &offset, const ReleaseGroupPage &page) override;
    ReleaseAnswer result() override;

private:
    MusicBrainzContext m_context;
    bool m_nameOnly; // the search only: the release is looked up another way
    QList<ReleaseGroup> m_groups;
};

void MusicBrainzFetch::search(RequestQueue *queue, RequestPriority priority, const QString &name)
{
    const auto self = std::static_pointer_cast<MusicBrainzFetch>(shared_from_this());
    const QUrl url = m_context.source->artistSearchUrl(name);
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
        if (self->m_nameOnly) {
            self->answer.releaseAsked = false;
            self->finishWhenDone();
            return;
        }
        self->start(0);
    });
}

QList<int> MusicBrainzFetch::nextPages(const int &offset, const ReleaseGroupPage &page)
{
    if (offset != 0)
        return {};
    // Every further page at once: the MusicBrainz lane paces them at its rate.
    const qint64 size = m_context.config.pageSize;
    const qint64 pages
        = std::min<qint64>((page.count + size - 1) / size, m_context.config.maxPages);
    if ((page.count + size - 1) / size > m_context.config.maxPages) {
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
    answer.release = latestRelease(m_groups, m_context.today, m_context.config.countedTypes);
    qCDebug(lcSources) << "MusicBrainz: latest release of" << answer.artistId << "is"
                       << (answer.release ? answer.release->title : u"none"_s) << "among"
                       << m_groups.size() << "release groups";
    return std::move(answer);
}

// Every page of one search answer, read as one: each page names the same count, no hit comes
// twice and every hit counted is read; otherwise (the index changed between pages, or the service
// pages wrongly) nothing is proven and the fetch fails. An answer longer than the configured pages
// fails with InvalidQuery: ask about fewer at a time. Subclasses say what the hits decide.
template<typename Result, typename Page, typename Hit>
class MusicBrainzSearchFetch : public PagedFetch<Result, Page>
{
protected:
    using Base = PagedFetch<Result, Page>;

    MusicBrainzSearchFetch(const typename Base::Driver &driver, const MusicBrainzContext &context,
        QString path, QString query, int asked)
        : Base(driver)
        , m_context(context)
        , m_path(std::move(path))
        , m_query(std::move(query))
        , m_asked(asked)
    { }

    virtual QString idOf(const Hit &hit) const = 0;
    virtual Result decide(const QList<Hit> &hits) = 0;

    QUrl pageUrl(const int &offset) const override
    {
        return m_context.source->searchUrl(m_path, m_query, offset);
    }

    void mergePage(const int &offset, const Page &page) override
    {
        if (m_count < 0)
            m_count = page.count;
        if (page.count != m_count && m_problem.isEmpty())
            m_problem = u"the page at %1 counts %2 hits, the first %3"_s.arg(offset)
                            .arg(page.count)
                            .arg(m_count);
        for (const Hit &hit : page.hits) {
            const QString id = idOf(hit);
            if (m_ids.contains(id)) {
                if (m_problem.isEmpty())
                    m_problem = u"%1 is on two pages"_s.arg(id);
                continue;
            }
            m_ids.insert(id);
            m_hits.append(hit);
        }
    }

    QList<int> nextPages(const int &offset, const Page &page) override
    {
        if (offset != 0)
            return {};
        const qint64 size = MusicBrainzSource::searchPageSize;
        const qint64 pages = (page.count + size - 1) / size;
        if (pages > m_context.config.maxSearchPages) {
            this->reply()->fail(SourceError { SourceError::Kind::InvalidQuery,
                u"%1 hits for %2 artists, more than %3 pages"_s.arg(page.count)
                    .arg(m_asked)
                    .arg(m_context.config.maxSearchPages),
                0 });
            return {};
        }
        QList<int> next;
        for (qint64 number = 1; number < pages; ++number)
            next.append(int(number * size));
        return next;
    }

    Result result() override
    {
        if (m_problem.isEmpty() && m_hits.size() != m_count)
            m_problem = u"%1 hits read of %2"_s.arg(m_hits.size()).arg(m_count);
        if (!m_problem.isEmpty()) {
            this->reply()->fail(badResponse(u"the search's pages do not agree: "_s + m_problem));
            return {};
        }
        return decide(m_hits);
    }

    MusicBrainzContext m_context;

private:
    QString m_path;
    QString m_query;
    int m_asked;
    qint64 m_count = -1; // the first page's count
    QList<Hit> m_hits;
    QSet<QString> m_ids;
    QString m_problem; // why the pages do not make one answer
};

// One batched look-up of latest releases: a release-group search over a window, then what it
// proves (latestReleasesInWindow). A hit left out could be an artist's latest: every page counts.
class MusicBrainzBatchFetch final
    : public MusicBrainzSearchFetch<ReleaseBatchAnswer, ReleaseGroupSearchPage, ReleaseGroupHit>
{
public:
    MusicBrainzBatchFetch(
        const Driver &driver, const MusicBrainzContext &context, ReleaseBatchAnswer answer)
        : MusicBrainzSearchFetch(driver, context, u"release-group"_s,
            releaseBatchQuery(
                answer.asked, context.config.countedTypes, answer.fromYear, context.today),
            int(answer.asked.size()))
        , m_answer(std::move(answer))
    { }

protected:
    QString idOf(const ReleaseGroupHit &hit) const override { return hit.group.mbid; }
    ReleaseBatchAnswer decide(const QList<ReleaseGroupHit> &hits) override
    {
        m_answer.hitCount = int(hits.size());
        m_answer.decided = latestReleasesInWindow(hits, m_answer.asked, m_answer.fromYear,
            m_context.today, m_context.config.countedTypes);
        qCDebug(lcSources) << "MusicBrainz: a search over" << m_answer.asked.size()
                           << "artists from" << m_answer.fromYear << "read" << hits.size()
                           << "hits and decided" << m_answer.decided.size();
        return std::move(m_answer);
    }

private:
    ReleaseBatchAnswer m_answer;
};

// Several artists without an MBID looked up by exact name in one artist search: every page of
// the answer, then the same rule as one search each (matchArtistName over the whole answer).
class MusicBrainzNameBatchFetch final
    : public MusicBrainzSearchFetch<QList<ReleaseAnswer>, ArtistSearchPage, ArtistHit>
{
public:
    MusicBrainzNameBatchFetch(
        const Driver &driver, const MusicBrainzContext &context, const QList<Artist> &artists)
        : MusicBrainzSearchFetch(
            driver, context, u"artist"_s, exactArtistsQuery(namesOf(artists)), int(artists.size()))
        , m_artists(artists)
    { }

protected:
    QString idOf(const ArtistHit &hit) const override { return hit.mbid; }
    QList<ReleaseAnswer> decide(const QList<ArtistHit> &hits) override
    {
        const ArtistSearchPage whole { hits, hits.size(), 0 };
        QList<ReleaseAnswer> answers;
        for (const Artist &artist : std::as_const(m_artists)) {
            const NameMatch match = matchArtistName(whole, artist.name.trimmed());
            ReleaseAnswer answer;
            answer.artistId = artist.id;
            answer.nameSearch = match.outcome;
            answer.mbid = match.mbid;
            answer.mbidFromSearch = !match.mbid.isEmpty();
            answer.releaseAsked = false;
            answers.append(answer);
        }
        return answers;
    }

private:
    static QStringList namesOf(const QList<Artist> &artists)
    {
        QStringList names;
        for (const Artist &artist : artists)
            names.append(artist.name.trimmed());
        return names;
    }

    QList<Artist> m_artists;
};

} // namespace

MusicBrainzSource::MusicBrainzSource(RequestQueue *queue, const Config &config, QObject *parent)
    : ReleaseSource(parent)
    , m_queue(queue)
    , m_config(config)
{
    m_config.pageSize = std::clamp(m_config.pageSize, 1, 100);
    m_config.maxPages = std::max(1, m_config.maxPages);
    m_config.batchArtists = std::max(0, m_config.batchArtists);
    m_config.maxSearchPages = std::max(1, m_config.maxSearchPages);
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

namespace {

MusicBrainzContext contextOf(
    const MusicBrainzSource *source, const MusicBrainzSource::Config &config, QDate today)
{
    return { source, config, today.isValid() ? today : QDateTime::currentDateTimeUtc().date() };
}

} // namespace

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

QUrl MusicBrainzSource::searchUrl(const QString &path, const QString &query, int offset) const
{
    return serviceUrl(m_config.baseUrl, path,
        { { u"query"_s, query }, { u"limit"_s, QString::number(searchPageSize) },
            { u"offset"_s, QString::number(offset) }, { u"fmt"_s, u"json"_s } });
}

NameBatchFetch *MusicBrainzSource::fetchArtistMbids(
    const QList<Artist> &artists, RequestPriority priority)
{
    auto *reply = new NameBatchFetch(this);
    for (const Artist &artist : artists) {
        if (!artist.mbid.isEmpty() || artist.name.trimmed().isEmpty()) {
            reply->fail(SourceError { SourceError::Kind::InvalidQuery,
                u"%1 is not an artist to find by name"_s.arg(artist.id), 0 });
            return reply;
        }
    }
    if (artists.isEmpty()) {
        reply->fail(SourceError { SourceError::Kind::InvalidQuery, u"no artist to find"_s, 0 });
        return reply;
    }
    const MusicBrainzNameBatchFetch::Driver driver { m_queue, reply, priority,
        &parseMusicBrainzArtistSearch, &musicBrainzErrorMessage, LostPage::FailsTheFetch };
    std::make_shared<MusicBrainzNameBatchFetch>(driver, contextOf(this, m_config, {}), artists)
        ->start(0);
    return reply;
}

ReleaseBatchFetch *MusicBrainzSource::fetchLatestReleases(
    const QStringList &mbids, int fromYear, QDate today, RequestPriority priority)
{
    auto *reply = new ReleaseBatchFetch(this);
    ReleaseBatchAnswer answer;
    answer.fromYear = fromYear;
    for (const QString &mbid : mbids) {
        const QString normalized = normalizedMbid(mbid);
        if (normalized.isEmpty()) {
            reply->fail(SourceError {
                SourceError::Kind::InvalidQuery, u"\"%1\" is not an MBID"_s.arg(mbid), 0 });
            return reply;
        }
        answer.asked.append(normalized);
    }
    if (answer.asked.isEmpty()) {
        reply->fail(
            SourceError { SourceError::Kind::InvalidQuery, u"no artist to ask about"_s, 0 });
        return reply;
    }
    const MusicBrainzBatchFetch::Driver driver { m_queue, reply, priority,
        &parseMusicBrainzReleaseGroupSearch, &musicBrainzErrorMessage, LostPage::FailsTheFetch };
    std::make_shared<MusicBrainzBatchFetch>(
        driver, contextOf(this, m_config, today), std::move(answer))
        ->start(0);
    return reply;
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
    return fetch(artist, today, priority, false);
}

ReleaseFetch *MusicBrainzSource::fetchArtistMbid(const Artist &artist, RequestPriority priority)
{
    return fetch(artist, {}, priority, true);
}

ReleaseFetch *MusicBrainzSource::fetch(
    const Artist &artist, QDate today, RequestPriority priority, bool nameOnly)
{
    auto *reply = new ReleaseFetch(this);
    const MusicBrainzFetch::Driver driver { m_queue, reply, priority,
        &parseMusicBrainzReleaseGroups, &musicBrainzErrorMessage, LostPage::FailsTheFetch };
    const auto fetch
        = std::make_shared<MusicBrainzFetch>(driver, contextOf(this, m_config, today), nameOnly);
    fetch->answer.artistId = artist.id;
    fetch->answer.mbid = normalizedMbid(artist.mbid);

    if (!fetch->answer.mbid.isEmpty() && nameOnly) {
        fetch->answer.releaseAsked = false;
        fetch->finishWhenDone(); // nothing to look up
    } else if (!fetch->answer.mbid.isEmpty()) {
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
