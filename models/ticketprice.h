// The lowest ticket price a provider lists for a gig, and how a person reads it ("from €36").
#pragma once

#include <QDebug>
#include <QList>
#include <QLocale>
#include <QString>
#include <optional>

namespace gig {

struct TicketPrice
{
    double amount = 0; // in the currency's main unit: 36.5 is 36.50
    QString currency; // ISO 4217 code, "EUR"

    // A finite amount of zero or more in a three-letter upper-case currency code.
    bool isValid() const;

    friend bool operator==(const TicketPrice &, const TicketPrice &) = default;
};

// A valid price from the given parts, or nothing (the parsers use it on what a provider sent).
std::optional<TicketPrice> ticketPrice(double amount, const QString &currency);

// The lowest of `prices`: in the first price's currency, since amounts in two currencies do not
// compare; nothing when the list is empty.
std::optional<TicketPrice> lowestTicketPrice(const QList<TicketPrice> &prices);

// The price as a person of `locale` reads it: "€36", "US$36.50", "36 CHF". The currency's own
// sign is used when no other currency (and not the person's own) writes it the same way; else its
// code. Whole amounts have no decimals.
QString ticketPriceText(const TicketPrice &price, const QLocale &locale = QLocale());

QDebug operator<<(QDebug debug, const TicketPrice &price);

} // namespace gig
