#include "ui/exportfiledialog.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

// The documents folder when there is one, else home (never the folder gigmap was started in).
QString defaultDirectory()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

constexpr ExportFormat formats[]
    = { ExportFormat::Csv, ExportFormat::CsvForExcel, ExportFormat::ICalendar };

ExportFormat formatOf(const QString &filter)
{
    for (ExportFormat format : formats) {
        if (filter == ExportFileDialog::filterFor(format))
            return format;
    }
    return ExportFormat::Csv;
}

QString suffixFor(const QString &filter)
{
    return exportFormatSuffix(formatOf(filter));
}

} // namespace

ExportFileDialog::ExportFileDialog(const QString &directory, ExportFormat format, QWidget *parent)
    : QFileDialog(parent, tr("Export Gigs"))
{
    setObjectName(u"exportFileDialog"_s);
    setAcceptMode(QFileDialog::AcceptSave);
    setFileMode(QFileDialog::AnyFile);
    setOption(QFileDialog::DontConfirmOverwrite, false);
    QStringList filters;
    for (ExportFormat each : formats)
        filters.append(filterFor(each));
    setNameFilters(filters);
    selectNameFilter(filterFor(format));
    setDefaultSuffix(exportFormatSuffix(format));
    // A folder that is gone or cannot be written to is not offered again.
    const QFileInfo folder(directory);
    setDirectory(folder.isDir() && folder.isWritable() ? directory : defaultDirectory());
    selectFile(u"gigs."_s + exportFormatSuffix(format));
    // The name follows the format: "gigs.csv" becomes "gigs.ics" when iCalendar is chosen.
    connect(this, &QFileDialog::filterSelected, this, [this](const QString &filter) {
        const QString suffix = suffixFor(filter);
        setDefaultSuffix(suffix);
        const QStringList files = selectedFiles();
        if (files.isEmpty())
            return;
        QFileInfo chosen(files.constFirst());
        if (chosen.suffix().compare(u"csv"_s, Qt::CaseInsensitive) == 0
            || chosen.suffix().compare(u"ics"_s, Qt::CaseInsensitive) == 0)
            selectFile(chosen.completeBaseName() + u'.' + suffix);
    });
}

QString ExportFileDialog::filterFor(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return tr("CSV spreadsheet (*.csv)");
    case ExportFormat::CsvForExcel:
        //: Excel on Windows reads a CSV file as UTF-8 only when it starts with a byte-order mark.
        return tr("CSV for Excel, UTF-8 with byte-order mark (*.csv)");
    case ExportFormat::ICalendar:
        return tr("iCalendar (*.ics)");
    }
    Q_UNREACHABLE();
    return {};
}

ExportFormat ExportFileDialog::chosenFormat() const
{
    return formatOf(selectedNameFilter());
}

QString ExportFileDialog::chosenPath() const
{
    if (result() != QDialog::Accepted)
        return {};
    const QStringList files = selectedFiles();
    return files.isEmpty() ? QString() : files.constFirst();
}

} // namespace gig
