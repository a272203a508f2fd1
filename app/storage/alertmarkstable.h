// Reads and writes the cache's table of alert marks (models/alertmark.h). Plain functions over an
// open connection; CacheWorker calls them on the storage thread.
#pragma once

#include "models/alertmark.h"

#include <QList>
#include <QSqlError>

class QSqlDatabase;

namespace gig {

class AlertMarksTable
{
public:
    // Every mark; rows of an unknown kind or state are skipped (a newer build wrote them).
    static QSqlError read(QSqlDatabase &database, QList<AlertMark> *marks);
    // Inserts or replaces `marks` and deletes the rows of `forgotten` (by kind and key), in one
    // transaction.
    static QSqlError write(QSqlDatabase &database, const QList<AlertMark> &marks,
        const QList<AlertMark> &forgotten = {});
};

} // namespace gig
