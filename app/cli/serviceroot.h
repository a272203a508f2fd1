// A service root given on the command line (--ticketmaster-url, --lastfm-url …), checked.
#pragma once

#include <QString>
#include <QUrl>
#include <optional>

namespace gig {

// The URL `text` given to --`option`: https, or plain http on a loopback host (the sandbox).
// Anything else is std::nullopt, with `error` saying why.
std::optional<QUrl> serviceRootOption(const QString &option, const QString &text, QString *error);

} // namespace gig
