// Connects the window's "my artists" controls to the engine's imports: the dialog's import and
// cancel reach MusicLibraryImport or ListenBrainzImport, their progress and summary come back.
#pragma once

#include <QObject>
#include <QUrl>
#include <functional>

namespace gig {

class ListenBrainzImport;
class MusicLibraryImport;
class MyArtistsControls;

class MyArtistsBinding final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyArtistsBinding)

public:
    // Neither is owned; both must outlive the binding. The dialog starts at the music folder.
    // `listenBrainzRoot` says where ListenBrainz is asked (the real service, or the demo's).
    MyArtistsBinding(MyArtistsControls *controls, MusicLibraryImport *import,
        ListenBrainzImport *listenBrainz, std::function<QUrl()> listenBrainzRoot,
        QObject *parent = nullptr);

private:
    void startImport(const QString &folder);
    void startListenBrainzImport(const QString &user);
    bool isImporting() const;

    MyArtistsControls *m_controls;
    MusicLibraryImport *m_import;
    ListenBrainzImport *m_listenBrainz;
    std::function<QUrl()> m_listenBrainzRoot;
};

} // namespace gig
