#include "ui/myartistsdialog.h"

#include "models/myartists.h"
#include "models/myartistsmodel.h"
#include "models/textfold.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

// Keeps the rows whose name or MBID holds every word of the search, without case and accents.
class SearchProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setWords(const QString &text)
    {
        m_words = foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QString text
            = sourceModel()->index(row, 0, parent).data(MyArtistsModel::SearchTextRole).toString();
        return std::all_of(m_words.cbegin(), m_words.cend(),
            [&text](const QString &word) { return text.contains(word); });
    }

private:
    QStringList m_words;
};

} // namespace

MyArtistsDialog::MyArtistsDialog(MyArtists *artists, const GigStore *store, QWidget *parent)
    : QDialog(parent)
    , m_artists(artists)
    , m_model(new MyArtistsModel(artists, store, this))
    , m_searchProxy(new SearchProxy(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_addField(new QLineEdit(this))
    , m_addButton(new QPushButton(tr("&Add"), this))
    , m_removeButton(new QPushButton(tr("&Remove"), this))
    , m_importButton(new QPushButton(tr("&Import from music folder…"), this))
    , m_listenBrainzUser(new QLineEdit(this))
    , m_listenBrainzButton(new QPushButton(tr("Import from &ListenBrainz"), this))
    , m_lastFmUser(new QLineEdit(this))
    , m_lastFmButton(new QPushButton(tr("Import from Last.f&m"), this))
    , m_cancelButton(new QPushButton(tr("&Cancel import"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    Q_ASSERT(artists);
    setObjectName(u"myArtistsDialog"_s);
    setWindowTitle(tr("My Artists"));

    m_search->setObjectName(u"myArtistsSearch"_s);
    m_search->setAccessibleName(tr("Search my artists"));
    m_search->setPlaceholderText(tr("Search my artists"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this,
        [this](const QString &text) { static_cast<SearchProxy *>(m_searchProxy)->setWords(text); });

    m_searchProxy->setSourceModel(m_model);
    m_searchProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(u"myArtistsTable"_s);
    m_table->setAccessibleName(tr("My artists"));
    m_table->setAccessibleDescription(
        tr("The artists whose gigs gigmap marks, each with where it came from."));
    m_table->setModel(m_searchProxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the order they were added, until asked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(
        MyArtistsModel::NameColumn, QHeaderView::Stretch);
    // One line per artist: the next gig's date and place are read whole.
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(
        MyArtistsModel::NextGigColumn, QHeaderView::ResizeToContents);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MyArtistsDialog::updateButtons);
    connect(m_searchProxy, &QAbstractItemModel::modelReset, this, &MyArtistsDialog::updateButtons);

    m_addField->setObjectName(u"myArtistsAdd"_s);
    m_addField->setAccessibleName(tr("Artist to add"));
    m_addField->setPlaceholderText(tr("An artist's name or MusicBrainz id"));
    m_addButton->setObjectName(u"myArtistsAddButton"_s);
    connect(m_addField, &QLineEdit::returnPressed, this, &MyArtistsDialog::addFromField);
    connect(m_addField, &QLineEdit::textChanged, this, &MyArtistsDialog::updateButtons);
    connect(m_addButton, &QPushButton::clicked, this, &MyArtistsDialog::addFromField);

    m_removeButton->setObjectName(u"myArtistsRemove"_s);
    connect(m_removeButton, &QPushButton::clicked, this, &MyArtistsDialog::removeSelected);
    m_importButton->setObjectName(u"myArtistsImport"_s);
    m_importButton->setToolTip(
        tr("Follow the artists named in the tags of the music files in a folder"));
    connect(m_importButton, &QPushButton::clicked, this, &MyArtistsDialog::chooseFolder);
    m_listenBrainzUser->setObjectName(u"myArtistsListenBrainzUser"_s);
    m_listenBrainzUser->setAccessibleName(tr("ListenBrainz user name"));
    m_listenBrainzUser->setPlaceholderText(tr("A ListenBrainz user name"));
    m_listenBrainzButton->setObjectName(u"myArtistsListenBrainz"_s);
    m_listenBrainzButton->setToolTip(
        tr("Follow the artists this ListenBrainz user listened to most (public statistics)"));
    m_lastFmUser->setObjectName(u"myArtistsLastFmUser"_s);
    m_lastFmUser->setAccessibleName(tr("Last.fm user name"));
    m_lastFmUser->setPlaceholderText(tr("A Last.fm user name"));
    m_lastFmButton->setObjectName(u"myArtistsLastFm"_s);
    m_lastFmButton->setToolTip(tr("Follow the artists this Last.fm user played most (needs the "
                                  "Last.fm API key in Settings)"));
    connect(m_lastFmUser, &QLineEdit::textChanged, this, &MyArtistsDialog::updateButtons);
    connect(m_lastFmUser, &QLineEdit::returnPressed, this,
        [this] { startLastFmImport(m_lastFmUser->text()); });
    connect(m_lastFmButton, &QPushButton::clicked, this,
        [this] { startLastFmImport(m_lastFmUser->text()); });
    connect(m_listenBrainzUser, &QLineEdit::textChanged, this, &MyArtistsDialog::updateButtons);
    connect(m_listenBrainzUser, &QLineEdit::returnPressed, this,
        [this] { startListenBrainzImport(m_listenBrainzUser->text()); });
    connect(m_listenBrainzButton, &QPushButton::clicked, this,
        [this] { startListenBrainzImport(m_listenBrainzUser->text()); });
    m_cancelButton->setObjectName(u"myArtistsCancelImport"_s);
    connect(m_cancelButton, &QPushButton::clicked, this, &MyArtistsDialog::importCancelRequested);
    m_progress->setObjectName(u"myArtistsProgress"_s);
    m_status->setObjectName(u"myArtistsStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addField, 1);
    addRow->addWidget(m_addButton);
    auto *listenBrainzRow = new QHBoxLayout;
    listenBrainzRow->addWidget(m_listenBrainzUser, 1);
    listenBrainzRow->addWidget(m_listenBrainzButton);
    auto *lastFmRow = new QHBoxLayout;
    lastFmRow->addWidget(m_lastFmUser, 1);
    lastFmRow->addWidget(m_lastFmButton);
    auto *importRow = new QHBoxLayout;
    importRow->addWidget(m_importButton);
    importRow->addWidget(m_progress, 1);
    importRow->addWidget(m_cancelButton);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addLayout(listButtons);
    layout->addLayout(addRow);
    layout->addLayout(listenBrainzRow);
    layout->addLayout(lastFmRow);
    layout->addLayout(importRow);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    setImporting(false);
    updateButtons();
    resize(860, 480);
}

void MyArtistsDialog::setMusicFolder(const QString &folder)
{
    m_musicFolder = folder;
}

QString MyArtistsDialog::statusText() const
{
    return m_status->text();
}

void MyArtistsDialog::chooseFolder()
{
    auto *dialog = new QFileDialog(this, tr("Import from music folder"), m_musicFolder);
    dialog->setObjectName(u"myArtistsFolderDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, &MyArtistsDialog::startImport);
    dialog->open();
}

void MyArtistsDialog::startImport(const QString &folder)
{
    if (folder.isEmpty())
        return;
    m_musicFolder = folder;
    setImporting(true);
    m_progress->setRange(0, 0); // busy until the files are counted
    m_status->setText(tr("Reading the music files in %1…").arg(QDir::toNativeSeparators(folder)));
    emit importRequested(folder);
}

void MyArtistsDialog::startListenBrainzImport(const QString &user)
{
    const QString name = user.trimmed();
    if (name.isEmpty() || !m_importButton->isEnabled())
        return;
    setImporting(true);
    m_progress->setRange(0, 0); // one answer: busy until it comes
    m_status->setText(tr("Asking ListenBrainz for the artists %1 listened to most…").arg(name));
    emit listenBrainzImportRequested(name);
}

void MyArtistsDialog::startLastFmImport(const QString &user)
{
    const QString name = user.trimmed();
    if (name.isEmpty() || !m_importButton->isEnabled())
        return;
    setImporting(true);
    m_progress->setRange(0, 0); // a few pages: busy until they come
    m_status->setText(tr("Asking Last.fm for the artists %1 played most…").arg(name));
    emit lastFmImportRequested(name);
}

void MyArtistsDialog::showImportProgress(qsizetype done, qsizetype total)
{
    if (total <= 0)
        return;
    m_progress->setRange(0, int(total));
    m_progress->setValue(int(done));
    m_progress->setFormat(tr("%1 of %2 files").arg(done).arg(total));
}

void MyArtistsDialog::showImportFinished(const QString &text)
{
    setImporting(false);
    m_status->setText(text);
}

void MyArtistsDialog::setImporting(bool importing)
{
    m_importButton->setEnabled(!importing);
    m_listenBrainzButton->setEnabled(!importing && !m_listenBrainzUser->text().trimmed().isEmpty());
    m_lastFmButton->setEnabled(!importing && !m_lastFmUser->text().trimmed().isEmpty());
    m_cancelButton->setVisible(importing);
    m_progress->setVisible(importing);
}

void MyArtistsDialog::removeSelected()
{
    QList<FollowedArtist> chosen;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        chosen.append(m_model->artistAt(m_searchProxy->mapToSource(index).row()));
    if (chosen.isEmpty())
        return;
    const qsizetype removed = m_artists->removeEntries(chosen);
    m_status->setText(tr("Removed %n artist(s) from my artists.", nullptr, int(removed)));
}

void MyArtistsDialog::addFromField()
{
    const QString text = m_addField->text().trimmed();
    if (text.isEmpty())
        return;
    FollowedArtist artist;
    artist.origin = ArtistOrigin::ByHand;
    artist.addedAt = QDateTime::currentDateTimeUtc();
    if (!isMbid(text, &artist.mbid))
        artist.name = text;
    if (m_artists->add(artist)) {
        m_status->setText(tr("%1 is one of my artists now.").arg(text));
        m_addField->clear();
    } else {
        m_status->setText(tr("%1 is one of my artists already.").arg(text));
    }
}

void MyArtistsDialog::updateButtons()
{
    m_removeButton->setEnabled(m_table->selectionModel()->hasSelection());
    m_addButton->setEnabled(!m_addField->text().trimmed().isEmpty());
    m_listenBrainzButton->setEnabled(
        m_importButton->isEnabled() && !m_listenBrainzUser->text().trimmed().isEmpty());
    m_lastFmButton->setEnabled(
        m_importButton->isEnabled() && !m_lastFmUser->text().trimmed().isEmpty());
}

} // namespace gig
