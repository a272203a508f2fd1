// Writes gigs as RFC 4180 CSV (comma, CRLF, quoted where needed, UTF-8) that spreadsheets open
// safely: text that could start a formula gets a leading apostrophe; numbers never do.
#pragma once

#include "app/export/exportgig.h"

#include <QByteArray>
#include <QStringList>

namespace gig {

class CsvWriter
{
public:
    enum class Rows { Gigs, Artists };

    struct Options
    {
        Rows rows = Rows::Gigs;
        bool byteOrderMark = false;
    };

    static QByteArray write(const QList<ExportGig> &gigs, const Options &options);

    static QStringList gigsHeader();
    static QStringList artistsHeader();

    // One text field: formula-looking text gets a leading ', then RFC 4180 quoting.
    static QString textField(const QString &text);
    static void appendTextField(QString &out, QStringView text);
    // One record from ready fields, CRLF-terminated.
    static QString record(const QStringList &fields);
    // "Name: Title (DATE, Type)" or "Name: none" ("Name: unknown" while it is still fetching).
    static QString releaseSummary(const ArtistRelease &entry);
    static void appendReleaseSummary(QString &out, const ArtistRelease &entry);
};

} // namespace gig
