// Asks where the Export action writes the shown gigs: a save dialog offering CSV, CSV for Excel
// and iCalendar that gives the file the chosen format's suffix and asks before replacing a file.
#pragma once

#include "models/exportformat.h"

#include <QFileDialog>

namespace gig {

class ExportFileDialog final : public QFileDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportFileDialog)

public:
    // Starts in `directory` (empty: the documents folder) with `format` chosen and the name
    // "gigs.csv" (or "gigs.ics").
    explicit ExportFileDialog(const QString &directory, ExportFormat format = ExportFormat::Csv,
        QWidget *parent = nullptr);

    // The words of each format in the dialog's list ("CSV for Excel (UTF-8 with byte-order
    // mark) (*.csv)"), and the format a filter stands for.
    static QString filterFor(ExportFormat format);
    static QString csvFilter() { return filterFor(ExportFormat::Csv); }
    static QString csvForExcelFilter() { return filterFor(ExportFormat::CsvForExcel); }
    static QString icsFilter() { return filterFor(ExportFormat::ICalendar); }

    // The file chosen, with the selected format's suffix when it had none; empty until accepted.
    QString chosenPath() const;
    // The format chosen in the list.
    ExportFormat chosenFormat() const;
};

} // namespace gig
