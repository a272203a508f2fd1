#include "models/namekeyhash.h"

#include "models/gigmerge.h"

#include <QString>
#include <algorithm>

namespace gig {

namespace {

constexpr quint64 fnvOffset = 14695981039346656037ULL;
constexpr quint64 fnvPrime = 1099511628211ULL;

constexpr char16_t lowerAscii(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? char16_t(c - u'A' + u'a') : c;
}

constexpr bool isAsciiAlnum(char16_t c)
{
    c = lowerAscii(c);
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

// QChar::isSpace() within ASCII.
constexpr bool isAsciiSpace(char16_t c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

bool isThe(QStringView text, qsizetype at)
{
    return lowerAscii(text[at].unicode()) == u't' && lowerAscii(text[at + 1].unicode()) == u'h'
        && lowerAscii(text[at + 2].unicode()) == u'e';
}

} // namespace

quint64 nameKeyHash(QStringView key)
{
    quint64 hash = fnvOffset;
    for (const QChar c : key) {
        hash ^= c.unicode();
        hash *= fnvPrime;
    }
    return hash;
}

quint64 gigNameKeyHash(const QString &name)
{
    const QStringView text(name);
    const bool ascii
        = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii)
        return nameKeyHash(normalizedGigName(name));
    // The steps of normalizedGigName() on [begin, end), in its order: trimmed; a trailing
    // ", The" dropped; a leading "The" dropped when more letters or digits follow its next
    // character; letters and digits kept, in lower case.
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isAsciiSpace(text[begin].unicode()))
        ++begin;
    while (end > begin && isAsciiSpace(text[end - 1].unicode()))
        --end;
    if (end - begin >= 3 && isThe(text, end - 3)) {
        qsizetype last = end - 3;
        while (last > begin && isAsciiSpace(text[last - 1].unicode()))
            --last;
        if (last > begin && text[last - 1] == u',')
            end = last - 1;
    }
    if (end - begin > 3 && isThe(text, begin) && !isAsciiAlnum(text[begin + 3].unicode())) {
        const bool more = std::any_of(text.cbegin() + begin + 4, text.cbegin() + end,
            [](QChar c) { return isAsciiAlnum(c.unicode()); });
        if (more)
            begin += 3;
    }
    quint64 hash = fnvOffset;
    bool any = false;
    for (qsizetype i = begin; i < end; ++i) {
        const char16_t c = lowerAscii(text[i].unicode());
        if (!isAsciiAlnum(c))
            continue;
        any = true;
        hash ^= c;
        hash *= fnvPrime;
    }
    // No letter or digit ("!!!"): the key is the punctuation, as normalizedGigName() keeps it.
    return any ? hash : nameKeyHash(normalizedGigName(name));
}

} // namespace gig
