#include "models/appsettings.h"

#include <QDebugStateSaver>
#include <QLoggingCategory>
#include <QSettings>
#include <algorithm>

Q_LOGGING_CATEGORY(lcSettings, "gigmap.models.settings", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace gig {

namespace {

const QString groupName = u"settings"_s;

QUrl readUrl(const QSettings &settings, const QString &key, const QUrl &fallback)
{
    if (!settings.contains(key))
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

AppSettings AppSettings::load(QSettings &settings)
{
    AppSettings result;
    settings.beginGroup(groupName);
    if (settings.contains(u"source"_s)) {
        const QString name = settings.value(u"source"_s).toString();
        if (const auto source = sourceFromName(name))
            result.source = *source;
        else
            qCWarning(lcSettings) << "unknown source" << name << "in the settings; using the demo";
    }
    result.ticketmasterUrl = readUrl(settings, u"ticketmasterUrl"_s, result.ticketmasterUrl);
    result.songkickUrl = readUrl(settings, u"songkickUrl"_s, result.songkickUrl);
    result.musicBrainzUrl = readUrl(settings, u"musicBrainzUrl"_s, result.musicBrainzUrl);
    result.nominatimUrl = readUrl(settings, u"nominatimUrl"_s, result.nominatimUrl);
    result.shownRefreshMinutes
        = readMinutes(settings, u"shownRefreshMinutes"_s, result.shownRefreshMinutes);
    result.backgroundRefreshMinutes
        = readMinutes(settings, u"backgroundRefreshMinutes"_s, result.backgroundRefreshMinutes);
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
    settings.endGroup();
    return result;
}

void AppSettings::save(QSettings &settings) const
{
    settings.beginGroup(groupName);
    settings.setValue(u"source"_s, sourceName(source));
    settings.setValue(u"ticketmasterUrl"_s, ticketmasterUrl.toString());
    settings.setValue(u"songkickUrl"_s, songkickUrl.toString());
    settings.setValue(u"musicBrainzUrl"_s, musicBrainzUrl.toString());
    settings.setValue(u"nominatimUrl"_s, nominatimUrl.toString());
    settings.setValue(u"shownRefreshMinutes"_s, shownRefreshMinutes);
    settings.setValue(u"backgroundRefreshMinutes"_s, backgroundRefreshMinutes);
    QStringList types;
    for (ReleaseType type : releaseTypes)
        types.append(releaseTypeName(type));
    settings.setValue(u"releaseTypes"_s, types);
    settings.setValue(u"tileUrl"_s, tileUrl);
    settings.endGroup();
}

QDebug operator<<(QDebug debug, const AppSettings &settings)
{
    QDebugStateSaver saver(debug);
    QStringList types;
    for (ReleaseType type : settings.releaseTypes)
        types.append(releaseTypeName(type));
    debug.nospace() << "AppSettings(" << sourceName(settings.source) << ", "
                    << settings.ticketmasterUrl << ", " << settings.songkickUrl << ", "
                    << settings.musicBrainzUrl << ", " << settings.nominatimUrl << ", shown "
                    << settings.shownRefreshMinutes << " min, background "
                    << settings.backgroundRefreshMinutes << " min, " << types << ", "
                    << settings.tileUrl << ')';
    return debug;
}

} // namespace gig
