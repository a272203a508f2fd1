#include "models/textfold.h"

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

QString foldForSearch(const QString &text)
{
    // Text within Latin-1 (most names) folds character by character from a table made by the
    // full rule: decomposition, case folding and dropping marks all work per character there
    // (the marks that decomposition reorders are the ones dropped), so the result is the same,
    // several times faster.
    static const std::array<QString, 256> latin1 = [] {
        std::array<QString, 256> table;
        for (int c = 0; c < 256; ++c)
            table[size_t(c)] = foldByUnicode(QString(QChar(c)));
        return table;
    }();
    const bool inLatin1
        = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x100; });
    if (!inLatin1)
        return foldByUnicode(text);
    QString folded;
    folded.reserve(text.size() + 4);
    for (const QChar c : text)
        folded += latin1[c.unicode()];
    return folded;
}

} // namespace gig
