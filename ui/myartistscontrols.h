// Puts "my artists" into the main window without the window knowing them: the mine mark and the
// "Only my artists" filter of the gig table, Follow/Unfollow in the lineup's context menu, and
// the "My Artists…" dialog in an Artists menu.
#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace gig {

class LineupFollowMenu;
class MainWindow;
class MyArtists;
class MyArtistsDialog;

class MyArtistsControls final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyArtistsControls)

public:
    // Neither is owned; both must outlive this object, which the window owns.
    MyArtistsControls(MainWindow *window, MyArtists *artists);

    QAction *dialogAction() const { return m_dialogAction; }
    LineupFollowMenu *lineupMenu() const { return m_lineupMenu; }
    MyArtistsDialog *dialog() const; // nullptr until first opened

    // The folder the dialog's import starts from.
    void setMusicFolder(const QString &folder);

public slots:
    // Opens the dialog (not blocking) and returns it; one dialog at a time.
    MyArtistsDialog *openDialog();
    void showImportProgress(qsizetype done, qsizetype total);
    void showImportFinished(const QString &text);

signals:
    void importRequested(const QString &folder);
    void listenBrainzImportRequested(const QString &user);
    void lastFmImportRequested(const QString &user);
    void importCancelRequested();

private:
    MainWindow *m_window;
    MyArtists *m_artists;
    LineupFollowMenu *m_lineupMenu;
    QAction *m_dialogAction;
    QPointer<MyArtistsDialog> m_dialog;
    QString m_musicFolder;
};

} // namespace gig
