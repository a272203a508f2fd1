// The user's settings (data source, service URLs, refresh intervals, release types, map tiles) as
// one value the settings dialog edits and the engine applies. API keys are not in it: they live in
// the keyring and travel separately as ApiKeys.
#pragma once

#include "models/release.h"
#include "models/services.h"

#include <QDebug>
#include <QList>
#include <QMap>
#include <QUrl>
#include <optional>

class QSettings;

namespace gig {

// The window's colours: the system's, or light or dark whatever the system says.
enum class ColorScheme { System, Light, Dark };

struct AppSettings
{
    static constexpr int minimumRefreshMinutes = 1;
    static constexpr int maximumRefreshMinutes = 7 * 24 * 60;

    // The gig sources switched on: keyed sources, each once, in the order of sources(); none
    // means the demo. The engine reads those of them that have a key.
    QList<Source> sources;
    // The base URL of each of apiServices(), its row's default until the user changes it.
    QMap<Service, QUrl> serviceUrls = defaultServiceUrls();
    int shownRefreshMinutes = 15; // the place on screen
    int backgroundRefreshMinutes = 120; // places watched but not shown
    QList<ReleaseType> releaseTypes = defaultReleaseTypes(); // counted as "latest release"
    // The map's tile server: a template with {z}, {x} and {y}, and {key} where a server wants
    // the key kept in the keyring (ApiKeys' Service::Tiles).
    QString tileUrl = serviceSpec(Service::Tiles).defaultBaseUrl;
    // The credit its terms ask for, as plain text; empty: OpenStreetMap's.
    QString tileAttribution;
    // Whether its tiles carry place names; when not, the map writes the cities' names over them.
    bool tilesShowPlaceNames = true;
    ColorScheme colorScheme = ColorScheme::System;
    // The language gigmap speaks (one of translatedLanguages()); empty: the system's.
    QString language;
    // Closing the window hides it to a tray icon and the saved places keep refreshing (and
    // alerting); off: closing quits.
    bool keepRunningInTray = false;
    // The cache shared with other desktops, a postgresql:// URL (never with a password: that is
    // kept in the keyring); empty: the cache stays on this computer. Read at start.
    QString sharedCacheUrl;

    // Reads the group "settings" of `settings`. A missing or unusable value (a URL that is not
    // http(s), an interval out of range, no release type, an unknown source) takes its default
    // and is logged, so a damaged file never stops the app.
    static AppSettings load(QSettings &settings);
    void save(QSettings &settings) const;

    static QList<ReleaseType> defaultReleaseTypes(); // Album, EP, Single
    static QMap<Service, QUrl> defaultServiceUrls();

    // The base URL the user gave `service`, else its row's default.
    QUrl serviceUrl(Service service) const;

    // An absolute http or https URL.
    static bool isServiceUrl(const QUrl &url);
    // An http(s) URL template holding {z}, {x} and {y}.
    static bool isTileUrl(const QString &url);
    // Whether the template has a {key} for the tile server's key.
    static bool tileUrlNeedsKey(const QString &url);
    // A postgresql:// (or postgres://) URL naming a database.
    static bool isSharedCacheUrl(const QString &url);
    // The URL without the password it may hold.
    static QString withoutPassword(const QString &url);

    friend bool operator==(const AppSettings &, const AppSettings &) = default;
};

QDebug operator<<(QDebug debug, const AppSettings &settings);

// The keys the event sources need, one per keyed service; kept in the keyring, never in
// AppSettings, never logged.
class ApiKeys
{
public:
    ApiKeys() = default;
    ApiKeys(std::initializer_list<std::pair<Service, QString>> keys);

    // Empty when the user gave none.
    QString key(Service service) const { return m_keys.value(service); }
    // Trimmed; an empty key removes the service's key.
    void setKey(Service service, const QString &key);

    friend bool operator==(const ApiKeys &, const ApiKeys &) = default;

private:
    QMap<Service, QString> m_keys;
};

} // namespace gig
