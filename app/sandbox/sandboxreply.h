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
    // True when If-None-Match names this entity tag (or is "*"), so 304 is the answer.
    bool ifNoneMatch(const QByteArray &etag) const;
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
    // Plain UTF-8 text, as servers answer errors and redirects that are not JSON.
    static SandboxReply text(const QByteArray &text, int status = 200);
    // "Sun, 06 Nov 1994 08:49:37 GMT", as Retry-After and Expires carry it.
    static QByteArray httpDate(const QDateTime &when);

    friend bool operator==(const SandboxReply &, const SandboxReply &) = default;
};

} // namespace gig
