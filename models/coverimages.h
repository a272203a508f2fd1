// The front covers of the release groups the window shows, as far as they are known: the lineup
// asks for the ones it draws, the app fetches them (app/covers) and hands them in here.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

namespace gig {

class CoverImages final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverImages)

public:
    enum class State { Unknown, Wanted, Shown, None };

    explicit CoverImages(QObject *parent = nullptr);

    State state(const QString &releaseGroupMbid) const;
    // The cover as the server sent it (PNG, JPEG…; the window decodes it); empty unless Shown.
    QByteArray cover(const QString &releaseGroupMbid) const;

    // Asks for the cover of `releaseGroupMbid` unless it is known or already asked for: wanted()
    // once, and the state is Wanted until setCover() or setNone().
    void want(const QString &releaseGroupMbid);
    void setCover(const QString &releaseGroupMbid, const QByteArray &cover);
    // No cover: none exists, or it cannot be had now (a placeholder stands in). A later want()
    // asks again only after forget().
    void setNone(const QString &releaseGroupMbid);
    // Forgets every cover that could not be had, so the next look asks again.
    void forgetNone();

signals:
    void wanted(const QString &releaseGroupMbid);
    void changed(const QString &releaseGroupMbid);

private:
    QHash<QString, State> m_states;
    QHash<QString, QByteArray> m_covers;
};

} // namespace gig
