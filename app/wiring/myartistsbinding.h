// Connects the window's "my artists" controls to the engine's music library import: the
// dialog's import and cancel reach MusicLibraryImport, its progress and summary come back.
#pragma once

#include <QObject>

namespace gig {

class MusicLibraryImport;
class MyArtistsControls;

class MyArtistsBinding final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyArtistsBinding)

public:
    // Neither is owned; both must outlive the binding. The dialog starts at the music folder.
    MyArtistsBinding(
        MyArtistsControls *controls, MusicLibraryImport *import, QObject *parent = nullptr);

private:
    void startImport(const QString &folder);

    MyArtistsControls *m_controls;
    MusicLibraryImport *m_import;
};

} // namespace gig
