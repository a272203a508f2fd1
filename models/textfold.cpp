#include "models/textfold.h"

#include <algorithm>
#include <array>

namespace gig {

namespace {

QString foldByUnicode(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded.toCaseFolded();
}

} // namespace

const QString &foldLatin1(char16_t c)
{
    // Made by the full rule: decomposition, case folding and dropping marks all work per
    // character within Latin-1 (the marks that decomposition reorders are the ones dropped).
    static const std::array<QString, 256> latin1 = [] {
        std::array<QString, 256> table;
        for (int code = 0; code < 256; ++code)
            table[size_t(code)] = foldByUnicode(QString(QChar(code)));
        return table;
    }();
    Q_ASSERT(c < 0x100);
    return latin1[c];
}

QString foldForSearch(const QString &text)
{
    // Text within Latin-1 (most names) folds character by character from a table, with the same
    // result as the full rule, several times faster.
    const bool inLatin1
        = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x100; });
    if (!inLatin1)
        return foldByUnicode(text);
    QString folded;
    folded.reserve(text.size() + 4);
    for (const QChar c : text)
        folded += foldLatin1(c.unicode());
    return folded;
}

} // namespace gig
