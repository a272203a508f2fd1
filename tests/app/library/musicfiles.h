// Writes small music files for the library tests and benchmarks: valid MP3 (MPEG-1 Layer III
// frames), FLAC (STREAMINFO) and Ogg Vorbis (identification, comment and setup headers) made
// byte by byte, then tagged with TagLib the way taggers such as MusicBrainz Picard tag them.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QtEndian>
#include <flacfile.h>
#include <id3v2tag.h>
#include <mpegfile.h>
#include <textidentificationframe.h>
#include <vorbisfile.h>
#include <xiphcomment.h>

namespace gig::testing {

enum class MusicFormat { Mp3, Flac, OggVorbis };

// Tags as a tagger writes them; an empty list writes no such tag.
struct MusicTags
{
    QStringList artist; // ARTIST / TPE1 (several values: several fields or frame strings)
    QStringList artists; // ARTISTS (Picard's multi-valued names)
    QStringList artistIds; // MUSICBRAINZ_ARTISTID / TXXX:MusicBrainz Artist Id
    QStringList albumArtist;
    QStringList albumArtistIds;
};

inline QByteArray mp3Audio(int frames = 8)
{
    // MPEG-1 Layer III, 128 kbit/s, 44.1 kHz, joint stereo, no CRC: 417-byte frames.
    QByteArray frame(417, '\0');
    frame[0] = char(0xff);
    frame[1] = char(0xfb);
    frame[2] = char(0x90);
    frame[3] = char(0x44);
    return frame.repeated(frames);
}

inline QByteArray flacAudio()
{
    QByteArray bytes("fLaC");
    bytes.append(char(0x80)); // last metadata block, type 0: STREAMINFO
    bytes.append(char(0x00));
    bytes.append(char(0x00));
    bytes.append(char(34));
    QByteArray info(34, '\0');
    qToBigEndian<quint16>(4096, info.data()); // min block size
    qToBigEndian<quint16>(4096, info.data() + 2); // max block size
    // bytes 4..9: min and max frame size, unknown (0). Then 20 bits sample rate, 3 bits
    // channels - 1, 5 bits bits per sample - 1, 36 bits total samples.
    const quint64 sampleRate = 44100, channels = 2, bits = 16, samples = 44100;
    const quint64 packed
        = (sampleRate << 44) | ((channels - 1) << 41) | ((bits - 1) << 36) | samples;
    qToBigEndian<quint64>(packed, info.data() + 10);
    // bytes 18..33: MD5 of the audio, unknown (0).
    bytes.append(info);
    // One frame header's worth of sync bytes, so the stream is not empty.
    bytes.append(QByteArray::fromHex("fff8690c0000000000"));
    return bytes;
}

inline quint32 oggCrc(const QByteArray &page)
{
    quint32 crc = 0;
    for (const char byte : page) {
        crc ^= quint32(quint8(byte)) << 24;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x80000000u) ? (crc << 1) ^ 0x04c11db7u : crc << 1;
    }
    return crc;
}

inline QByteArray oggPage(
    const QList<QByteArray> &packets, quint8 flags, qint64 granule, quint32 sequence)
{
    QByteArray page("OggS");
    page.append(char(0)); // version
    page.append(char(flags));
    QByteArray fields(8 + 4 + 4 + 4, '\0');
    qToLittleEndian<qint64>(granule, fields.data());
    qToLittleEndian<quint32>(0x6769676d, fields.data() + 8); // serial number
    qToLittleEndian<quint32>(sequence, fields.data() + 12);
    page.append(fields); // the CRC (last four) is 0 while it is computed
    QByteArray segments;
    QByteArray body;
    for (const QByteArray &packet : packets) {
        qsizetype left = packet.size();
        while (left >= 255) {
            segments.append(char(255));
            left -= 255;
        }
        segments.append(char(left));
        body.append(packet);
    }
    page.append(char(segments.size()));
    page.append(segments);
    page.append(body);
    qToLittleEndian<quint32>(oggCrc(page), page.data() + 22);
    return page;
}

inline QByteArray oggVorbisAudio()
{
    QByteArray identification("\x01vorbis", 7);
    QByteArray fields(23, '\0');
    qToLittleEndian<quint32>(0, fields.data()); // version
    fields[4] = char(2); // channels
    qToLittleEndian<quint32>(44100, fields.data() + 5);
    qToLittleEndian<qint32>(0, fields.data() + 9); // bitrate maximum
    qToLittleEndian<qint32>(128000, fields.data() + 13); // nominal
    qToLittleEndian<qint32>(0, fields.data() + 17); // minimum
    fields[21] = char(0xb8); // block sizes 256 and 2048
    fields[22] = char(1); // framing
    identification.append(fields);

    QByteArray comment("\x03vorbis", 7);
    const QByteArray vendor("gigmap test");
    QByteArray number(4, '\0');
    qToLittleEndian<quint32>(quint32(vendor.size()), number.data());
    comment.append(number).append(vendor);
    qToLittleEndian<quint32>(0, number.data()); // no comments yet
    comment.append(number).append(char(1));
    const QByteArray setup = QByteArray("\x05vorbis", 7) + QByteArray(32, '\x2a');
    const QByteArray audio(64, '\0');
    return oggPage({ identification }, 0x02, 0, 0) + oggPage({ comment, setup }, 0x00, 0, 1)
        + oggPage({ audio }, 0x04, 44100, 2);
}

inline TagLib::String taglibString(const QString &text)
{
    return TagLib::String(text.toStdString(), TagLib::String::UTF8);
}

inline TagLib::StringList taglibStrings(const QStringList &values)
{
    TagLib::StringList list;
    for (const QString &value : values)
        list.append(taglibString(value));
    return list;
}

inline void tagXiph(TagLib::Ogg::XiphComment *comment, const MusicTags &tags)
{
    const auto add = [comment](const char *key, const QStringList &values) {
        for (const QString &value : values)
            comment->addField(key, taglibString(value), false);
    };
    add("ARTIST", tags.artist);
    add("ARTISTS", tags.artists);
    add("MUSICBRAINZ_ARTISTID", tags.artistIds);
    add("ALBUMARTIST", tags.albumArtist);
    add("MUSICBRAINZ_ALBUMARTISTID", tags.albumArtistIds);
}

inline void tagId3v2(TagLib::ID3v2::Tag *tag, const MusicTags &tags)
{
    const auto text = [tag](const char *id, const QStringList &values) {
        if (values.isEmpty())
            return;
        auto *frame = new TagLib::ID3v2::TextIdentificationFrame(id, TagLib::String::UTF8);
        frame->setText(taglibStrings(values));
        tag->addFrame(frame);
    };
    const auto user = [tag](const char *description, const QStringList &values) {
        if (values.isEmpty())
            return;
        auto *frame = new TagLib::ID3v2::UserTextIdentificationFrame(TagLib::String::UTF8);
        frame->setDescription(description);
        frame->setText(taglibStrings(values));
        tag->addFrame(frame);
    };
    text("TPE1", tags.artist);
    text("TPE2", tags.albumArtist);
    user("ARTISTS", tags.artists);
    user("MusicBrainz Artist Id", tags.artistIds);
    user("MusicBrainz Album Artist Id", tags.albumArtistIds);
}

// Writes the file and tags it; false (with a warning) when something failed.
inline bool writeMusicFile(const QString &path, MusicFormat format, const MusicTags &tags)
{
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        const QByteArray audio = format == MusicFormat::Mp3 ? mp3Audio()
            : format == MusicFormat::Flac                   ? flacAudio()
                                                            : oggVorbisAudio();
        if (file.write(audio) != audio.size())
            return false;
    }
    const QByteArray name = QFile::encodeName(path);
    switch (format) {
    case MusicFormat::Mp3: {
        TagLib::MPEG::File file(name.constData());
        if (!file.isValid())
            return false;
        tagId3v2(file.ID3v2Tag(true), tags);
        return file.save(TagLib::MPEG::File::ID3v2, TagLib::File::StripOthers);
    }
    case MusicFormat::Flac: {
        TagLib::FLAC::File file(name.constData());
        if (!file.isValid())
            return false;
        tagXiph(file.xiphComment(true), tags);
        return file.save();
    }
    case MusicFormat::OggVorbis: {
        TagLib::Ogg::Vorbis::File file(name.constData());
        if (!file.isValid())
            return false;
        tagXiph(file.tag(), tags);
        return file.save();
    }
    }
    return false;
}

} // namespace gig::testing
