#include "models/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>
#include <memory>

Q_LOGGING_CATEGORY(lcTranslations, "gigmap.models.translations", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace gig {

namespace {

// The translators installed; replaced as a whole by the next installTranslations().
struct Installed
{
    std::unique_ptr<QTranslator> gigmap;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed translators;
    return translators;
}

void remove(std::unique_ptr<QTranslator> &translator)
{
    if (translator)
        QCoreApplication::removeTranslator(translator.get());
    translator.reset();
}

} // namespace

QStringList translatedLanguages()
{
    return { u"en"_s, u"de"_s, u"fr"_s, u"es"_s };
}

QString languageFor(const QLocale &locale)
{
    // uiLanguages() lists the person's languages in order ("de-CH", "de", "en-GB", …).
    for (const QString &tag : locale.uiLanguages()) {
        const QString language = tag.section(u'-', 0, 0).toLower();
        if (translatedLanguages().contains(language))
            return language;
    }
    return u"en"_s;
}

bool installTranslations(const QString &language)
{
    Installed &current = installed();
    remove(current.gigmap);
    remove(current.qt);
    auto gigmap = std::make_unique<QTranslator>();
    if (!gigmap->load(u":/i18n/gigmap_%1.qm"_s.arg(language))) {
        qCWarning(lcTranslations) << "no translation of gigmap into" << language;
        return false;
    }
    QCoreApplication::installTranslator(gigmap.get());
    current.gigmap = std::move(gigmap);
    // Qt's own words (standard buttons, the file dialog), where the system has them.
    auto qt = std::make_unique<QTranslator>();
    if (language != "en"_L1
        && qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        current.qt = std::move(qt);
    }
    return true;
}

} // namespace gig
