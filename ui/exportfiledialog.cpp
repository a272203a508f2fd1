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

QString suffixFor(const QString &filter)
{
    return filter == ExportFileDialog::icsFilter() ? u"ics"_s : u"csv"_s;
}

} // namespace

ExportFileDialog::ExportFileDialog(const QString &directory, QWidget *parent)
    : QFileDialog(parent, tr("Export Gigs"))
{
    setObjectName(u"exportFileDialog"_s);
    setAcceptMode(QFileDialog::AcceptSave);
    setFileMode(QFileDialog::AnyFile);
    setOption(QFileDialog::DontConfirmOverwrite, false);
    setNameFilters({ csvFilter(), icsFilter() });
    selectNameFilter(csvFilter());
    setDefaultSuffix(suffixFor(csvFilter()));
    setDirectory(directory.isEmpty() ? defaultDirectory() : directory);
    selectFile(u"gigs.csv"_s);
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

QString ExportFileDialog::csvFilter()
{
    return tr("CSV spreadsheet (*.csv)");
}

QString ExportFileDialog::icsFilter()
{
    return tr("iCalendar (*.ics)");
}

QString ExportFileDialog::chosenPath() const
{
    if (result() != QDialog::Accepted)
        return {};
    const QStringList files = selectedFiles();
    return files.isEmpty() ? QString() : files.constFirst();
}

} // namespace gig
