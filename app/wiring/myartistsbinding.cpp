#include "app/wiring/myartistsbinding.h"

#include "app/library/musiclibraryimport.h"
#include "ui/myartistscontrols.h"

namespace gig {

MyArtistsBinding::MyArtistsBinding(
    MyArtistsControls *controls, MusicLibraryImport *import, QObject *parent)
    : QObject(parent)
    , m_controls(controls)
    , m_import(import)
{
    Q_ASSERT(controls && import);
    controls->setMusicFolder(MusicLibraryImport::defaultFolder());
    connect(controls, &MyArtistsControls::importRequested, this, &MyArtistsBinding::startImport);
    connect(
        controls, &MyArtistsControls::importCancelRequested, import, &MusicLibraryImport::cancel);
    connect(
        import, &MusicLibraryImport::progressed, controls, &MyArtistsControls::showImportProgress);
    connect(import, &MusicLibraryImport::finished, controls,
        [controls](
            const LibraryImportSummary &summary) { controls->showImportFinished(summary.text()); });
}

void MyArtistsBinding::startImport(const QString &folder)
{
    if (m_import->isRunning()) {
        m_controls->showImportFinished(
            tr("An import is running already; wait for it or cancel it first."));
        return;
    }
    if (!m_import->start({ folder }))
        m_controls->showImportFinished(tr("Choose a folder to import from."));
}

} // namespace gig
