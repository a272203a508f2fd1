// Turns the output of a scripts/bench run into the measured tables of docs/PERFORMANCE.md.
//
// Reads, on standard input, the benchmarks' BENCH lines (format in benchreport.h) and one line
//   RUN|executable|exit code|seconds
// after each benchmark's output. Writes one table per section between
//   <!-- bench:begin SECTION --> … <!-- bench:end SECTION -->
// (replacing what was there; under the "## SECTION" heading, or as a new section at the end, when
// the markers are missing), and with --summary the run's summary between the markers named
// "summary" (before the first "## " heading when missing). Text outside the markers is left as
// it is, so the prose around the tables survives every run.
//
// benchtables --doc FILE | --print  [--summary] --date TEXT --commit TEXT --machine TEXT
//             [--load TEXT] [--wall TEXT]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Figure
{
    QString figure;
    double median = 0;
    double min = 0;
    double max = 0;
    QString unit;
    QString target;
    QString result; // pass, fail or -
    QString runs; // empty when the line did not say
};

struct Section
{
    QString name;
    QList<Figure> figures;
};

struct Run
{
    QString executable;
    int exitCode = 0;
    double seconds = 0;
    QStringList sections;
    int pass = 0;
    int fail = 0;
    int untargeted = 0;
};

struct Results
{
    QList<Section> sections; // in the order they first appear
    QList<Run> runs;
    QStringList problems; // lines that could not be read
};

Results parse(QTextStream &in)
{
    Results results;
    Run pending; // what the next RUN line closes
    QString line;
    while (in.readLineInto(&line)) {
        const QStringList parts = line.split(u'|');
        if (parts.value(0) == u"BENCH"_s) {
            if (parts.size() < 9) {
                results.problems.append(line);
                continue;
            }
            bool ok[3] = {};
            Figure figure { parts[2].trimmed(), parts[3].toDouble(&ok[0]),
                parts[4].toDouble(&ok[1]), parts[5].toDouble(&ok[2]), parts[6].trimmed(),
                parts[7].trimmed(), parts[8].trimmed(), parts.value(9).trimmed() };
            if (!ok[0] || !ok[1] || !ok[2]) {
                results.problems.append(line);
                continue;
            }
            const QString name = parts[1].trimmed();
            auto section = std::find_if(results.sections.begin(), results.sections.end(),
                [&name](const Section &s) { return s.name == name; });
            if (section == results.sections.end()) {
                results.sections.append({ name, {} });
                section = results.sections.end() - 1;
            }
            (figure.result == u"pass"_s          ? pending.pass
                    : figure.result == u"fail"_s ? pending.fail
                                                 : pending.untargeted)++;
            if (!pending.sections.contains(name))
                pending.sections.append(name);
            section->figures.append(std::move(figure));
        } else if (parts.value(0) == u"RUN"_s && parts.size() >= 4) {
            pending.executable = parts[1];
            pending.exitCode = parts[2].toInt();
            pending.seconds = parts[3].toDouble();
            results.runs.append(pending);
            pending = {};
        }
    }
    return results;
}

// A number as a table shows it: three significant digits or more, thousands separated.
QString formatNumber(double value)
{
    const double magnitude = std::abs(value);
    const QLocale english(QLocale::English);
    if (magnitude >= 100 || value == std::round(value))
        return english.toString(value, 'f', 0);
    if (magnitude >= 10)
        return english.toString(value, 'f', 1);
    if (magnitude >= 1)
        return english.toString(value, 'f', 2);
    const int decimals = std::min(6, 2 - int(std::floor(std::log10(magnitude))));
    return english.toString(value, 'f', decimals);
}

QString withUnit(double value, const QString &unit)
{
    if (unit.isEmpty())
        return formatNumber(value);
    if (unit == u"×"_s)
        return formatNumber(value) + unit;
    return formatNumber(value) + u' ' + unit;
}

QString cell(QString text)
{
    return text.replace(u'|', u'/');
}

QString resultCell(const QString &result)
{
    if (result == u"fail"_s)
        return u"**fail**"_s;
    return result == u"-"_s ? u"—"_s : result;
}

struct Meta
{
    QString date;
    QString commit;
    QString machine;
    QString load;
    QString wall;
};

QString stamp(const Meta &meta)
{
    QString text = u"Measured by `scripts/bench` on "_s + meta.date + u", commit `"_s + meta.commit
        + u"`, "_s + meta.machine;
    if (!meta.load.isEmpty())
        text += u"; load average "_s + meta.load;
    return text + u"."_s;
}

QString sectionBlock(const Section &section, const Meta &meta)
{
    QString text = stamp(meta) + u"\n\n"_s;
    text += u"| figure | runs | median | min | max | target | result |\n"_s;
    text += u"|---|---|---|---|---|---|---|\n"_s;
    for (const Figure &f : section.figures) {
        const bool one = f.runs == u"1"_s || (f.min == f.max && f.median == f.min);
        text += u"| "_s + cell(f.figure) + u" | "_s + (f.runs.isEmpty() ? u"—"_s : f.runs)
            + u" | "_s + withUnit(f.median, f.unit) + u" | "_s
            + (one ? u"—"_s : withUnit(f.min, f.unit)) + u" | "_s
            + (one ? u"—"_s : withUnit(f.max, f.unit)) + u" | "_s
            + (f.target == u"-"_s ? u"—"_s : cell(f.target)) + u" | "_s + resultCell(f.result)
            + u" |\n"_s;
    }
    return text;
}

QString duration(double seconds)
{
    const int whole = int(std::lround(seconds));
    if (whole < 60)
        return QString::number(seconds, 'f', 1) + u" s"_s;
    return QString::number(whole / 60) + u" min "_s + QString::number(whole % 60) + u" s"_s;
}

QString summaryBlock(const Results &results, const Meta &meta)
{
    QString text = u"### Latest run\n\n"_s + stamp(meta);
    if (!meta.wall.isEmpty())
        text += u" The whole run, build included, took "_s + meta.wall + u"."_s;
    text += u"\n\n| benchmark | sections | run time | pass | fail | no target | exit |\n"_s;
    text += u"|---|---|---|---|---|---|---|\n"_s;
    for (const Run &run : results.runs) {
        QString exit = QString::number(run.exitCode);
        if (run.exitCode == 1)
            exit += u" (a target missed)"_s;
        else if (run.exitCode == 124)
            exit += u" (**timed out**)"_s;
        else if (run.exitCode != 0)
            exit += u" (**did not finish**)"_s;
        text += u"| `"_s + run.executable + u"` | "_s
            + (run.sections.isEmpty() ? u"(no figures)"_s : run.sections.join(u", "_s)) + u" | "_s
            + duration(run.seconds) + u" | "_s + QString::number(run.pass) + u" | "_s
            + QString::number(run.fail) + u" | "_s + QString::number(run.untargeted) + u" | "_s
            + exit + u" |\n"_s;
    }
    return text;
}

QString beginMarker(const QString &name)
{
    return u"<!-- bench:begin "_s + name + u" -->"_s;
}

QString endMarker(const QString &name)
{
    return u"<!-- bench:end "_s + name + u" -->"_s;
}

// Puts `body` between the markers named `name`, replacing what they held. Without markers, the
// block goes after the line `anchor` (when given and found), else before the line `before`
// (when given and found), else at the end under the heading `anchor`.
void placeBlock(QString &doc, const QString &name, const QString &body, const QString &anchor,
    const QString &before)
{
    const QString block = beginMarker(name) + u"\n"_s + body + endMarker(name) + u"\n"_s;
    const qsizetype begin = doc.indexOf(beginMarker(name));
    if (begin >= 0) {
        const qsizetype end = doc.indexOf(endMarker(name), begin);
        if (end >= 0) {
            qsizetype after = end + endMarker(name).size();
            if (after < doc.size() && doc.at(after) == u'\n')
                ++after;
            doc.replace(begin, after - begin, block);
            return;
        }
    }
    const auto lineStart = [&doc](const QString &line) -> qsizetype {
        if (line.isEmpty())
            return -1;
        for (qsizetype at = doc.indexOf(line); at >= 0; at = doc.indexOf(line, at + 1)) {
            const bool startsLine = at == 0 || doc.at(at - 1) == u'\n';
            const qsizetype next = at + line.size();
            if (startsLine && (next == doc.size() || doc.at(next) == u'\n'))
                return at;
        }
        return -1;
    };
    if (const qsizetype at = lineStart(anchor); at >= 0) {
        const qsizetype next = doc.indexOf(u'\n', at);
        const qsizetype insertAt = next < 0 ? doc.size() : next + 1;
        doc.insert(insertAt, u"\n"_s + block);
        return;
    }
    if (!before.isEmpty()) {
        for (qsizetype at = doc.indexOf(before); at >= 0; at = doc.indexOf(before, at + 1)) {
            if (at == 0 || doc.at(at - 1) == u'\n') {
                doc.insert(at, block + u"\n"_s);
                return;
            }
        }
    }
    if (!doc.endsWith(u'\n'))
        doc += u'\n';
    doc += u"\n"_s + anchor + u"\n\n"_s + block;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Writes the BENCH lines read on standard input into the tables of docs/PERFORMANCE.md."_s);
    parser.addHelpOption();
    const QCommandLineOption docOption(u"doc"_s, u"The markdown file to update."_s, u"file"_s);
    const QCommandLineOption printOption(
        u"print"_s, u"Print the tables instead of writing a file."_s);
    const QCommandLineOption summaryOption(u"summary"_s, u"Also write the run's summary block."_s);
    const QCommandLineOption dateOption(u"date"_s, u"When the run was."_s, u"text"_s);
    const QCommandLineOption commitOption(u"commit"_s, u"The commit measured."_s, u"text"_s);
    const QCommandLineOption machineOption(u"machine"_s, u"The machine, in words."_s, u"text"_s);
    const QCommandLineOption loadOption(u"load"_s, u"Load average while measuring."_s, u"text"_s);
    const QCommandLineOption wallOption(u"wall"_s, u"How long the whole run took."_s, u"text"_s);
    parser.addOptions({ docOption, printOption, summaryOption, dateOption, commitOption,
        machineOption, loadOption, wallOption });
    parser.process(app);
    if (parser.isSet(docOption) == parser.isSet(printOption)) {
        std::fprintf(stderr, "benchtables: give --doc FILE or --print\n");
        return 2;
    }

    QTextStream in(stdin);
    in.setEncoding(QStringConverter::Utf8);
    const Results results = parse(in);
    for (const QString &problem : results.problems)
        std::fprintf(stderr, "benchtables: cannot read: %s\n", qUtf8Printable(problem));
    const Meta meta { parser.value(dateOption), parser.value(commitOption),
        parser.value(machineOption), parser.value(loadOption), parser.value(wallOption) };

    if (parser.isSet(printOption)) {
        QTextStream out(stdout);
        out.setEncoding(QStringConverter::Utf8);
        if (parser.isSet(summaryOption))
            out << summaryBlock(results, meta) << u"\n"_s;
        for (const Section &section : results.sections)
            out << u"## "_s << section.name << u"\n\n"_s << sectionBlock(section, meta) << u"\n"_s;
        return 0;
    }

    const QString path = parser.value(docOption);
    QFile file(path);
    QString doc;
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "benchtables: cannot read %s: %s\n", qUtf8Printable(path),
                qUtf8Printable(file.errorString()));
            return 2;
        }
        doc = QString::fromUtf8(file.readAll());
        file.close();
    } else {
        doc = u"# Performance\n"_s;
    }
    if (parser.isSet(summaryOption))
        placeBlock(doc, u"summary"_s, summaryBlock(results, meta), QString(), u"## "_s);
    for (const Section &section : results.sections)
        placeBlock(
            doc, section.name, sectionBlock(section, meta), u"## "_s + section.name, QString());

    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(doc.toUtf8()) < 0 || !out.commit()) {
        std::fprintf(stderr, "benchtables: cannot write %s: %s\n", qUtf8Printable(path),
            qUtf8Printable(out.errorString()));
        return 2;
    }
    int fails = 0;
    for (const Section &section : results.sections) {
        for (const Figure &f : section.figures) {
            if (f.result == u"fail"_s) {
                ++fails;
                std::printf("benchtables: target missed: %s: %s: median %s (min %s, max %s), "
                            "target %s\n",
                    qUtf8Printable(section.name), qUtf8Printable(f.figure),
                    qUtf8Printable(withUnit(f.median, f.unit)),
                    qUtf8Printable(withUnit(f.min, f.unit)),
                    qUtf8Printable(withUnit(f.max, f.unit)), qUtf8Printable(f.target));
            }
        }
    }
    std::printf("benchtables: wrote %lld sections into %s (%d figures missed their target)\n",
        qlonglong(results.sections.size()), qUtf8Printable(path), fails);
    return 0;
}
