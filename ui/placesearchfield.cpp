#include "ui/placesearchfield.h"

#include "models/cityindex.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

constexpr int RowRole = Qt::UserRole + 1;

} // namespace

PlaceSearchField::PlaceSearchField(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_resultModel(new QStandardItemModel(this))
{
    setObjectName(u"placeSearch"_s);
    setPlaceholderText(tr("Search a place (Ctrl+L)"));
    setClearButtonEnabled(true);
    setToolTip(tr("Type a place and press Enter to search for it"));
    setAccessibleName(tr("Search a place"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setMaximumWidth(fontMetrics().averageCharWidth() * 48);

    // Not QLineEdit::setCompleter(): that would complete while typing. The popup opens only when
    // results arrive, and shows them all whatever the text.
    m_completer->setWidget(this);
    m_completer->setModel(m_resultModel);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(8);
    m_completer->popup()->setObjectName(u"placeResults"_s);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
        [this](const QModelIndex &index) { choose(index.data(RowRole).toInt()); });

    connect(this, &QLineEdit::returnPressed, this, &PlaceSearchField::requestSearch);
    connect(this, &QLineEdit::textEdited, this, [this] {
        m_searching = false;
        suggest();
    });
}

PlaceSearchField::~PlaceSearchField() = default;

QSize PlaceSearchField::sizeHint() const
{
    const QSize hint = QLineEdit::sizeHint();
    return { fontMetrics().averageCharWidth() * 32, hint.height() };
}

void PlaceSearchField::requestSearch()
{
    // With a result or suggestion picked in the open list, Return chooses it: the completer
    // hands the key to the field first, and that must not search again. Suggestions open
    // without a pick: Return then searches what was typed.
    QAbstractItemView *popup = m_completer->popup();
    if (popup->isVisible() && popup->currentIndex().isValid())
        return;
    popup->hide();
    const QString query = text().simplified();
    if (query.isEmpty())
        return;
    m_searching = true;
    emit searchRequested(query);
}

void PlaceSearchField::suggest()
{
    const QString typed = text().simplified();
    if (!m_cities || typed.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    QList<Place> cities = citiesFor(m_cities->search(typed, MaxSuggestions));
    QString heading;
    if (cities.isEmpty()) {
        // A slip of the fingers: the cities it was probably meant to be.
        cities = citiesFor(m_cities->closeTo(typed, MaxSuggestions));
        heading = tr("No city starts with “%1”. Did you mean:").arg(typed);
    }
    if (cities.isEmpty()) {
        m_results.clear();
        m_completer->popup()->hide();
        return;
    }
    fillPopup(cities, heading);
    openPopup();
    // No pick until the person moves to one: Return still searches what was typed.
    m_completer->popup()->setCurrentIndex({});
}

QList<Place> PlaceSearchField::citiesFor(const QList<qsizetype> &indices) const
{
    QList<Place> cities;
    for (const qsizetype index : indices) {
        const City &city = m_cities->city(index);
        cities.append({ city.name, city.fullName(), city.coordinate, {} });
    }
    return cities;
}

void PlaceSearchField::fillPopup(const QList<Place> &places, const QString &heading)
{
    m_results = places;
    m_resultModel->clear();
    if (!heading.isEmpty())
        addNote(heading);
    for (int row = 0; row < places.size(); ++row) {
        const Place &place = places.at(row);
        auto *item
            = new QStandardItem(place.displayName.isEmpty() ? place.name : place.displayName);
        item->setData(row, RowRole);
        item->setToolTip(u"%1, %2"_s.arg(place.coordinate.latitude(), 0, 'f', 4)
                             .arg(place.coordinate.longitude(), 0, 'f', 4));
        m_resultModel->appendRow(item);
    }
}

void PlaceSearchField::showResults(const QList<Place> &places)
{
    m_searching = false;
    const QString typed = text().simplified();
    if (places.isEmpty()) {
        // Nothing found: say so, and offer the cities the words were probably meant to be.
        const QList<Place> close
            = m_cities ? citiesFor(m_cities->closeTo(typed, MaxSuggestions)) : QList<Place>();
        fillPopup(close,
            close.isEmpty()
                ? tr("No place found for “%1”. Check the spelling, or add the country.").arg(typed)
                : tr("No place found for “%1”. Did you mean:").arg(typed));
    } else {
        fillPopup(places);
    }
    setToolTip(tr("Type a place and press Enter to search for it"));
    openPopup();
    if (!places.isEmpty())
        m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void PlaceSearchField::addNote(const QString &note)
{
    auto *item = new QStandardItem(note);
    item->setData(-1, RowRole);
    item->setFlags(Qt::ItemIsEnabled);
    item->setToolTip(note);
    m_resultModel->appendRow(item);
}

void PlaceSearchField::showError(const QString &message)
{
    m_searching = false;
    m_results.clear();
    m_resultModel->clear();
    addNote(message);
    openPopup();
}

void PlaceSearchField::openPopup()
{
    // Under the field, wide enough for its longest line ("Springfield, Illinois, United
    // States"), up to 64 characters.
    const QFontMetrics metrics = m_completer->popup()->fontMetrics();
    int widest = 0;
    for (int row = 0; row < m_resultModel->rowCount(); ++row)
        widest = std::max(widest, metrics.horizontalAdvance(m_resultModel->item(row)->text()));
    const int margins = 4 * metrics.averageCharWidth()
        + m_completer->popup()->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int wanted = std::min(widest + margins, metrics.averageCharWidth() * 64);
    m_completer->complete(QRect(0, 0, std::max(width(), wanted), height()));
}

void PlaceSearchField::choose(int row)
{
    if (row < 0 || row >= m_results.size())
        return; // the "nothing found" line
    const Place place = m_results.at(row);
    setText(place.name.isEmpty() ? place.displayName : place.name);
    emit placeChosen(place);
}

} // namespace gig
