// The window's covers, fetched: a cover the lineup wants is asked of the Cover Art Archive (at the
// root the settings give now), and what comes back is handed to the window.
#pragma once

#include <QObject>
#include <QUrl>
#include <functional>

namespace gig {

class CoverArtFetcher;
class CoverImages;

class CoverArtBinding final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverArtBinding)

public:
    // Neither is owned; both must outlive the binding. `root` gives the service root at each ask.
    CoverArtBinding(CoverImages *covers, CoverArtFetcher *fetcher, std::function<QUrl()> root,
        QObject *parent = nullptr);
};

} // namespace gig
