// The shared cache's password, kept in the system keyring and never in a settings file or a log:
// keyring service "gigmap", key "shared-cache:<URL without password>". Without a keyring there
// is nowhere safe to keep it: PostgreSQL's own ~/.pgpass (or PGPASSWORD) serves then.
#pragma once

#include <QString>
#include <chrono>

namespace gig {

class CacheLocation;

class SharedCachePassword
{
public:
    // Blocks up to `timeout` while the keyring answers: the cache opens before the window shows.
    // Empty when none is kept, or no keyring answers.
    static QString read(
        const CacheLocation &location, std::chrono::milliseconds timeout = std::chrono::seconds(3));
    // Keeps `password` (an empty one removes the entry); false when no keyring took it.
    static bool write(const CacheLocation &location, const QString &password,
        std::chrono::milliseconds timeout = std::chrono::seconds(3));

    // `cacheLocation` as --cache takes it, with the kept password filled in when it is a shared
    // cache's URL that names none.
    static QString withKeptPassword(const QString &cacheLocation);
};

} // namespace gig
