// The options of `gigmap export`, read and checked: every bad value is a sentence, never a crash.
#pragma once

#include "app/export/csvwriter.h"
#include "app/refresh/refreshengine.h"

#include <QCoreApplication>
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
    Q_DECLARE_TR_FUNCTIONS(gig::ExportOptions)

public:
    enum class Format { Csv, Ics };

    QGeoCoordinate place;
    double radiusKm = 30.0;
    QDate from; // inclusive; defaults to today
    QDate to; // inclusive; defaults to 90 days after `from`
    QList<Source> sources { Source::Demo }; // each once, in the order the merge prefers
    ApiKeys keys; // from --…-key, --api-key and the environment
    QMap<Service, QUrl> urls; // the service roots given (--ticketmaster-url …)
    CsvWriter::Rows rows = CsvWriter::Rows::Gigs;
    Format format = Format::Csv;
    bool byteOrderMark = false;
    QString cacheFile; // empty: the default cache location
    bool inMemoryCache = false;
    bool offline = false;
    bool mineOnly = false; // --mine: only gigs with at least one of my artists
    std::chrono::seconds timeout { 600 };
    QString output = QStringLiteral("-"); // "-": standard output

    // Reads `arguments` (the program name first, then "export", then the options).
    // `environmentKeys` are the keys the environment configures (each keyed service's
    // keyVariable); `today` fills the default dates. On failure `error` says what is wrong.
    static std::optional<ExportOptions> parse(
        const QStringList &arguments, const ApiKeys &environmentKeys, QDate today, QString *error);
    // The keys the environment of this process configures.
    static ApiKeys environmentKeys();
    static QString helpText();
};

} // namespace gig
