// The web pages the sandbox stands in for: a made-up gig's ticket page, an artist's or a release's
// MusicBrainz page. The demo's links open these instead of real sites where they do not exist.
#pragma once

#include "app/sandbox/sandboxreply.h"

#include <QString>
#include <QUrl>

namespace gig {

// Where the sandbox serves the page of a provider's record: below the service's prefix,
// "{root}/{prefix}/{kind}/{id}?title=…" (e.g. /ticketmaster/event/Z7r9jZ1A7…).
QUrl sandboxPageUrl(
    const SandboxCall &call, const QString &kind, const QString &id, const QString &title);

// True when the call asks for such a page of this `kind`.
bool isSandboxPage(const SandboxCall &call, const QString &kind);

// A small HTML page: the title as its heading and a paragraph saying what it stands in for.
SandboxReply sandboxPage(const QString &title, const QString &standsInFor);

// The page of a gig a provider lists, as sandboxPageUrl() named it.
SandboxReply sandboxGigPage(const SandboxCall &call, const QString &provider);

} // namespace gig
