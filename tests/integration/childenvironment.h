// The environment of a gigmap child process in the integration tests: its settings and cache
// live under a folder of the test's own, and it sees no Ticketmaster key from the machine's
// environment.
#pragma once

#include "models/services.h"

#include <QProcessEnvironment>
#include <QString>

namespace gig::testing {

inline QProcessEnvironment childEnvironment(const QString &root)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CACHE_HOME"), root + QStringLiteral("/xdg-cache"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/xdg-config"));
    for (const Service service : keyedServices())
        env.remove(serviceSpec(service).keyVariable);
    return env;
}

} // namespace gig::testing
