// The file formats the window's Export offers: what the person picks in the save dialog.
#pragma once

#include <QString>
#include <optional>

namespace gig {

enum class ExportFormat {
    Csv, // UTF-8 CSV: LibreOffice, Numbers, Google Sheets, Excel on macOS
    CsvForExcel, // UTF-8 CSV starting with a byte-order mark, which Excel on Windows needs
    ICalendar,
};

// "csv", "csv-excel", "ics": the words the settings keep.
QString exportFormatName(ExportFormat format);
std::optional<ExportFormat> exportFormatFromName(QStringView name);
// The file suffix of the format, without the dot: "csv" or "ics".
QString exportFormatSuffix(ExportFormat format);

} // namespace gig
