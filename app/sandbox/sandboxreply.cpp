#include "app/sandbox/sandboxreply.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace gig {

QByteArray SandboxCall::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

QString SandboxCall::value(const QString &key) const
{
    // '+' means a space in query strings sent by forms and most HTTP clients.
    QString raw = query.queryItemValue(key, QUrl::FullyEncoded);
    raw.replace(QLatin1Char('+'), QLatin1Char(' '));
    return QUrl::fromPercentEncoding(raw.toUtf8());
}

bool SandboxCall::ifNoneMatch(const QByteArray &etag) const
{
    const QByteArray wanted = header("if-none-match");
    if (wanted.isEmpty() || etag.isEmpty())
        return false;
    if (wanted.trimmed() == "*")
        return true;
    for (QByteArray candidate : wanted.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == etag)
            return true;
    }
    return false;
}

SandboxReply SandboxReply::json(const QJsonDocument &document, int status)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = document.toJson(QJsonDocument::Compact);
    return reply;
}

SandboxReply SandboxReply::json(const QJsonObject &object, int status)
{
    return json(QJsonDocument(object), status);
}

SandboxReply SandboxReply::json(const QJsonArray &array, int status)
{
    return json(QJsonDocument(array), status);
}

SandboxReply SandboxReply::text(const QByteArray &text, int status)
{
    SandboxReply reply;
    reply.status = status;
    reply.contentType = "text/plain; charset=utf-8";
    reply.body = text;
    return reply;
}

QByteArray SandboxReply::httpDate(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

} // namespace gig
