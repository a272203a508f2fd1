// The places the user starred, kept in QSettings, so the Places menu can bring them back.
#pragma once

#include "models/place.h"

#include <QGeoCoordinate>
#include <QList>
#include <QObject>
#include <QString>

namespace gig {

struct SavedPlace
{
    QString name;
    QGeoCoordinate coordinate;
    double radiusKm = 30.0;

    // The place as a search would give it, its bounding box spanning the radius.
    Place toPlace() const;

    friend bool operator==(const SavedPlace &, const SavedPlace &) = default;
};

QDebug operator<<(QDebug debug, const SavedPlace &place);

// A list of saved places in the application's QSettings (array "savedPlaces"), read when made and
// written at every change. Places are told apart by where they are: two coordinates closer than
// samePlaceMetres are the same place.
class SavedPlaces final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedPlaces)

public:
    static constexpr double samePlaceMetres = 100.0;

    explicit SavedPlaces(QObject *parent = nullptr);
    ~SavedPlaces() override;

    QList<SavedPlace> places() const { return m_places; }
    qsizetype count() const { return m_places.size(); }
    bool contains(const QGeoCoordinate &coordinate) const { return indexOf(coordinate) >= 0; }
    int indexOf(const QGeoCoordinate &coordinate) const; // -1 when not saved

    // Adds the place, or replaces the saved place at the same spot (new name or radius).
    // False, and nothing changes, for an invalid coordinate, a non-positive radius or when
    // exactly this place is saved already.
    bool add(const SavedPlace &place);
    bool remove(const QGeoCoordinate &coordinate); // false when nothing was saved there

    void reload(); // re-reads QSettings (another window may have written them)

signals:
    void changed();

private:
    void write() const;

    QList<SavedPlace> m_places;
};

} // namespace gig
