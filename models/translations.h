// gigmap's words in the person's language.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace gig {

// The languages gigmap speaks, by ISO 639 code: English first, then German.
QStringList translatedLanguages();

// The language gigmap speaks to a person of `locale`: its own when translated, else English.
QString languageFor(const QLocale &locale);

// Installs gigmap's translation for `language` (an entry of translatedLanguages()) over the
// English one, which holds the plural forms of the sources, and Qt's own for its dialogs,
// replacing any installed before. Needs a QCoreApplication. Returns false when gigmap's
// translation could not be loaded.
bool installTranslations(const QString &language);

} // namespace gig
