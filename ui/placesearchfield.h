// The place search box in the toolbar: suggests the offline gazetteer's cities while typing,
// asks for a search when Enter is pressed (never while typing, as Nominatim's rules require),
// shows the places found in a popup list and reports the one chosen.
#pragma once

#include "models/place.h"

#include <QLineEdit>
#include <QList>

class QCompleter;
class QStandardItemModel;

namespace gig {

class CityIndex;

class PlaceSearchField final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceSearchField)

public:
    explicit PlaceSearchField(QWidget *parent = nullptr);
    ~PlaceSearchField() override;

    // Cities suggested while typing, before any search; not owned, nullptr: none.
    void setCities(const CityIndex *cities) { m_cities = cities; }
    static constexpr int MaxSuggestions = 8;

    // Fills the popup with these places and opens it; none: says so.
    void showResults(const QList<gig::Place> &places);
    void showError(const QString &message);
    QList<Place> results() const { return m_results; }
    QCompleter *completer() const { return m_completer; }
    bool isSearching() const { return m_searching; }

    QSize sizeHint() const override;

signals:
    void searchRequested(const QString &query);
    void placeChosen(const gig::Place &place);

private:
    void requestSearch();
    void suggest();
    // The places as the popup's rows, under a line of words when `heading` is not empty.
    void fillPopup(const QList<Place> &places, const QString &heading = {});
    void addNote(const QString &note); // a row that says something and cannot be chosen
    QList<Place> citiesFor(const QList<qsizetype> &indices) const;
    void openPopup();
    void choose(int row);

    QCompleter *m_completer;
    QStandardItemModel *m_resultModel;
    QList<Place> m_results;
    bool m_searching = false;
    const CityIndex *m_cities = nullptr;
};

} // namespace gig
