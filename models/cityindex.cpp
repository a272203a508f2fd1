#include "models/cityindex.h"

#include "models/mercator.h"
#include "models/textfold.h"

#include <QCoreApplication>
#include <QVarLengthArray>
#include <QtMath>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

constexpr int cellColumns = 360;
constexpr int cellRows = 180;
constexpr double kmPerDegree = 111.195; // along a meridian
constexpr double nearKm = 50.0; // "near X" up to this far from X

// The folded name and every word after the first ("new york", "york").
QStringList wordsOf(const QString &name)
{
    const QString folded = foldForSearch(name);
    QStringList words { folded };
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded.at(i);
        if ((c == u' ' || c == u'-') && i + 1 < folded.size() && folded.at(i + 1) != u' ')
            words.append(folded.mid(i + 1));
    }
    return words;
}

// The optimal-string-alignment distance between `typed` and the start of `word` (any prefix
// of it), or more than `most` when it exceeds that. Only a band of 2 × most + 1 cells a row.
int prefixDistance(QStringView typed, QStringView word, int most)
{
    const qsizetype n = typed.size();
    const qsizetype m = std::min(word.size(), n + most);
    if (m < n - most)
        return most + 1;
    constexpr int far = 1 << 20;
    // Rows i - 2, i - 1 and i of the table, columns 0..m.
    QVarLengthArray<int, 64> before(m + 1, far);
    QVarLengthArray<int, 64> previous(m + 1);
    QVarLengthArray<int, 64> current(m + 1, far);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        std::fill(current.begin(), current.end(), far);
        if (i <= most)
            current[0] = int(i);
        int rowBest = far;
        for (qsizetype j = std::max<qsizetype>(1, i - most); j <= std::min(m, i + most); ++j) {
            const int cost = typed[i - 1] == word[j - 1] ? 0 : 1;
            int value = std::min({ previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost });
            if (i > 1 && j > 1 && typed[i - 1] == word[j - 2] && typed[i - 2] == word[j - 1])
                value = std::min(value, before[j - 2] + 1);
            current[j] = value;
            rowBest = std::min(rowBest, value);
        }
        if (rowBest > most)
            return most + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    // Any prefix of the word: the best of the last row.
    int best = far;
    for (qsizetype j = std::max<qsizetype>(0, n - most); j <= m; ++j)
        best = std::min(best, previous[j]);
    return best;
}

} // namespace

CityIndex::CityIndex(QList<City> cities)
    : m_cities(std::move(cities))
    , m_cells(cellColumns * cellRows)
{
    std::stable_sort(m_cities.begin(), m_cities.end(), [](const City &a, const City &b) {
        return a.population != b.population ? a.population > b.population : a.name < b.name;
    });
    m_mercator.reserve(m_cities.size());
    for (qsizetype i = 0; i < m_cities.size(); ++i) {
        const City &city = m_cities.at(i);
        m_mercator.append(Mercator::project(city.coordinate, 0) / Mercator::TileSize);
        m_cells[cellOf(city.coordinate.latitude(), city.coordinate.longitude())].append(i);
        for (QString &word : wordsOf(city.name))
            m_words.append({ std::move(word), i });
    }
    std::sort(m_words.begin(), m_words.end());
}

int CityIndex::cellOf(double latitude, double longitude)
{
    const int row = std::clamp(int(std::floor(latitude + 90.0)), 0, cellRows - 1);
    const int column = std::clamp(int(std::floor(longitude + 180.0)), 0, cellColumns - 1);
    return row * cellColumns + column;
}

QList<qsizetype> CityIndex::search(const QString &text, qsizetype limit) const
{
    const QString prefix = foldForSearch(text.simplified());
    if (prefix.isEmpty() || limit <= 0)
        return {};
    QList<qsizetype> found;
    auto it = std::lower_bound(m_words.cbegin(), m_words.cend(), prefix,
        [](const std::pair<QString, qsizetype> &word, const QString &wanted) {
            return word.first < wanted;
        });
    for (; it != m_words.cend() && it->first.startsWith(prefix); ++it)
        found.append(it->second);
    // Most populous first: the smallest indices, each city once.
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    if (found.size() > limit)
        found.resize(limit);
    return found;
}

QList<qsizetype> CityIndex::closeTo(const QString &text, qsizetype limit) const
{
    const QString typed = foldForSearch(text.simplified());
    const int most = typed.size() >= 8 ? 2 : typed.size() >= 4 ? 1 : 0;
    if (most == 0 || limit <= 0)
        return {};
    QList<std::pair<int, qsizetype>> found; // distance, city
    // A slip in the first letter is rare and would let almost every word in: only the words
    // that start with the same letter.
    const QString first(typed.front());
    auto it = std::lower_bound(m_words.cbegin(), m_words.cend(), first,
        [](const std::pair<QString, qsizetype> &word, const QString &wanted) {
            return word.first < wanted;
        });
    for (; it != m_words.cend() && it->first.startsWith(first); ++it) {
        const auto &[word, city] = *it;
        const int distance = prefixDistance(typed, word, most);
        if (distance <= most)
            found.append({ distance, city });
    }
    std::sort(found.begin(), found.end());
    QList<qsizetype> cities;
    for (const auto &[distance, city] : std::as_const(found)) {
        if (cities.size() >= limit)
            break;
        if (!cities.contains(city))
            cities.append(city);
    }
    return cities;
}

QList<std::pair<qsizetype, double>> CityIndex::within(
    const QGeoCoordinate &coordinate, double maxKm) const
{
    QList<std::pair<qsizetype, double>> found;
    if (!coordinate.isValid() || m_cities.isEmpty() || maxKm < 0)
        return found;
    const double latitude = coordinate.latitude();
    // The cells a circle of maxKm touches: whole degrees of latitude, and of longitude as wide
    // as a degree is at the circle's edge nearest a pole.
    const int rows = int(std::ceil(maxKm / kmPerDegree));
    const double edge = std::min(89.0, std::abs(latitude) + rows);
    const double cosine = std::max(0.01, std::cos(qDegreesToRadians(edge)));
    const int columns = std::min(cellColumns / 2, int(std::ceil(maxKm / (kmPerDegree * cosine))));
    const int row0 = int(std::floor(latitude + 90.0));
    const int column0 = int(std::floor(coordinate.longitude() + 180.0));
    for (int row = std::max(0, row0 - rows); row <= std::min(cellRows - 1, row0 + rows); ++row) {
        for (int dc = -columns; dc <= columns; ++dc) {
            const int column = ((column0 + dc) % cellColumns + cellColumns) % cellColumns;
            for (const qsizetype index : m_cells.at(row * cellColumns + column)) {
                const double km = Mercator::distanceKm(coordinate, m_cities.at(index).coordinate);
                if (km <= maxKm)
                    found.append({ index, km });
            }
        }
    }
    return found;
}

std::pair<qsizetype, double> CityIndex::nearest(
    const QGeoCoordinate &coordinate, double maxKm) const
{
    std::pair<qsizetype, double> best { -1, 0.0 };
    for (const auto &[index, km] : within(coordinate, maxKm)) {
        if (best.first < 0 || km < best.second || (km == best.second && index < best.first))
            best = { index, km };
    }
    return best;
}

QList<qsizetype> CityIndex::largestIn(const QRectF &mercator, quint32 minPopulation) const
{
    QList<qsizetype> found;
    if (m_cities.isEmpty() || mercator.isEmpty())
        return found;
    const auto inside = [&mercator](QPointF point) {
        // The first copy of the point at or east of the part's west edge.
        const double x = point.x() + std::ceil(mercator.left() - point.x());
        return x <= mercator.right() && point.y() >= mercator.top()
            && point.y() <= mercator.bottom();
    };
    // A small part is read from the 1° cells it covers; a large one city by city, largest first,
    // stopping at the first city below the population wanted.
    const QGeoCoordinate northWest
        = Mercator::unproject(mercator.topLeft() * Mercator::TileSize, 0);
    const QGeoCoordinate southEast
        = Mercator::unproject(mercator.bottomRight() * Mercator::TileSize, 0);
    const int rows = int(std::floor(northWest.latitude()) - std::floor(southEast.latitude())) + 1;
    const int columns = int(std::ceil(mercator.width() * cellColumns)) + 1;
    if (mercator.width() >= 1.0 || qint64(rows) * columns > 2000) {
        for (qsizetype index = 0; index < m_cities.size(); ++index) {
            if (m_cities.at(index).population < minPopulation)
                break;
            if (inside(m_mercator.at(index)))
                found.append(index);
        }
        return found;
    }
    const int column0 = int(std::floor(northWest.longitude() + 180.0));
    const int row0 = int(std::floor(southEast.latitude() + 90.0));
    for (int row = std::max(0, row0); row < std::min(cellRows, row0 + rows); ++row) {
        for (int dc = 0; dc < columns; ++dc) {
            const int column = (column0 + dc) % cellColumns;
            for (const qsizetype index : m_cells.at(row * cellColumns + column)) {
                if (m_cities.at(index).population >= minPopulation && inside(m_mercator.at(index)))
                    found.append(index);
            }
        }
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

double CityIndex::reachKm(quint32 population)
{
    return std::clamp(3.0 + std::sqrt(double(population)) / 100.0, 3.0, 25.0);
}

QString CityIndex::placeNameAt(const QGeoCoordinate &coordinate) const
{
    qsizetype inside = -1; // the largest city whose reach holds the point: Berlin's suburbs
    qsizetype nearestIndex = -1;
    double nearestKm = 0;
    for (const auto &[index, km] : within(coordinate, nearKm)) {
        if (km <= reachKm(m_cities.at(index).population) && (inside < 0 || index < inside))
            inside = index;
        if (nearestIndex < 0 || km < nearestKm || (km == nearestKm && index < nearestIndex)) {
            nearestIndex = index;
            nearestKm = km;
        }
    }
    if (inside >= 0)
        return m_cities.at(inside).nameWithCountry();
    if (nearestIndex < 0)
        return {};
    return QCoreApplication::translate("CityIndex", "near %1")
        .arg(m_cities.at(nearestIndex).nameWithCountry());
}

} // namespace gig
