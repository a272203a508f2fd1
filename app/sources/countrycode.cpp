#include "app/sources/countrycode.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

QString folded(QStringView name)
{
    return name.trimmed().toString().toCaseFolded();
}

// Folded English country names → codes: Qt's own names, and the names sources write otherwise.
QHash<QString, QString> codesByName()
{
    QHash<QString, QString> codes;
    for (int i = 1; i <= int(QLocale::LastTerritory); ++i) {
        const auto territory = QLocale::Territory(i);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() == 2)
            codes.insert(folded(QLocale::territoryToString(territory)), code);
    }
    const std::pair<QStringView, QStringView> aliases[] = {
        { u"UK", u"GB" },
        { u"Great Britain", u"GB" },
        { u"England", u"GB" },
        { u"Scotland", u"GB" },
        { u"Wales", u"GB" },
        { u"Northern Ireland", u"GB" },
        { u"USA", u"US" },
        { u"United States of America", u"US" },
        { u"Czech Republic", u"CZ" },
    };
    for (const auto &[name, code] : aliases)
        codes.insert(folded(name), code.toString());
    return codes;
}

} // namespace

QString isoCountryCode(QStringView name)
{
    static const QHash<QString, QString> codes = codesByName();
    const QString key = folded(name);
    if (key.isEmpty())
        return {};
    if (const auto it = codes.constFind(key); it != codes.cend())
        return *it;
    if (key.size() == 2) {
        const QString code = key.toUpper();
        if (QLocale::codeToTerritory(code) != QLocale::AnyTerritory)
            return code;
    }
    return {};
}

} // namespace gig
