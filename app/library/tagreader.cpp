#include "app/library/tagreader.h"

#include "models/followedartist.h"

#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <fileref.h>
#include <tdebuglistener.h>
#include <tfile.h>
#include <tpropertymap.h>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

Q_LOGGING_CATEGORY(lcTags, "gigmap.library.tags")

// TagLib's complaints about odd files go to gigmap's log (debug), not to the terminal.
class QuietTagLib final : public TagLib::DebugListener
{
public:
    void printMessage(const TagLib::String &message) override
    {
        qCDebug(lcTags).noquote() << QString::fromStdString(message.to8Bit(true)).trimmed();
    }
};

void silenceTagLib()
{
    static QuietTagLib listener;
    static const bool set = [] {
        TagLib::setDebugListener(&listener);
        return true;
    }();
    Q_UNUSED(set);
}

const QString variousArtistsMbid = u"89ad4ac3-39f7-470e-963a-56509c546377"_s;

QStringList trimmedValues(const QStringList &values)
{
    QStringList kept;
    for (const QString &value : values) {
        const QString trimmed = value.trimmed();
        if (!trimmed.isEmpty())
            kept.append(trimmed);
    }
    return kept;
}

QStringList splitEach(const QStringList &values, const QRegularExpression &separator)
{
    QStringList parts;
    for (const QString &value : values)
        parts += trimmedValues(value.split(separator));
    return parts;
}

QStringList mbidsIn(const QStringList &values)
{
    static const QRegularExpression separator(u"[/;]"_s);
    QStringList mbids;
    for (const QString &part : splitEach(values, separator)) {
        QString mbid;
        if (isMbid(part, &mbid) && !mbids.contains(mbid))
            mbids.append(mbid);
    }
    return mbids;
}

// The names to pair with `count` ids: the multi-valued names tag, else the display tag, split at
// ';' or '/' when one whole name stands for several ids.
QStringList namesFor(
    const QStringList &multiNames, const QStringList &displayNames, qsizetype count)
{
    QStringList names = trimmedValues(multiNames);
    if (names.isEmpty())
        names = trimmedValues(displayNames);
    if (count <= 1 || names.size() == count)
        return names;
    for (const QString &pattern : { u";"_s, u"/"_s }) {
        const QStringList split
            = splitEach(names, QRegularExpression(QRegularExpression::escape(pattern)));
        if (split.size() == count)
            return split;
    }
    return names;
}

void pairInto(QList<TaggedArtist> &artists, const QStringList &multiNames,
    const QStringList &displayNames, const QStringList &idValues)
{
    const QStringList mbids = mbidsIn(idValues);
    const QStringList names = namesFor(multiNames, displayNames, mbids.size());
    QList<TaggedArtist> found;
    if (mbids.isEmpty()) {
        for (const QString &name : names)
            found.append({ name, QString() });
    } else if (names.size() == mbids.size()) {
        for (qsizetype i = 0; i < names.size(); ++i)
            found.append({ names.at(i), mbids.at(i) });
    } else {
        for (const QString &name : names)
            found.append({ name, QString() });
        for (const QString &mbid : mbids)
            found.append({ QString(), mbid });
    }
    for (const TaggedArtist &artist : std::as_const(found)) {
        if (artist.mbid == variousArtistsMbid
            || artist.name.compare(u"Various Artists"_s, Qt::CaseInsensitive) == 0)
            continue;
        const bool known
            = std::any_of(artists.cbegin(), artists.cend(), [&](const TaggedArtist &a) {
                  return artist.mbid.isEmpty() ? (a.mbid.isEmpty() && a.name == artist.name)
                                               : a.mbid == artist.mbid;
              });
        if (!known)
            artists.append(artist);
    }
}

QStringList toStringList(const TagLib::StringList &values)
{
    QStringList list;
    list.reserve(int(values.size()));
    for (const TagLib::String &value : values)
        list.append(QString::fromStdString(value.to8Bit(true)));
    return list;
}

} // namespace

bool TagReader::isMusicFileName(const QString &fileName)
{
    static const QSet<QString> suffixes { u"mp3"_s, u"flac"_s, u"ogg"_s, u"oga"_s, u"opus"_s,
        u"spx"_s, u"m4a"_s, u"m4b"_s, u"mp4"_s, u"aac"_s, u"wma"_s, u"asf"_s, u"ape"_s, u"wv"_s,
        u"mpc"_s, u"aif"_s, u"aiff"_s, u"wav"_s, u"tta"_s, u"dsf"_s };
    const qsizetype dot = fileName.lastIndexOf(u'.');
    if (dot < 0)
        return false;
    return suffixes.contains(fileName.mid(dot + 1).toLower());
}

QList<TaggedArtist> TagReader::artistsFromTags(const QMap<QString, QStringList> &tags)
{
    QList<TaggedArtist> artists;
    pairInto(artists, tags.value(u"ARTISTS"_s), tags.value(u"ARTIST"_s),
        tags.value(u"MUSICBRAINZ_ARTISTID"_s));
    pairInto(artists, tags.value(u"ALBUMARTISTS"_s), tags.value(u"ALBUMARTIST"_s),
        tags.value(u"MUSICBRAINZ_ALBUMARTISTID"_s));
    return artists;
}

std::optional<QList<TaggedArtist>> TagReader::read(const QString &path)
{
    silenceTagLib();
    const QByteArray encoded = QFile::encodeName(path);
    // Audio properties are read too (quickly): a file in which TagLib finds no audio stream (no
    // sample rate: an MP3 without one MPEG frame, say) is broken, whatever tags it may hold.
    TagLib::FileRef ref(encoded.constData(), true, TagLib::AudioProperties::Fast);
    if (ref.isNull() || !ref.file() || !ref.file()->isValid() || !ref.audioProperties()
        || ref.audioProperties()->sampleRate() <= 0)
        return std::nullopt;
    const TagLib::PropertyMap properties = ref.file()->properties();
    QMap<QString, QStringList> tags;
    for (const char *key : { "ARTIST", "ARTISTS", "MUSICBRAINZ_ARTISTID", "ALBUMARTIST",
             "ALBUMARTISTS", "MUSICBRAINZ_ALBUMARTISTID" }) {
        const auto found = properties.find(key);
        if (found != properties.end())
            tags.insert(QString::fromLatin1(key), toStringList(found->second));
    }
    return artistsFromTags(tags);
}

} // namespace gig
