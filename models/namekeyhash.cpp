#include "models/namekeyhash.h"

#include "models/gigmerge.h"
#include "models/textfold.h"

#include <QString>
#include <algorithm>
#include <array>

namespace gig {

namespace {

constexpr quint64 fnvOffset = 14695981039346656037ULL;
constexpr quint64 fnvPrime = 1099511628211ULL;

// foldLatin1() of every Latin-1 character as at most four UTF-16 units, read without a call.
struct Latin1Fold
{
    char16_t units[4] {};
    qsizetype size = 0;
};

const std::array<Latin1Fold, 256> &latin1Folds()
{
    static const std::array<Latin1Fold, 256> folds = [] {
        std::array<Latin1Fold, 256> table;
        for (char16_t c = 0; c < 256; ++c) {
            const QString &folded = foldLatin1(c);
            Q_ASSERT(folded.size() <= 4);
            Latin1Fold &fold = table[c];
            fold.size = std::min<qsizetype>(folded.size(), 4);
            for (qsizetype i = 0; i < fold.size; ++i)
                fold.units[i] = folded.at(i).unicode();
        }
        return table;
    }();
    return folds;
}

// The longest name folded on the stack; a longer one is folded by normalizedGigName().
constexpr qsizetype maxFoldedUnits = 512;

bool isSpace(char16_t c)
{
    return c < 0x80 ? (c == u' ' || (c >= u'\t' && c <= u'\r')) : QChar::isSpace(c);
}

bool isLetterOrNumber(char16_t c)
{
    if (c < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    return QChar::isLetterOrNumber(c);
}

bool isThe(const char16_t *text, qsizetype at)
{
    return text[at] == u't' && text[at + 1] == u'h' && text[at + 2] == u'e';
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
    const bool inLatin1
        = std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() < 0x100; });
    if (!inLatin1)
        return nameKeyHash(normalizedGigName(name));
    // Folded into a buffer on the stack (foldForSearch's rule, one character at a time), then
    // the steps of normalizedGigName() on [begin, end) in its order: trimmed; a trailing ", The"
    // dropped; a leading "The" dropped when more letters or digits follow its next character;
    // letters and digits kept.
    if (name.size() * 4 > maxFoldedUnits)
        return nameKeyHash(normalizedGigName(name));
    const std::array<Latin1Fold, 256> &folds = latin1Folds();
    char16_t text[maxFoldedUnits];
    qsizetype size = 0;
    for (const QChar c : name) {
        const Latin1Fold &fold = folds[c.unicode()];
        for (qsizetype i = 0; i < fold.size; ++i)
            text[size++] = fold.units[i];
    }
    qsizetype begin = 0;
    qsizetype end = size;
    while (begin < end && isSpace(text[begin]))
        ++begin;
    while (end > begin && isSpace(text[end - 1]))
        --end;
    if (end - begin >= 3 && isThe(text, end - 3)) {
        qsizetype last = end - 3;
        while (last > begin && isSpace(text[last - 1]))
            --last;
        if (last > begin && text[last - 1] == u',')
            end = last - 1;
    }
    if (end - begin > 3 && isThe(text, begin) && !isLetterOrNumber(text[begin + 3])) {
        const bool more = std::any_of(
            text + begin + 4, text + end, [](char16_t c) { return isLetterOrNumber(c); });
        if (more)
            begin += 3;
    }
    quint64 hash = fnvOffset;
    bool any = false;
    for (qsizetype i = begin; i < end; ++i) {
        if (!isLetterOrNumber(text[i]))
            continue;
        any = true;
        hash ^= text[i];
        hash *= fnvPrime;
    }
    // No letter or digit ("!!!"): the key is the punctuation, as normalizedGigName() keeps it.
    return any ? hash : nameKeyHash(normalizedGigName(name));
}

} // namespace gig
