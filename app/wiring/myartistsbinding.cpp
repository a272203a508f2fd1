#include "app/wiring/myartistsbinding.h"

#include "app/library/lastfmimport.h"
#include "app/library/listenbrainzimport.h"
#include "app/library/musiclibraryimport.h"
#include "ui/myartistscontrols.h"

namespace gig {

MyArtistsBinding::MyArtistsBinding(MyArtistsControls *controls, MusicLibraryImport *import,
    ListenBrainzImport *listenBrainz, std::function<QUrl()> listenBrainzRoot, QObject *parent)
    : QObject(parent)
    , m_controls(controls)
    , m_import(import)
    , m_listenBrainz(listenBrainz)
    , m_listenBrainzRoot(std::move(listenBrainzRoot))
{
    Q_ASSERT(controls && import && listenBrainz && m_listenBrainzRoot);
    controls->setMusicFolder(MusicLibraryImport::defaultFolder());
    connect(controls, &MyArtistsControls::importRequested, this, &MyArtistsBinding::startImport);
    connect(controls, &MyArtistsControls::listenBrainzImportRequested, this,
        &MyArtistsBinding::startListenBrainzImport);
    connect(controls, &MyArtistsControls::importCancelRequested, this, [this] {
        m_import->cancel();
        m_listenBrainz->cancel();
    });
    connect(listenBrainz, &ListenBrainzImport::finished, controls,
        [controls](const ListenBrainzImportResult &result) {
            controls->showImportFinished(result.text());
        });
    connect(
        import, &MusicLibraryImport::progressed, controls, &MyArtistsControls::showImportProgress);
    connect(import, &MusicLibraryImport::finished, controls,
        [controls](
            const LibraryImportSummary &summary) { controls->showImportFinished(summary.text()); });
}

bool MyArtistsBinding::isImporting() const
{
    return m_import->isRunning() || m_listenBrainz->isRunning()
        || (m_lastFm && m_lastFm->isRunning());
}

void MyArtistsBinding::startListenBrainzImport(const QString &user)
{
    if (isImporting()) {
        m_controls->showImportFinished(
            tr("An import is running already; wait for it or cancel it first."));
        return;
    }
    if (!m_listenBrainz->start(user, m_listenBrainzRoot()))
        m_controls->showImportFinished(tr("Give a ListenBrainz user name to import from."));
}

void MyArtistsBinding::setLastFm(
    LastFmImport *import, std::function<QUrl()> root, std::function<QString()> key)
{
    Q_ASSERT(import && root && key);
    m_lastFm = import;
    m_lastFmRoot = std::move(root);
    m_lastFmKey = std::move(key);
    connect(m_controls, &MyArtistsControls::lastFmImportRequested, this,
        &MyArtistsBinding::startLastFmImport);
    connect(m_controls, &MyArtistsControls::importCancelRequested, import, &LastFmImport::cancel);
    connect(import, &LastFmImport::finished, m_controls,
        [controls = m_controls](
            const LastFmImportResult &result) { controls->showImportFinished(result.text()); });
}

void MyArtistsBinding::startLastFmImport(const QString &user)
{
    if (!m_lastFm) {
        m_controls->showImportFinished(tr("Importing from Last.fm is not available here."));
        return;
    }
    if (isImporting()) {
        m_controls->showImportFinished(
            tr("An import is running already; wait for it or cancel it first."));
        return;
    }
    if (!m_lastFm->start(user, m_lastFmKey(), m_lastFmRoot()))
        m_controls->showImportFinished(tr("Give a Last.fm user name to import from."));
}

void MyArtistsBinding::startImport(const QString &folder)
{
    if (isImporting()) {
        m_controls->showImportFinished(
            tr("An import is running already; wait for it or cancel it first."));
        return;
    }
    if (!m_import->start({ folder }))
        m_controls->showImportFinished(tr("Choose a folder to import from."));
}

} // namespace gig
