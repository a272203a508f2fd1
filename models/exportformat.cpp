#include "models/exportformat.h"

using namespace Qt::StringLiterals;

namespace gig {

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return u"csv"_s;
    case ExportFormat::CsvForExcel:
        return u"csv-excel"_s;
    case ExportFormat::ICalendar:
        return u"ics"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<ExportFormat> exportFormatFromName(QStringView name)
{
    for (ExportFormat format :
        { ExportFormat::Csv, ExportFormat::CsvForExcel, ExportFormat::ICalendar }) {
        if (name == exportFormatName(format))
            return format;
    }
    return std::nullopt;
}

QString exportFormatSuffix(ExportFormat format)
{
    return format == ExportFormat::ICalendar ? u"ics"_s : u"csv"_s;
}

} // namespace gig
