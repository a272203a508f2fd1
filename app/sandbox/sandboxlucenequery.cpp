#include "app/sandbox/sandboxlucenequery.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

// Splits `text` at the top-level occurrences of `separator` (outside brackets and quotes).
QStringList splitTopLevel(const QString &text, QStringView separator, bool *ok)
{
    QStringList clauses;
    int depth = 0;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\') {
            ++i;
            continue;
        }
        if (c == u'"')
            quoted = !quoted;
        if (quoted)
            continue;
        if (c == u'(' || c == u'[' || c == u'{')
            ++depth;
        else if (c == u')' || c == u']' || c == u'}')
            --depth;
        if (depth < 0)
            break;
        if (depth == 0 && QStringView(text).mid(i).startsWith(separator)) {
            clauses.append(text.mid(start, i - start).trimmed());
            start = i + separator.size();
            i += separator.size() - 1;
        }
    }
    *ok = depth == 0 && !quoted;
    clauses.append(text.mid(start).trimmed());
    return clauses;
}

QString unquoted(QString term)
{
    term = term.trimmed();
    if (term.size() >= 2 && term.startsWith(u'"') && term.endsWith(u'"'))
        term = term.mid(1, term.size() - 2);
    static const QRegularExpression escaped(u"\\\\(.)"_s);
    term.replace(escaped, u"\\1"_s); // an escaped character stands for itself
    return term;
}

} // namespace

QStringList SandboxLuceneQuery::fields() const
{
    QStringList names = anyOf.keys() + ranges.keys();
    names.sort();
    return names;
}

std::optional<SandboxLuceneQuery> SandboxLuceneQuery::parse(const QString &text, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<SandboxLuceneQuery> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    bool balanced = true;
    const QStringList clauses = splitTopLevel(text.trimmed(), u" AND ", &balanced);
    if (!balanced)
        return fail(u"unbalanced brackets or quotes"_s);
    static const QRegularExpression clausePattern(u"^([a-z-]+):(.+)$"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression rangePattern(u"^\\[(\\S+) TO (\\S+)\\]$"_s);
    SandboxLuceneQuery query;
    for (const QString &clause : clauses) {
        const auto match = clausePattern.match(clause);
        if (!match.hasMatch())
            return fail(u"\"%1\" is not field:value"_s.arg(clause));
        const QString field = match.captured(1).toLower();
        const QString value = match.captured(2).trimmed();
        if (const auto range = rangePattern.match(value); range.hasMatch()) {
            query.ranges.insert(field, { range.captured(1), range.captured(2) });
        } else if (value.startsWith(u'(') && value.endsWith(u')')) {
            QStringList terms;
            for (const QString &term :
                splitTopLevel(value.mid(1, value.size() - 2), u" OR ", &balanced))
                terms.append(unquoted(term));
            if (terms.contains(QString()))
                return fail(u"an empty term in \"%1\""_s.arg(clause));
            query.anyOf[field].append(terms);
        } else {
            query.anyOf[field].append(unquoted(value));
        }
    }
    return query;
}

bool SandboxLuceneQuery::inRange(const QString &value, const std::pair<QString, QString> &range)
{
    if (value.isEmpty())
        return false;
    const bool afterStart = range.first == u"*"_s || value >= range.first;
    const bool beforeEnd = range.second == u"*"_s || value <= range.second;
    return afterStart && beforeEnd;
}

} // namespace gig
