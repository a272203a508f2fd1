#include "app/sandbox/sandboxpages.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace gig {

QUrl sandboxPageUrl(
    const SandboxCall &call, const QString &kind, const QString &id, const QString &title)
{
    // The service's root is its API's (/ticketmaster/discovery/v2): the pages sit at its first
    // segment.
    QUrl page = call.serviceRoot;
    const QString prefix = page.path().section(u'/', 0, 1);
    page.setPath(prefix + u'/' + kind + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(id)));
    QUrlQuery query;
    query.addQueryItem(u"title"_s, QString::fromLatin1(QUrl::toPercentEncoding(title)));
    page.setQuery(query);
    return page;
}

bool isSandboxPage(const SandboxCall &call, const QString &kind)
{
    return call.path.startsWith(u'/' + kind + u'/');
}

SandboxReply sandboxGigPage(const SandboxCall &call, const QString &provider)
{
    const QString title = call.value(u"title"_s);
    return sandboxPage(title.isEmpty() ? u"A demo gig"_s : title,
        u"This page stands in for %1's page of this gig, where its tickets would be sold."_s.arg(
            provider));
}

SandboxReply sandboxPage(const QString &title, const QString &standsInFor)
{
    SandboxReply reply;
    reply.contentType = "text/html; charset=utf-8";
    const QString html
        = u"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
          "<title>%1</title></head>\n<body><h1>%1</h1>\n<p>%2</p>\n"
          "<p>This page is served by gigmap's demo: the gigs, artists and "
          "releases in it are made up, and nothing is sold here.</p></body></html>\n"_s.arg(
              title.toHtmlEscaped(), standsInFor.toHtmlEscaped());
    reply.body = html.toUtf8();
    return reply;
}

} // namespace gig
