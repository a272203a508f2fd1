// The part of Lucene's query syntax the sandbox's MusicBrainz search understands: clauses joined
// by AND, each `field:term`, `field:"quoted term"`, `field:(a OR b OR …)` or `field:[from TO to]`.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace gig {

struct SandboxLuceneQuery
{
    QHash<QString, QStringList> anyOf; // field (lower case) → the terms any of which must match
    QHash<QString, std::pair<QString, QString>> ranges; // field → inclusive bounds, "*" open

    QStringList fields() const;

    // std::nullopt (and the reason in `error`) when `text` is not in the subset.
    static std::optional<SandboxLuceneQuery> parse(const QString &text, QString *error = nullptr);
    // Whether `value` lies within `range` (strings compare as MusicBrainz's partial dates do).
    static bool inRange(const QString &value, const std::pair<QString, QString> &range);
};

} // namespace gig
