// The options of `gigmap export`, read and checked: every bad value is a sentence, never a crash.
#pragma once

#include "app/export/csvwriter.h"
#include "app/refresh/refreshengine.h"

#include <QDate>
#include <QGeoCoordinate>
#include <QMap>
#include <QStringList>
#include <QUrl>
#include <chrono>
#include <optional>

namespace gig {

struct ExportOptions
{
    enum class Format { Csv, Ics };

    QGeoCoordinate place;
    double radiusKm = 30.0;
    QDate from; // inclusive; defaults to today
    QDate to; // inclusive; defaults to 90 days after `from`
    Source source = Source::Demo;
    QString apiKey;
    QMap<Service, QUrl> urls; // the service roots given (--ticketmaster-url …)
    CsvWriter::Rows rows = CsvWriter::Rows::Gigs;
    Format format = Format::Csv;
    bool byteOrderMark = false;
    QString cacheFile; // empty: the default cache location
    bool inMemoryCache = false;
    bool offline = false;
    std::chrono::seconds timeout { 600 };
    QString output = QStringLiteral("-"); // "-": standard output

    // Reads `arguments` (the program name first, then "export", then the options).
    // `environmentKey` is the Ticketmaster key the environment configures (may be empty);
    // `today` fills the default dates. On failure `error` says what is wrong.
    static std::optional<ExportOptions> parse(
        const QStringList &arguments, const QString &environmentKey, QDate today, QString *error);
    static QString helpText();
};

} // namespace gig
