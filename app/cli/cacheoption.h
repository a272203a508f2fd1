// The cache given to --cache: a file (made absolute) or a shared database's postgresql:// URL.
#pragma once

#include <QString>
#include <optional>

namespace gig {

// The location `text` names, as CacheDatabase takes it; std::nullopt with `error` saying why
// when it names none (empty, a folder, a URL gigmap cannot use).
std::optional<QString> cacheLocationOption(const QString &text, QString *error);

} // namespace gig
