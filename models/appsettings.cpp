#include "models/appsettings.h"

#include "models/translations.h"

#include <QDebugStateSaver>
#include <QLoggingCategory>
#include <QSettings>
#include <algorithm>

Q_LOGGING_CATEGORY(lcSettings, "gigmap.models.settings", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace gig {

namespace {

const QString groupName = u"settings"_s;

// "ticketmasterUrl": the settings file's name for a service's base URL.
QString urlKey(Service service)
{
    return serviceSpec(service).id + "Url"_L1;
}

// `key` as the file spells it: older versions wrote some names in another case
// ("musicBrainzUrl").
QString storedKey(const QSettings &settings, const QString &key)
{
    if (settings.contains(key))
        return key;
    const QStringList keys = settings.childKeys();
    const auto found = std::find_if(keys.begin(), keys.end(),
        [&key](const QString &stored) { return stored.compare(key, Qt::CaseInsensitive) == 0; });
    return found == keys.end() ? QString() : *found;
}

QUrl readUrl(const QSettings &settings, const QString &name, const QUrl &fallback)
{
    const QString key = storedKey(settings, name);
    if (key.isEmpty())
        return fallback;
    const QUrl url(settings.value(key).toString(), QUrl::StrictMode);
    if (!AppSettings::isServiceUrl(url)) {
        qCWarning(lcSettings) << "setting" << key << "is not an http(s) URL; using" << fallback;
        return fallback;
    }
    return url;
}

int readMinutes(const QSettings &settings, const QString &key, int fallback)
{
    if (!settings.contains(key))
        return fallback;
    bool ok = false;
    const int minutes = settings.value(key).toInt(&ok);
    if (!ok || minutes < AppSettings::minimumRefreshMinutes
        || minutes > AppSettings::maximumRefreshMinutes) {
        qCWarning(lcSettings) << "setting" << key << "is not a usable number of minutes; using"
                              << fallback;
        return fallback;
    }
    return minutes;
}

} // namespace

QList<ReleaseType> AppSettings::defaultReleaseTypes()
{
    return { ReleaseType::Album, ReleaseType::EP, ReleaseType::Single };
}

QMap<Service, QUrl> AppSettings::defaultServiceUrls()
{
    QMap<Service, QUrl> urls;
    for (const Service service : apiServices())
        urls.insert(service, serviceSpec(service).baseUrl());
    return urls;
}

QUrl AppSettings::serviceUrl(Service service) const
{
    return serviceUrls.value(service, serviceSpec(service).baseUrl());
}

ApiKeys::ApiKeys(std::initializer_list<std::pair<Service, QString>> keys)
{
    for (const auto &[service, key] : keys)
        setKey(service, key);
}

void ApiKeys::setKey(Service service, const QString &key)
{
    const QString trimmed = key.trimmed();
    if (trimmed.isEmpty())
        m_keys.remove(service);
    else
        m_keys.insert(service, trimmed);
}

bool AppSettings::isServiceUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == "http"_L1 || url.scheme() == "https"_L1);
}

bool AppSettings::isTileUrl(const QString &url)
{
    return url.contains("{z}"_L1) && url.contains("{x}"_L1) && url.contains("{y}"_L1)
        && isServiceUrl(QUrl(url));
}

bool AppSettings::isSharedCacheUrl(const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    const QString database = parsed.path().mid(1);
    return parsed.isValid()
        && (parsed.scheme() == "postgresql"_L1 || parsed.scheme() == "postgres"_L1)
        && !database.isEmpty() && !database.contains(u'/');
}

QString AppSettings::withoutPassword(const QString &url)
{
    const QUrl parsed(url.trimmed());
    return parsed.password().isEmpty() ? url.trimmed() : parsed.toString(QUrl::RemovePassword);
}

bool AppSettings::tileUrlNeedsKey(const QString &url)
{
    return url.contains("{key}"_L1);
}

AppSettings AppSettings::load(QSettings &settings)
{
    AppSettings result;
    settings.beginGroup(groupName);
    // "sources" lists the sources switched on; older versions kept one "source".
    const QStringList names = settings.contains(u"sources"_s)
        ? settings.value(u"sources"_s).toStringList()
        : QStringList { settings.value(u"source"_s).toString() };
    for (const QString &name : names) {
        const auto source = sourceFromName(name);
        if (!source && !name.isEmpty())
            qCWarning(lcSettings) << "unknown source" << name << "in the settings; left out";
        if (source && *source != Source::Demo && !result.sources.contains(*source))
            result.sources.append(*source);
    }
    std::sort(result.sources.begin(), result.sources.end());
    for (const Service service : apiServices())
        result.serviceUrls[service]
            = readUrl(settings, urlKey(service), result.serviceUrl(service));
    result.shownRefreshMinutes
        = readMinutes(settings, u"shownRefreshMinutes"_s, result.shownRefreshMinutes);
    result.backgroundRefreshMinutes
        = readMinutes(settings, u"backgroundRefreshMinutes"_s, result.backgroundRefreshMinutes);
    result.keepRunningInTray = settings.value(u"keepRunningInTray"_s, false).toBool();
    if (settings.contains(u"releaseTypes"_s)) {
        QList<ReleaseType> types;
        for (const QString &name : settings.value(u"releaseTypes"_s).toStringList()) {
            const ReleaseType type = releaseTypeFromName(name);
            if (type != ReleaseType::Other && !types.contains(type))
                types.append(type);
        }
        std::sort(types.begin(), types.end());
        if (types.isEmpty())
            qCWarning(lcSettings)
                << "no usable release type in the settings; counting the defaults";
        else
            result.releaseTypes = types;
    }
    if (settings.contains(u"tileUrl"_s)) {
        const QString tileUrl = settings.value(u"tileUrl"_s).toString();
        if (isTileUrl(tileUrl))
            result.tileUrl = tileUrl;
        else
            qCWarning(lcSettings) << "the map tile URL in the settings lacks {z}, {x} or {y}; using"
                                  << result.tileUrl;
    }
    result.tileAttribution
        = settings.value(u"tileAttribution"_s, result.tileAttribution).toString().trimmed();
    result.tilesShowPlaceNames
        = settings.value(u"tilesShowPlaceNames"_s, result.tilesShowPlaceNames).toBool();
    result.language = settings.value(u"language"_s).toString();
    if (!result.language.isEmpty() && !translatedLanguages().contains(result.language)) {
        qCWarning(lcSettings) << "gigmap does not speak" << result.language
                              << "; using the system's";
        result.language.clear();
    }
    const QString shared = settings.value(u"sharedCache"_s).toString();
    if (shared.isEmpty() || isSharedCacheUrl(shared))
        result.sharedCacheUrl = withoutPassword(shared);
    else
        qCWarning(lcSettings) << "the shared cache in the settings is no postgresql:// URL; the"
                                 " cache stays on this computer";
    const QString colors = settings.value(u"colors"_s).toString();
    if (colors == "light"_L1)
        result.colorScheme = ColorScheme::Light;
    else if (colors == "dark"_L1)
        result.colorScheme = ColorScheme::Dark;
    settings.endGroup();
    return result;
}

void AppSettings::save(QSettings &settings) const
{
    settings.beginGroup(groupName);
    QStringList names;
    for (const Source source : sources)
        names.append(sourceName(source));
    settings.setValue(u"sources"_s, names);
    settings.remove(u"source"_s); // the older single choice
    for (const Service service : apiServices()) {
        // One spelling of each name from now on.
        if (const QString old = storedKey(settings, urlKey(service)); !old.isEmpty())
            settings.remove(old);
        settings.setValue(urlKey(service), serviceUrl(service).toString());
    }
    settings.setValue(u"shownRefreshMinutes"_s, shownRefreshMinutes);
    settings.setValue(u"backgroundRefreshMinutes"_s, backgroundRefreshMinutes);
    QStringList types;
    for (ReleaseType type : releaseTypes)
        types.append(releaseTypeName(type));
    settings.setValue(u"releaseTypes"_s, types);
    settings.setValue(u"tileUrl"_s, tileUrl);
    settings.setValue(u"tileAttribution"_s, tileAttribution);
    settings.setValue(u"tilesShowPlaceNames"_s, tilesShowPlaceNames);
    settings.setValue(u"language"_s, language);
    settings.setValue(u"colors"_s,
        colorScheme == ColorScheme::Light      ? u"light"_s
            : colorScheme == ColorScheme::Dark ? u"dark"_s
                                               : u"system"_s);
    settings.setValue(u"keepRunningInTray"_s, keepRunningInTray);
    settings.setValue(u"sharedCache"_s, withoutPassword(sharedCacheUrl));
    settings.endGroup();
}

QDebug operator<<(QDebug debug, const AppSettings &settings)
{
    QDebugStateSaver saver(debug);
    QStringList types;
    for (ReleaseType type : settings.releaseTypes)
        types.append(releaseTypeName(type));
    QStringList sources;
    for (const Source source : settings.sources)
        sources.append(sourceName(source));
    debug.nospace() << "AppSettings(" << sources << ", " << settings.serviceUrls.values()
                    << ", shown " << settings.shownRefreshMinutes << " min, background "
                    << settings.backgroundRefreshMinutes << " min, " << types << ", "
                    << settings.tileUrl << ", " << settings.tileAttribution
                    << (settings.tilesShowPlaceNames ? ", tiles named" : ", tiles unnamed")
                    << ", colours " << int(settings.colorScheme) << ')';
    return debug;
}

} // namespace gig
