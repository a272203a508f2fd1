#include "app/cli/exportoptions.h"

#include "app/cli/cacheoption.h"
#include "app/cli/serviceroot.h"

#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

// "demo, ticketmaster, songkick or seatgeek": every source the command line takes.
QString sourceNames()
{
    QStringList names;
    for (const Source source : sources())
        names.append(sourceName(source));
    const QString last = names.takeLast();
    //: The last of a list of choices: "demo, ticketmaster, songkick" or "seatgeek".
    return ExportOptions::tr("%1 or %2").arg(names.join(u", "_s), last);
}

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption lat { u"lat"_s,
        ExportOptions::tr("Latitude of the place, in degrees (-90 to 90)."), u"deg"_s };
    QCommandLineOption lng { u"lng"_s,
        ExportOptions::tr("Longitude of the place, in degrees (-180 to 180)."), u"deg"_s };
    QCommandLineOption radius { u"radius-km"_s,
        ExportOptions::tr("Search radius in km (default 30)."), u"km"_s, u"30"_s };
    QCommandLineOption from { u"from"_s,
        ExportOptions::tr("First day, YYYY-MM-DD (default today)."), u"date"_s };
    QCommandLineOption to { u"to"_s,
        ExportOptions::tr("Last day, YYYY-MM-DD (default 90 days on)."), u"date"_s };
    QCommandLineOption source { u"source"_s,
        ExportOptions::tr(
            "%1, or several joined by commas (default: every source with a key, else demo).")
            .arg(sourceNames()),
        u"names"_s };
    QCommandLineOption apiKey { u"api-key"_s, ExportOptions::tr("API key of the one source named."),
        u"key"_s };
    // --ticketmaster-key, --seatgeek-key, …: one per keyed service of the table.
    QList<std::pair<Service, QCommandLineOption>> serviceKeys = serviceKeyOptions();
    // --ticketmaster-url, --musicbrainz-url, …: one per service of the table.
    QList<std::pair<Service, QCommandLineOption>> serviceUrls = serviceUrlOptions();
    QCommandLineOption rows { u"rows"_s,
        ExportOptions::tr("gigs (one row per gig, default) or artists."), u"kind"_s, u"gigs"_s };
    QCommandLineOption format { u"format"_s, ExportOptions::tr("csv (default) or ics."),
        u"format"_s, u"csv"_s };
    QCommandLineOption bom { u"bom"_s,
        ExportOptions::tr("Start the CSV with a UTF-8 byte order mark.") };
    QCommandLineOption cache { u"cache"_s,
        ExportOptions::tr("Keep the gig cache in <file>, or in the shared PostgreSQL cache at "
                          "<url> (postgresql://user@host:port/database)."),
        u"file-or-url"_s };
    QCommandLineOption noCache { u"no-cache"_s, ExportOptions::tr("Keep gigs in memory only.") };
    QCommandLineOption offline { u"offline"_s,
        ExportOptions::tr("Write only what the cache holds; make no request.") };
    QCommandLineOption mine { u"mine"_s,
        ExportOptions::tr(
            "Write only the gigs with at least one of my artists (gigmap artists --help).") };
    QCommandLineOption timeout { u"timeout"_s,
        ExportOptions::tr("Give up waiting after <seconds> (default 600)."), u"seconds"_s,
        u"600"_s };
    QCommandLineOption output { { u"o"_s, u"output"_s },
        ExportOptions::tr("Write to <file> (- for standard output)."), u"file"_s, u"-"_s };

    Parser()
    {
        parser.setApplicationDescription(ExportOptions::tr(
            "Writes the upcoming gigs around a place, with each artist's latest release, as CSV "
            "or iCalendar.\nExit codes: 0 written, 2 bad arguments, 3 the source failed and the "
            "cache had nothing, 4 the output could not be written, 5 timeout (what was known is "
            "still written)."));
        parser.addHelpOption();
        parser.addPositionalArgument(u"export"_s, ExportOptions::tr("The export command."));
        parser.addOptions({ lat, lng, radius, from, to, source, apiKey });
        for (const auto &[service, option] : serviceKeys)
            parser.addOption(option);
        for (const auto &[service, option] : serviceUrls)
            parser.addOption(option);
        parser.addOptions({ rows, format, bom, cache, noCache, offline, mine, timeout, output });
    }

    static QList<std::pair<Service, QCommandLineOption>> serviceKeyOptions()
    {
        QList<std::pair<Service, QCommandLineOption>> options;
        for (const Service service : keyedServices()) {
            const ServiceSpec &spec = serviceSpec(service);
            options.append({ service,
                QCommandLineOption(spec.id + "-key"_L1,
                    ExportOptions::tr("%1 key (or set %2).")
                        .arg(spec.displayName, spec.keyVariable),
                    u"key"_s) });
        }
        return options;
    }

    static QList<std::pair<Service, QCommandLineOption>> serviceUrlOptions()
    {
        QList<std::pair<Service, QCommandLineOption>> options;
        for (const Service service : apiServices()) {
            const ServiceSpec &spec = serviceSpec(service);
            options.append({ service,
                QCommandLineOption(spec.id + "-url"_L1,
                    ExportOptions::tr("%1 service root.").arg(spec.displayName), u"url"_s) });
        }
        return options;
    }
};

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// The sources and their keys: --source (a list), --api-key for the one source named, the
// --…-key options over the environment's keys. Empty when usable; else what is wrong.
QString readSources(const Parser &p, const ApiKeys &environmentKeys, ExportOptions *options)
{
    options->keys = environmentKeys;
    for (const auto &[service, option] : p.serviceKeys) {
        if (p.parser.isSet(option))
            options->keys.setKey(service, p.parser.value(option));
    }
    const QString apiKey = p.parser.value(p.apiKey).trimmed();
    QList<Source> named;
    if (p.parser.isSet(p.source)) {
        for (const QString &name : p.parser.value(p.source).split(u',')) {
            const auto source = sourceFromName(name.trimmed());
            if (!source || sourceName(*source) != name.trimmed())
                return ExportOptions::tr("--source '%1' is unknown: use %2.")
                    .arg(name.trimmed(), sourceNames());
            if (!named.contains(*source))
                named.append(*source);
        }
        if (named.contains(Source::Demo) && named.size() > 1)
            return ExportOptions::tr(
                "--source demo stands alone: the demo is not combined with other sources.");
        std::sort(named.begin(), named.end()); // the order the merge prefers
    } else if (!apiKey.isEmpty()) {
        named = { Source::Ticketmaster }; // --api-key alone has always meant Ticketmaster
    } else {
        for (const Source source : sources()) {
            const std::optional<Service> service = sourceService(source);
            if (service && !options->keys.key(*service).isEmpty())
                named.append(source);
        }
        if (named.isEmpty())
            named = { Source::Demo };
    }
    if (!apiKey.isEmpty()) {
        const std::optional<Service> service
            = named.size() == 1 ? sourceService(named.constFirst()) : std::nullopt;
        if (!service)
            return ExportOptions::tr(
                "--api-key is the key of one source: name one with --source, or give each "
                "source's key with its own option (--ticketmaster-key …).");
        options->keys.setKey(*service, apiKey);
    }
    if (!p.parser.isSet(p.offline)) {
        for (const Source source : named) {
            const std::optional<Service> service = sourceService(source);
            if (service && options->keys.key(*service).isEmpty()) {
                const ServiceSpec &spec = serviceSpec(*service);
                return ExportOptions::tr("--source %1 needs a key: give --%1-key or set %2.")
                    .arg(spec.id, spec.keyVariable);
            }
        }
    }
    options->sources = named;
    return {};
}

} // namespace

ApiKeys ExportOptions::environmentKeys()
{
    ApiKeys keys;
    for (const Service service : keyedServices())
        keys.setKey(service, qEnvironmentVariable(qPrintable(serviceSpec(service).keyVariable)));
    return keys;
}

QString ExportOptions::helpText()
{
    return Parser().parser.helpText();
}

std::optional<ExportOptions> ExportOptions::parse(
    const QStringList &arguments, const ApiKeys &environmentKeys, QDate today, QString *error)
{
    Parser p;
    auto fail = [error](const QString &reason) -> std::optional<ExportOptions> {
        *error = reason;
        return std::nullopt;
    };
    if (!p.parser.parse(arguments))
        return fail(p.parser.errorText());
    const QStringList positional = p.parser.positionalArguments();
    if (positional.value(0) != u"export"_s || positional.size() > 1)
        return fail(ExportOptions::tr("Unexpected argument '%1'.")
                        .arg(positional.value(positional.size() > 1 ? 1 : 0)));

    ExportOptions options;
    if (!p.parser.isSet(p.lat) || !p.parser.isSet(p.lng))
        return fail(ExportOptions::tr("--lat and --lng are required."));
    const auto lat = number(p.parser.value(p.lat));
    if (!lat || *lat < -90 || *lat > 90)
        return fail(ExportOptions::tr("--lat '%1' is not a latitude between -90 and 90.")
                        .arg(p.parser.value(p.lat)));
    const auto lng = number(p.parser.value(p.lng));
    if (!lng || *lng < -180 || *lng > 180)
        return fail(ExportOptions::tr("--lng '%1' is not a longitude between -180 and 180.")
                        .arg(p.parser.value(p.lng)));
    options.place = QGeoCoordinate(*lat, *lng);
    const auto radius = number(p.parser.value(p.radius));
    if (!radius || *radius <= 0 || *radius > 500)
        return fail(ExportOptions::tr("--radius-km '%1' must be a number above 0 and at most 500.")
                        .arg(p.parser.value(p.radius)));
    options.radiusKm = *radius;

    auto readDate = [&](const QCommandLineOption &option, QDate fallback, QDate *date) {
        if (!p.parser.isSet(option)) {
            *date = fallback;
            return true;
        }
        const QString text = p.parser.value(option);
        *date = QDate::fromString(text, Qt::ISODate);
        if (!date->isValid() || text.size() != 10) {
            *error = ExportOptions::tr("--%1 '%2' is not a date (YYYY-MM-DD).")
                         .arg(option.names().constFirst(), text);
            return false;
        }
        return true;
    };
    if (!readDate(p.from, today, &options.from)
        || !readDate(p.to, options.from.addDays(90), &options.to))
        return std::nullopt;
    if (options.to < options.from)
        return fail(ExportOptions::tr("--to %1 is before --from %2.")
                        .arg(options.to.toString(Qt::ISODate), options.from.toString(Qt::ISODate)));

    if (const QString problem = readSources(p, environmentKeys, &options); !problem.isEmpty())
        return fail(problem);

    for (const auto &[service, option] : p.serviceUrls) {
        if (!p.parser.isSet(option))
            continue;
        const auto url
            = serviceRootOption(option.names().constFirst(), p.parser.value(option), error);
        if (!url)
            return std::nullopt;
        options.urls.insert(service, *url);
    }

    const QString rows = p.parser.value(p.rows);
    if (rows == u"gigs"_s)
        options.rows = CsvWriter::Rows::Gigs;
    else if (rows == u"artists"_s)
        options.rows = CsvWriter::Rows::Artists;
    else
        return fail(ExportOptions::tr("--rows '%1' is unknown: use gigs or artists.").arg(rows));
    const QString format = p.parser.value(p.format);
    if (format == u"csv"_s)
        options.format = Format::Csv;
    else if (format == u"ics"_s)
        options.format = Format::Ics;
    else
        return fail(ExportOptions::tr("--format '%1' is unknown: use csv or ics.").arg(format));
    options.byteOrderMark = p.parser.isSet(p.bom);

    if (p.parser.isSet(p.cache) && p.parser.isSet(p.noCache))
        return fail(ExportOptions::tr("--cache and --no-cache cannot be used together."));
    if (p.parser.isSet(p.cache)) {
        QString problem;
        const std::optional<QString> cache = cacheLocationOption(p.parser.value(p.cache), &problem);
        if (!cache)
            return fail(problem);
        options.cacheFile = *cache;
    }
    options.inMemoryCache = p.parser.isSet(p.noCache);
    options.offline = p.parser.isSet(p.offline);
    options.mineOnly = p.parser.isSet(p.mine);
    if (options.mineOnly && options.inMemoryCache)
        return fail(ExportOptions::tr(
            "--mine reads my artists from the cache; it cannot be used with --no-cache."));
    if (options.offline && options.inMemoryCache)
        return fail(
            ExportOptions::tr("--offline reads the cache; it cannot be used with --no-cache."));

    bool ok = false;
    const int seconds = p.parser.value(p.timeout).toInt(&ok);
    if (!ok || seconds <= 0)
        return fail(ExportOptions::tr("--timeout '%1' must be a whole number of seconds above 0.")
                        .arg(p.parser.value(p.timeout)));
    options.timeout = std::chrono::seconds(seconds);
    options.output = p.parser.value(p.output);
    if (options.output.isEmpty())
        return fail(ExportOptions::tr("-o needs a file name (or - for standard output)."));
    return options;
}

} // namespace gig
