// One request as a sandbox service handler sees it, and the answer it gives back.
#pragma once

#include "app/sandbox/sandboxworld.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QUrl>
#include <QUrlQuery>

#include <utility>

namespace gig {

using SandboxHeaders = QList<std::pair<QByteArray, QByteArray>>;

struct SandboxCall
{
    QString path; // below the service prefix, e.g. "/discovery/v2/events.json"
    QUrlQuery query;
    SandboxHeaders headers; // header names in lower case
    QDateTime now; // the generator's clock
    QUrl serviceRoot; // where this service lives on the sandbox, for links
    bool realism = true;

    QByteArray header(const QByteArray &lowerCaseName) const;
    // The query value decoded, e.g. "Köln" for q=K%C3%B6ln, "a b" for a+b.
    QString value(const QString &key) const;
    bool has(const QString &key) const { return query.hasQueryItem(key); }
};

struct SandboxReply
{
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    SandboxHeaders headers;

    static SandboxReply json(const QJsonDocument &document, int status = 200);
    static SandboxReply json(const QJsonObject &object, int status = 200);
    static SandboxReply json(const QJsonArray &array, int status = 200);

    friend bool operator==(const SandboxReply &, const SandboxReply &) = default;
};

} // namespace gig
