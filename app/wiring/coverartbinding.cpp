#include "app/wiring/coverartbinding.h"

#include "app/covers/coverartfetcher.h"
#include "models/coverimages.h"

namespace gig {

CoverArtBinding::CoverArtBinding(
    CoverImages *covers, CoverArtFetcher *fetcher, std::function<QUrl()> root, QObject *parent)
    : QObject(parent)
{
    Q_ASSERT(covers && fetcher && root);
    connect(covers, &CoverImages::wanted, fetcher,
        [fetcher, root = std::move(root)](const QString &releaseGroupMbid) {
            fetcher->setRoot(root());
            fetcher->fetch(releaseGroupMbid);
        });
    connect(fetcher, &CoverArtFetcher::coverReady, covers, &CoverImages::setCover);
    connect(fetcher, &CoverArtFetcher::coverMissing, covers, &CoverImages::setNone);
}

} // namespace gig
