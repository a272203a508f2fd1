#include "app/sources/jsonrecord.h"

#include "app/sources/sourceslog.h"

#include <QJsonParseError>
#include <QUuid>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

constexpr double maxExactInteger = 9007199254740992.0; // 2^53

} // namespace

JsonRecord::JsonRecord(const QJsonValue &value)
    : m_object(value.toObject())
    , m_isObject(value.isObject())
{
    if (!m_isObject)
        fail(u"the record is %1, not an object"_s.arg(typeName(value)));
}

QJsonValue JsonRecord::value(QStringView path) const
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0)
        return m_object.value(path);
    QJsonObject object = m_object;
    qsizetype start = 0;
    qsizetype end = dot;
    while (end >= 0) {
        const QJsonValue step = object.value(path.sliced(start, end - start));
        if (!step.isObject())
            return QJsonValue(QJsonValue::Undefined);
        object = step.toObject();
        start = end + 1;
        end = path.indexOf(u'.', start);
    }
    return object.value(path.sliced(start));
}

QString JsonRecord::string(QStringView path)
{
    const QJsonValue v = value(path);
    if (v.isUndefined() || v.isNull()) {
        fail(u"%1 is missing"_s.arg(path));
        return {};
    }
    if (!v.isString()) {
        fail(u"%1 is %2, not a string"_s.arg(path, typeName(v)));
        return {};
    }
    const QString text = v.toString();
    if (text.trimmed().isEmpty())
        fail(u"%1 is empty"_s.arg(path));
    return text;
}

qint64 JsonRecord::integer(QStringView path)
{
    const QJsonValue v = value(path);
    if (v.isUndefined() || v.isNull()) {
        fail(u"%1 is missing"_s.arg(path));
        return 0;
    }
    const std::optional<qint64> number = toInteger(v);
    if (!number) {
        fail(u"%1 is %2, not an integer"_s.arg(path, typeName(v)));
        return 0;
    }
    return *number;
}

QDate JsonRecord::date(QStringView path)
{
    const QString text = string(path);
    if (!ok())
        return {};
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        fail(u"%1 \"%2\" is not a date"_s.arg(path, text));
    return date;
}

std::optional<QString> JsonRecord::optionalString(QStringView path)
{
    const QJsonValue v = value(path);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString()) {
        note(path, v, u"a string");
        return std::nullopt;
    }
    return v.toString();
}

std::optional<qint64> JsonRecord::optionalInteger(QStringView path)
{
    const QJsonValue v = value(path);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const std::optional<qint64> number = toInteger(v);
    if (!number)
        note(path, v, u"an integer");
    return number;
}

std::optional<double> JsonRecord::optionalNumber(QStringView path)
{
    const QJsonValue v = value(path);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const std::optional<double> number = toNumber(v);
    if (!number)
        note(path, v, u"a number");
    return number;
}

std::optional<QTime> JsonRecord::optionalTime(QStringView path)
{
    const std::optional<QString> text = optionalString(path);
    if (!text)
        return std::nullopt;
    const QTime time = QTime::fromString(*text, Qt::ISODate);
    if (!time.isValid()) {
        m_notes.append(u"%1 \"%2\" is not a time; ignored"_s.arg(path, *text));
        return std::nullopt;
    }
    return time;
}

std::optional<bool> JsonRecord::optionalBool(QStringView path)
{
    const QJsonValue v = value(path);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isBool()) {
        note(path, v, u"a boolean");
        return std::nullopt;
    }
    return v.toBool();
}

QJsonArray JsonRecord::optionalArray(QStringView path)
{
    const QJsonValue v = value(path);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        note(path, v, u"an array");
    return v.toArray();
}

QJsonObject JsonRecord::optionalObject(QStringView path)
{
    const QJsonValue v = value(path);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject())
        note(path, v, u"an object");
    return v.toObject();
}

QGeoCoordinate JsonRecord::optionalCoordinate(QStringView latitudePath, QStringView longitudePath)
{
    const std::optional<double> latitude = optionalNumber(latitudePath);
    const std::optional<double> longitude = optionalNumber(longitudePath);
    if (!latitude || !longitude)
        return {};
    if (*latitude < -90 || *latitude > 90 || *longitude < -180 || *longitude > 180) {
        m_notes.append(u"%1/%2 (%3, %4) is not on Earth; ignored"_s.arg(latitudePath, longitudePath)
                           .arg(*latitude)
                           .arg(*longitude));
        return {};
    }
    return QGeoCoordinate(*latitude, *longitude);
}

std::optional<qint64> JsonRecord::toInteger(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > maxExactInteger)
            return std::nullopt;
        return static_cast<qint64>(d);
    }
    if (value.isString()) {
        const QString text = value.toString();
        if (text.isEmpty() || text.size() > 15)
            return std::nullopt;
        for (QChar c : text) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
        }
        return text.toLongLong();
    }
    return std::nullopt;
}

std::optional<double> JsonRecord::toNumber(const QJsonValue &value)
{
    double d = 0;
    if (value.isDouble()) {
        d = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        d = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!std::isfinite(d))
        return std::nullopt;
    return d;
}

QString JsonRecord::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        return u"missing"_s;
    }
    return u"unknown"_s;
}

void JsonRecord::fail(const QString &reason)
{
    if (m_failure.isEmpty())
        m_failure = reason;
}

void JsonRecord::note(QStringView path, const QJsonValue &value, QStringView expected)
{
    m_notes.append(u"%1 is %2, not %3; ignored"_s.arg(path, typeName(value), expected));
}

QString serviceMessageIn(const QByteArray &body, ServiceMessageReader serviceMessage)
{
    const JsonBody json = readJsonBody(body);
    return json.error ? QString() : serviceMessage(json.document.object());
}

std::optional<SourceError> readAnswerObject(
    const QByteArray &body, ServiceMessageReader serviceMessage, QJsonObject *root)
{
    const JsonBody json = readJsonBody(body);
    if (json.error)
        return json.error;
    if (!json.document.isObject())
        return badResponse(u"the answer is not a JSON object"_s);
    if (const QString message = serviceMessage(json.document.object()); !message.isEmpty())
        return SourceError { SourceError::Kind::ServiceError, message, 0 };
    *root = json.document.object();
    return std::nullopt;
}

JsonBody readJsonBody(const QByteArray &body)
{
    JsonBody result;
    // The first byte that is not white space; no copy of the (possibly large) body.
    const auto first = std::find_if(body.cbegin(), body.cend(),
        [](char c) { return c != ' ' && c != '\t' && c != '\n' && c != '\r'; });
    if (first == body.cend()) {
        result.error = badResponse(u"the answer is empty"_s);
        return result;
    }
    QJsonParseError parseError;
    result.document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = badResponse(*first == '<'
                ? u"the answer is HTML or XML, not JSON"_s
                : u"the answer is not JSON (%1 at byte %2)"_s.arg(parseError.errorString())
                      .arg(parseError.offset));
        result.document = {};
    }
    return result;
}

QString normalizedMbid(QStringView text)
{
    if (text.size() != 36)
        return {};
    const QUuid uuid = QUuid::fromString(text);
    if (uuid.isNull())
        return {};
    return uuid.toString(QUuid::WithoutBraces);
}

QString webUrl(const std::optional<QString> &text, QStringView field, QStringList *notes)
{
    if (!text)
        return {};
    const QUrl url(*text, QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == "https"_L1 || url.scheme() == "http"_L1))
        return url.toString(QUrl::FullyEncoded);
    notes->append(u"%1 is not a web address; ignored"_s.arg(field));
    return {};
}

void logSkipped(QStringView service, QStringList *skipped, const QString &reason)
{
    qCWarning(lcSources).noquote() << service << "answer: skipped" << reason;
    if (skipped)
        skipped->append(reason);
}

void logNotes(QStringView service, QStringView record, const QStringList &notes)
{
    for (const QString &note : notes)
        qCDebug(lcSources).noquote() << service << "answer:" << record << note;
}

SourceError badResponse(const QString &reason)
{
    return SourceError { SourceError::Kind::BadResponse, reason, 0 };
}

} // namespace gig
