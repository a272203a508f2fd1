// Reads Last.fm's answer for a user's top artists (method user.getTopArtists, format=json):
// topartists.artist[].{name, mbid (often empty), playcount} and the paging object
// topartists["@attr"].{user, page, perPage, totalPages, total} — numbers as strings. Errors come
// as {"error": 6, "message": "User not found"}.
#pragma once

#include "app/sources/parsed.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace gig {

struct LastFmArtist
{
    QString name;
    QString mbid; // lower case; empty when Last.fm gives none
    qint64 playCount = 0;

    friend bool operator==(const LastFmArtist &, const LastFmArtist &) = default;
};

struct LastFmTopArtists
{
    QList<LastFmArtist> artists; // most played first, as the service orders them
    int page = 1;
    int totalPages = 0;
    qint64 total = 0;

    friend bool operator==(const LastFmTopArtists &, const LastFmTopArtists &) = default;
};

// Last.fm's error codes gigmap tells apart.
enum class LastFmError { InvalidParameters = 6, InvalidApiKey = 10, RateLimited = 29 };

Parsed<LastFmTopArtists> parseLastFmTopArtists(const QByteArray &body);
// The service's message and code in an error body; empty / 0 when it holds none.
QString lastFmErrorMessage(const QByteArray &body);
int lastFmErrorCode(const QByteArray &body);

} // namespace gig
