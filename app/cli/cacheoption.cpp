#include "app/cli/cacheoption.h"

#include "app/storage/cachelocation.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace gig {

std::optional<QString> cacheLocationOption(const QString &text, QString *error)
{
    const CacheLocation location = CacheLocation::fromText(text);
    if (location.isShared()) {
        if (!location.problem().isEmpty()) {
            *error = location.problem();
            return std::nullopt;
        }
        return text.trimmed();
    }
    const QFileInfo info(text);
    if (text.isEmpty() || info.isDir()) {
        *error = QCoreApplication::translate("CacheOption",
            "--cache needs a file name, or the URL of a shared cache "
            "(postgresql://user@host/database).");
        return std::nullopt;
    }
    return info.absoluteFilePath();
}

} // namespace gig
