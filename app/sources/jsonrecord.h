// Reads one record of a service's JSON answer defensively: a missing or wrongly typed field is
// noted with the reason, nothing throws or asserts on any input.
#pragma once

#include "app/sources/sourceerror.h"

#include <QDate>
#include <QGeoCoordinate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QTime>
#include <QUrl>
#include <optional>

namespace gig {

class JsonRecord
{
public:
    explicit JsonRecord(const QJsonValue &value);

    bool isObject() const { return m_isObject; }

    // The value at a dotted path ("dates.start.localDate"); Undefined when a step is missing or
    // is not an object.
    QJsonValue value(QStringView path) const;

    // Required fields: absent, null, empty or of another type records a failure (the first one is
    // kept) and gives an empty value.
    QString string(QStringView path);
    qint64 integer(QStringView path); // a JSON integer, or a string of decimal digits
    QDate date(QStringView path); // a "YYYY-MM-DD" string

    // Optional fields: absent or null gives nothing; another type gives nothing and a note.
    std::optional<QString> optionalString(QStringView path);
    std::optional<qint64> optionalInteger(QStringView path);
    std::optional<double> optionalNumber(QStringView path); // a finite number or numeric string
    std::optional<QTime> optionalTime(QStringView path); // an "HH:mm[:ss]" string
    std::optional<bool> optionalBool(QStringView path); // true or false
    QJsonArray optionalArray(QStringView path);
    QJsonObject optionalObject(QStringView path);
    // A coordinate from two optional number fields (numbers or numeric strings); invalid when
    // either is absent or out of range (out of range is noted).
    QGeoCoordinate optionalCoordinate(QStringView latitudePath, QStringView longitudePath);

    bool ok() const { return m_failure.isEmpty(); }
    QString failure() const { return m_failure; }
    // Optional fields that were present but unusable, one sentence each.
    const QStringList &notes() const { return m_notes; }

    // A JSON integer (or a string of decimal digits) that fits a double exactly.
    static std::optional<qint64> toInteger(const QJsonValue &value);
    // A finite JSON number or a string holding one.
    static std::optional<double> toNumber(const QJsonValue &value);
    // A name for the JSON type of `value` ("a string", "null", …) for messages.
    static QString typeName(const QJsonValue &value);

private:
    void fail(const QString &reason);
    void note(QStringView path, const QJsonValue &value, QStringView expected);

    QJsonObject m_object;
    bool m_isObject = false;
    QString m_failure;
    QStringList m_notes;
};

// The top of a JSON answer, or why the body is not JSON (a BadResponse error).
struct JsonBody
{
    QJsonDocument document;
    std::optional<SourceError> error;
};
JsonBody readJsonBody(const QByteArray &body);

// Reads a service's own error message from an answer's top object; empty when it holds none.
using ServiceMessageReader = QString (*)(const QJsonObject &root);
// The service's message in an error body; empty when the body is not a JSON object or says none.
QString serviceMessageIn(const QByteArray &body, ServiceMessageReader serviceMessage);
// The top object of an answer into `root`, or the error to report: the body is not JSON, not an
// object, or the service's own error (a ServiceError with its message).
std::optional<SourceError> readAnswerObject(
    const QByteArray &body, ServiceMessageReader serviceMessage, QJsonObject *root);

// A MusicBrainz id in its canonical lower-case form; empty when `text` is not a UUID.
QString normalizedMbid(QStringView text);

// An http(s) address from an optional text field, fully encoded; empty (and noted) when it is
// not one.
QString webUrl(const std::optional<QString> &text, QStringView field, QStringList *notes);

// Logs what a parser left out or ignored (category gigmap.sources) and keeps it in `skipped`.
void logSkipped(QStringView service, QStringList *skipped, const QString &reason);

// The artists of a listening history's list (ListenBrainz, Last.fm): `read` fills one from its
// record; an entry the record cannot read, or with neither a name nor an MBID, is skipped and
// logged. `Artist` has `name` and `mbid`.
template<typename Artist, typename Read>
QList<Artist> readListenedArtists(
    const QJsonArray &list, QStringView service, QStringList *skipped, Read read)
{
    using namespace Qt::StringLiterals;
    QList<Artist> artists;
    for (qsizetype i = 0; i < list.size(); ++i) {
        JsonRecord record(list.at(i));
        const Artist artist = read(record);
        if (!record.ok()) {
            logSkipped(service, skipped, u"artist #%1: %2"_s.arg(i).arg(record.failure()));
            continue;
        }
        if (artist.name.isEmpty() && artist.mbid.isEmpty()) {
            logSkipped(service, skipped, u"artist #%1 has neither a name nor an MBID"_s.arg(i));
            continue;
        }
        artists.append(artist);
    }
    return artists;
}
void logNotes(QStringView service, QStringView record, const QStringList &notes);

// Turns an unusable body into the parser's error, with a short description of what came.
SourceError badResponse(const QString &reason);

} // namespace gig
