#include "models/savedplaces.h"

#include <QDebugStateSaver>
#include <QGeoCircle>
#include <QLoggingCategory>
#include <QSettings>
#include <cmath>

Q_LOGGING_CATEGORY(lcSavedPlaces, "gigmap.models.savedplaces", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace gig {

namespace {

const QString arrayKey = u"savedPlaces"_s;

bool isUsable(const SavedPlace &place)
{
    return place.coordinate.isValid() && std::isfinite(place.radiusKm) && place.radiusKm > 0;
}

} // namespace

Place SavedPlace::toPlace() const
{
    Place place;
    place.name = name;
    place.displayName = name;
    place.coordinate = coordinate;
    place.boundingBox = QGeoCircle(coordinate, radiusKm * 1000.0).boundingGeoRectangle();
    return place;
}

QDebug operator<<(QDebug debug, const SavedPlace &place)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "SavedPlace(" << place.name << ", " << place.coordinate.latitude() << ','
                    << place.coordinate.longitude() << ", " << place.radiusKm << " km)";
    return debug;
}

SavedPlaces::SavedPlaces(QObject *parent)
    : QObject(parent)
{
    reload();
}

SavedPlaces::~SavedPlaces() = default;

int SavedPlaces::indexOf(const QGeoCoordinate &coordinate) const
{
    if (!coordinate.isValid())
        return -1;
    for (int i = 0; i < m_places.size(); ++i) {
        if (m_places.at(i).coordinate.distanceTo(coordinate) < samePlaceMetres)
            return i;
    }
    return -1;
}

bool SavedPlaces::add(const SavedPlace &place)
{
    if (!isUsable(place)) {
        qCWarning(lcSavedPlaces) << "not saving an unusable place" << place;
        return false;
    }
    const int at = indexOf(place.coordinate);
    if (at >= 0) {
        if (m_places.at(at) == place)
            return false;
        m_places[at] = place;
    } else {
        m_places.append(place);
    }
    write();
    emit changed();
    return true;
}

bool SavedPlaces::remove(const QGeoCoordinate &coordinate)
{
    const int at = indexOf(coordinate);
    if (at < 0)
        return false;
    m_places.removeAt(at);
    write();
    emit changed();
    return true;
}

void SavedPlaces::reload()
{
    QList<SavedPlace> places;
    QSettings settings;
    const int size = settings.beginReadArray(arrayKey);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        bool latOk = false;
        bool lonOk = false;
        bool radiusOk = false;
        SavedPlace place;
        place.name = settings.value(u"name"_s).toString();
        place.coordinate = QGeoCoordinate(settings.value(u"latitude"_s).toDouble(&latOk),
            settings.value(u"longitude"_s).toDouble(&lonOk));
        place.radiusKm = settings.value(u"radiusKm"_s).toDouble(&radiusOk);
        if (!latOk || !lonOk || !radiusOk || !isUsable(place)) {
            qCWarning(lcSavedPlaces)
                << "skipping saved place" << i << "with a bad coordinate or radius";
            continue;
        }
        if (place.name.isEmpty())
            place.name = u"%1, %2"_s.arg(place.coordinate.latitude(), 0, 'f', 4)
                             .arg(place.coordinate.longitude(), 0, 'f', 4);
        places.append(place);
    }
    settings.endArray();
    if (places != m_places) {
        m_places = places;
        emit changed();
    }
}

void SavedPlaces::write() const
{
    QSettings settings;
    settings.remove(arrayKey);
    settings.beginWriteArray(arrayKey, int(m_places.size()));
    for (int i = 0; i < m_places.size(); ++i) {
        const SavedPlace &place = m_places.at(i);
        settings.setArrayIndex(i);
        settings.setValue(u"name"_s, place.name);
        settings.setValue(u"latitude"_s, place.coordinate.latitude());
        settings.setValue(u"longitude"_s, place.coordinate.longitude());
        settings.setValue(u"radiusKm"_s, place.radiusKm);
    }
    settings.endArray();
}

} // namespace gig
