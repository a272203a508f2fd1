// What a parser of a service's answer gives back: a value, or the reason there is none.
#pragma once

#include "app/sources/sourceerror.h"

#include <QStringList>
#include <optional>

namespace gig {

template<typename T> struct Parsed
{
    T value; // what could be read; default when `error` is set
    std::optional<SourceError> error; // the whole body is unusable, or the service sent an error
    QStringList skipped; // one sentence per record left out, saying why

    bool ok() const { return !error.has_value(); }
};

} // namespace gig
