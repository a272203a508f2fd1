#include "app/sandbox/sandboxreply.h"

#include <QJsonArray>
#include <QJsonObject>

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

} // namespace gig
