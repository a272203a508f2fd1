// Linked into every test: the test speaks English with its plural forms ("1 gig", "2 gigs"),
// as gigmap does for a person whose language it does not speak, whatever the machine's locale.
#include "models/translations.h"

#include <QCoreApplication>

namespace {

void speakEnglish()
{
    gig::installTranslations(QStringLiteral("en"));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(speakEnglish)
