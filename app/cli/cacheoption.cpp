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
    if (text.isEmpty()) {
        *error = QCoreApplication::translate("CacheOption", "--cache needs a file name.");
        return std::nullopt;
    }
    const QFileInfo info(text);
    if (info.isDir()) {
        *error = QCoreApplication::translate("CacheOption",
            "--cache '%1' is a folder; give a file name, or a shared cache's "
            "postgresql:// address.")
                     .arg(text);
        return std::nullopt;
    }
    return info.absoluteFilePath();
}

} // namespace gig
