// Connects the window's "my artists" controls to the engine's imports: the dialog's import and
// cancel reach MusicLibraryImport or ListenBrainzImport, their progress and summary come back.
#pragma once

#include <QObject>
#include <QUrl>
#include <functional>

namespace gig {

class LastFmImport;
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

    // The dialog's Last.fm import: `root` says where Last.fm is asked, `key` gives the key the
    // person entered in Settings (kept in the keyring). Not owned; must outlive the binding.
    void setLastFm(LastFmImport *import, std::function<QUrl()> root, std::function<QString()> key);

private:
    void startLastFmImport(const QString &user);
    void startImport(const QString &folder);
    void startListenBrainzImport(const QString &user);
    bool isImporting() const;

    MyArtistsControls *m_controls;
    MusicLibraryImport *m_import;
    ListenBrainzImport *m_listenBrainz;
    std::function<QUrl()> m_listenBrainzRoot;
    LastFmImport *m_lastFm = nullptr;
    std::function<QUrl()> m_lastFmRoot;
    std::function<QString()> m_lastFmKey;
};

} // namespace gig
