// The lineup's latest release with its front cover: a small square before the title, the cover
// once it is had, a neutral placeholder (the palette's colours, light or dark) until then or when
// there is none.
#pragma once

#include <QCache>
#include <QImage>
#include <QPointer>
#include <QStyledItemDelegate>

namespace gig {

class CoverImages;

class CoverDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverDelegate)

public:
    // `covers` is not owned. `releaseIdRole` gives a row's release group MBID.
    CoverDelegate(CoverImages *covers, int releaseIdRole, QObject *parent = nullptr);

    // The side of the cover square in a row of `rowHeight` pixels.
    static int coverSide(int rowHeight) { return rowHeight - 4; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // The cover scaled to `side`, decoded once; a null image when it is not had.
    QImage scaledCover(const QString &releaseGroupMbid, int side) const;
    static void paintPlaceholder(QPainter *painter, const QRect &square, const QPalette &palette);

    QPointer<CoverImages> m_covers;
    int m_releaseIdRole;
    mutable QCache<QString, QImage> m_scaled { 64 };
};

} // namespace gig
