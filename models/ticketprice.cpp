#include "models/ticketprice.h"

#include <QHash>
#include <QSet>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

// For each currency code, the sign most of the world's locales write it with, when no other
// currency's locales use that sign more often ("€" for EUR, "US$" for USD; "$" belongs to the
// dollar written "$" in most locales). Built once from Qt's locale data.
QHash<QString, QString> buildSigns()
{
    QHash<QString, QHash<QString, int>> usesBySign; // sign -> code -> locales
    const QList<QLocale> locales
        = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale &locale : locales) {
        const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
        const QString sign = locale.currencySymbol(QLocale::CurrencySymbol);
        if (code.size() == 3 && !sign.isEmpty() && sign != code)
            ++usesBySign[sign][code];
    }
    QHash<QString, std::pair<QString, int>> best; // code -> (sign, uses)
    for (auto sign = usesBySign.cbegin(); sign != usesBySign.cend(); ++sign) {
        // The sign goes to the code most locales write with it; a tie leaves it to nobody.
        QString owner;
        int most = 0;
        bool tie = false;
        for (auto use = sign->cbegin(); use != sign->cend(); ++use) {
            if (use.value() > most) {
                owner = use.key();
                most = use.value();
                tie = false;
            } else if (use.value() == most) {
                tie = true;
            }
        }
        if (tie)
            continue;
        const auto known = best.constFind(owner);
        // A code written with several signs keeps its most used, then the shortest, then the
        // first in text order, so the table does not depend on hashing order.
        if (known == best.cend() || most > known->second
            || (most == known->second
                && std::pair(sign.key().size(), sign.key())
                    < std::pair(known->first.size(), known->first)))
            best.insert(owner, { sign.key(), most });
    }
    QHash<QString, QString> signs;
    for (auto it = best.cbegin(); it != best.cend(); ++it)
        signs.insert(it.key(), it->first);
    return signs;
}

QString signOf(const QString &code, const QLocale &locale)
{
    const QString ownCode = locale.currencySymbol(QLocale::CurrencyIsoCode);
    const QString ownSign = locale.currencySymbol(QLocale::CurrencySymbol);
    if (code == ownCode && !ownSign.isEmpty())
        return ownSign;
    static const QHash<QString, QString> signs = buildSigns();
    const QString sign = signs.value(code);
    // A sign the person reads as their own money would mislead ("$" for US dollars in Canada).
    return sign.isEmpty() || sign == ownSign ? QString() : sign;
}

} // namespace

bool TicketPrice::isValid() const
{
    if (!std::isfinite(amount) || amount < 0 || currency.size() != 3)
        return false;
    return std::all_of(
        currency.cbegin(), currency.cend(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

std::optional<TicketPrice> ticketPrice(double amount, const QString &currency)
{
    TicketPrice price { amount, currency.trimmed().toUpper() };
    if (!price.isValid())
        return std::nullopt;
    return price;
}

std::optional<TicketPrice> lowestTicketPrice(const QList<TicketPrice> &prices)
{
    if (prices.isEmpty())
        return std::nullopt;
    TicketPrice lowest = prices.constFirst();
    for (const TicketPrice &price : prices) {
        if (price.currency == lowest.currency && price.amount < lowest.amount)
            lowest = price;
    }
    return lowest;
}

QString ticketPriceText(const TicketPrice &price, const QLocale &locale)
{
    const bool whole = std::abs(price.amount - std::round(price.amount)) < 0.005;
    const int decimals = whole ? 0 : 2;
    const QString sign = signOf(price.currency, locale);
    if (!sign.isEmpty())
        return locale.toCurrencyString(price.amount, sign, decimals);
    return u"%1\u00a0%2"_s.arg(locale.toString(price.amount, 'f', decimals), price.currency);
}

QDebug operator<<(QDebug debug, const TicketPrice &price)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "TicketPrice(" << price.amount << ' ' << price.currency << ')';
    return debug;
}

} // namespace gig
