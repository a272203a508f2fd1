#include "app/sandbox/sandboxfault.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

struct KindName
{
    SandboxFault::Kind kind;
    QLatin1StringView name;
};

constexpr KindName kindNames[] = {
    { SandboxFault::Kind::None, "none"_L1 },
    { SandboxFault::Kind::Latency, "latency"_L1 },
    { SandboxFault::Kind::TooManyRequests, "tooManyRequests"_L1 },
    { SandboxFault::Kind::ServiceUnavailable, "serviceUnavailable"_L1 },
    { SandboxFault::Kind::InternalError, "internalError"_L1 },
    { SandboxFault::Kind::ConnectionReset, "connectionReset"_L1 },
    { SandboxFault::Kind::TruncatedBody, "truncatedBody"_L1 },
    { SandboxFault::Kind::MalformedJson, "malformedJson"_L1 },
    { SandboxFault::Kind::WrongContentType, "wrongContentType"_L1 },
    { SandboxFault::Kind::HugeBody, "hugeBody"_L1 },
    { SandboxFault::Kind::SlowDrip, "slowDrip"_L1 },
    { SandboxFault::Kind::WrongShape, "wrongShape"_L1 },
};

} // namespace

QString sandboxServiceName(SandboxService service)
{
    return serviceSpec(service).id;
}

QList<SandboxService> allSandboxServices()
{
    QList<SandboxService> all;
    for (const ServiceSpec &spec : services())
        all.append(spec.service);
    return all;
}

std::optional<SandboxService> sandboxServiceFromName(QStringView name)
{
    for (SandboxService service : allSandboxServices()) {
        if (name.compare(sandboxServiceName(service), Qt::CaseInsensitive) == 0)
            return service;
    }
    return std::nullopt;
}

QString SandboxFault::kindName(Kind kind)
{
    for (const KindName &entry : kindNames) {
        if (entry.kind == kind)
            return entry.name;
    }
    return u"none"_s;
}

std::optional<SandboxFault::Kind> SandboxFault::kindFromName(QStringView name)
{
    for (const KindName &entry : kindNames) {
        if (name.compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.kind;
    }
    return std::nullopt;
}

QJsonObject SandboxFault::toJson() const
{
    QJsonObject object { { u"kind"_s, kindName(kind) }, { u"latencyMs"_s, qint64(latency.count()) },
        { u"retryAfterAsHttpDate"_s, retryAfterAsHttpDate }, { u"remaining"_s, remaining },
        { u"bodyBytes"_s, bodyBytes }, { u"every"_s, every }, { u"match"_s, match } };
    object.insert(
        u"retryAfter"_s, retryAfterSeconds ? QJsonValue(*retryAfterSeconds) : QJsonValue());
    return object;
}

std::optional<SandboxFault> SandboxFault::fromJson(const QJsonObject &object, QString *error)
{
    const auto fail = [error](const QString &reason) -> std::optional<SandboxFault> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    SandboxFault fault;
    const auto kind = kindFromName(object.value(u"kind"_s).toString());
    if (!kind)
        return fail(u"unknown fault kind '%1'"_s.arg(object.value(u"kind"_s).toString()));
    fault.kind = *kind;
    const QJsonValue latency = object.value(u"latencyMs"_s);
    if (!latency.isUndefined() && !latency.isNull()) {
        if (!latency.isDouble() || latency.toDouble() < 0)
            return fail(u"latencyMs must be a number of milliseconds >= 0"_s);
        fault.latency = std::chrono::milliseconds(qint64(latency.toDouble()));
    }
    const QJsonValue retryAfter = object.value(u"retryAfter"_s);
    if (!retryAfter.isUndefined() && !retryAfter.isNull()) {
        if (!retryAfter.isDouble() || retryAfter.toDouble() < 0)
            return fail(u"retryAfter must be a number of seconds >= 0 or null"_s);
        fault.retryAfterSeconds = retryAfter.toInt();
    }
    fault.retryAfterAsHttpDate = object.value(u"retryAfterAsHttpDate"_s).toBool(false);
    const QJsonValue remaining = object.value(u"remaining"_s);
    if (!remaining.isUndefined() && !remaining.isNull()) {
        if (!remaining.isDouble() || remaining.toInt() < -1)
            return fail(u"remaining must be a count, or -1 for until cleared"_s);
        fault.remaining = remaining.toInt();
    }
    const QJsonValue bodyBytes = object.value(u"bodyBytes"_s);
    if (!bodyBytes.isUndefined() && !bodyBytes.isNull()) {
        if (!bodyBytes.isDouble() || bodyBytes.toDouble() < 0)
            return fail(u"bodyBytes must be a size in bytes >= 0"_s);
        fault.bodyBytes = qint64(bodyBytes.toDouble());
    }
    const QJsonValue every = object.value(u"every"_s);
    if (!every.isUndefined() && !every.isNull()) {
        if (!every.isDouble() || every.toInt() < 1)
            return fail(u"every must be a count of requests >= 1"_s);
        fault.every = every.toInt();
    }
    const QJsonValue match = object.value(u"match"_s);
    if (!match.isUndefined() && !match.isNull()) {
        if (!match.isString())
            return fail(u"match must be text found in the request's path or query"_s);
        fault.match = match.toString();
    }
    return fault;
}

bool SandboxFault::matches(QStringView pathAndQuery) const
{
    return match.isEmpty() || pathAndQuery.contains(match);
}

} // namespace gig
