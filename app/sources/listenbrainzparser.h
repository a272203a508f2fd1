// Reads ListenBrainz's answer for a user's top artists (GET /1/stats/user/{user}/artists):
// payload.artists[].{artist_name, artist_mbid (or the older artist_mbids list), listen_count}.
#pragma once

#include "app/sources/parsed.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace gig {

struct ListenedArtist
{
    QString name;
    QString mbid; // lower case; empty when ListenBrainz matched the listens to no MBID
    qint64 listenCount = 0;

    friend bool operator==(const ListenedArtist &, const ListenedArtist &) = default;
};

struct ListenBrainzTopArtists
{
    QList<ListenedArtist> artists; // most listened first, as the service orders them
    qint64 totalArtistCount = 0; // how many the statistics hold (the answer holds `count`)
    bool noStatistics = false; // 204: the user exists, the statistics are not calculated yet

    friend bool operator==(const ListenBrainzTopArtists &, const ListenBrainzTopArtists &)
        = default;
};

Parsed<ListenBrainzTopArtists> parseListenBrainzTopArtists(const QByteArray &body);
// The service's message in an error body ({"code": 404, "error": "Cannot find user: x"}).
QString listenBrainzErrorMessage(const QByteArray &body);

} // namespace gig
