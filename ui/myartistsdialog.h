// "My Artists": the followed artists with a search, where each came from and when, removing
// some, adding one by name or MusicBrainz id, and importing from a music folder or a ListenBrainz
// user's statistics with a progress bar and Cancel. The import itself runs in the engine: the
// dialog asks with importRequested() and shows what it is told.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace gig {

class GigStore;
class MyArtists;
class MyArtistsModel;

class MyArtistsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyArtistsDialog)

public:
    // `artists` is not owned and must outlive the dialog.
    // `store` (may be null) gives each artist's next gig; neither is owned.
    explicit MyArtistsDialog(
        MyArtists *artists, const GigStore *store = nullptr, QWidget *parent = nullptr);

    // The folder the import starts from (default: the person's music folder).
    void setMusicFolder(const QString &folder);
    QString musicFolder() const { return m_musicFolder; }

    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    QLineEdit *addField() const { return m_addField; }
    QLineEdit *listenBrainzField() const { return m_listenBrainzUser; }
    QLineEdit *lastFmField() const { return m_lastFmUser; }
    QProgressBar *progressBar() const { return m_progress; }
    QString statusText() const;

public slots:
    // Asks for an import of `folder` (importRequested()) and shows the progress bar.
    void startImport(const QString &folder);
    // Asks for an import of this ListenBrainz user's artists (listenBrainzImportRequested()).
    void startListenBrainzImport(const QString &user);
    // Asks for an import of this Last.fm user's artists (lastFmImportRequested()).
    void startLastFmImport(const QString &user);
    void showImportProgress(qsizetype done, qsizetype total);
    // The import ended; `text` says how (LibraryImportSummary::text()).
    void showImportFinished(const QString &text);
    void removeSelected();
    // Follows what the add field names: an MBID, or else a name.
    void addFromField();

signals:
    void importRequested(const QString &folder);
    void listenBrainzImportRequested(const QString &user);
    void lastFmImportRequested(const QString &user);
    void importCancelRequested();

private:
    void chooseFolder();
    void setImporting(bool importing);
    void updateButtons();

    MyArtists *m_artists;
    MyArtistsModel *m_model;
    QSortFilterProxyModel *m_searchProxy;
    QString m_musicFolder;
    QLineEdit *m_search;
    QTableView *m_table;
    QLineEdit *m_addField;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_importButton;
    QLineEdit *m_listenBrainzUser;
    QPushButton *m_listenBrainzButton;
    QLineEdit *m_lastFmUser;
    QPushButton *m_lastFmButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_status;
};

} // namespace gig
