// Asks where the Export action writes the shown gigs: a save dialog offering CSV and iCalendar
// that gives the file the chosen format's suffix and asks before replacing an existing file.
#pragma once

#include <QFileDialog>

namespace gig {

class ExportFileDialog final : public QFileDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportFileDialog)

public:
    // Starts in `directory` (empty: the documents folder) with the name "gigs.csv".
    explicit ExportFileDialog(const QString &directory, QWidget *parent = nullptr);

    static QString csvFilter();
    static QString icsFilter();

    // The file chosen, with the selected format's suffix when it had none; empty until accepted.
    QString chosenPath() const;
};

} // namespace gig
