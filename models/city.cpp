#include "models/city.h"

#include <QStringList>

namespace gig {

QString City::nameWithCountry() const
{
    QStringList parts { name };
    if (!country.isEmpty())
        parts.append(country);
    return parts.join(u", ");
}

QString City::fullName() const
{
    QStringList parts { name };
    if (!state.isEmpty() && state != name)
        parts.append(state);
    if (!country.isEmpty())
        parts.append(country);
    return parts.join(u", ");
}

} // namespace gig
