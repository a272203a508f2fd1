#!/usr/bin/python3
"""Opens gigmap's exports in the programs people open them with.

LibreOffice Calc (headless) converts gigmap's CSV to .xlsx, once as plain UTF-8 read with the
UTF-8 import a person picks, once with a byte-order mark read with Calc's default import; every
cell is read back and must hold the text the CSV holds (the ' guard of a formula-looking name
kept as text), numbers as numbers, dates as dates, and no formula. python-icalendar parses the
.ics: unique UIDs, DTSTART and DTEND in the right form, text unescaped to the gig's, lines folded.

Usage: check_exports_in_programs.py GIGMAP AWKWARDCACHE
A missing program or module fails the check: it never skips.
"""
import csv
import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message, file=sys.stderr)


try:
    import icalendar
    import openpyxl
except ImportError as error:
    print(f"FAIL: {error}: scripts/setup installs python3-openpyxl and python3-icalendar", file=sys.stderr)
    sys.exit(1)

# The names awkwardcache gives its gigs (and their only artists and venues).
AWKWARD = ["=SUM(1+1)", "+44 Lights", "-Minus-", "@handle", "\tTabbed", "\rCarriage", "Two\nlines",
           'Say "yes", twice', "Zoë", "Город 312", "東京事変", "=cmd|' /C calc'!A0", "Plain"]
GUARDED = ("=", "+", "-", "@", "\t", "\r")
NUMBER_COLUMNS = ("latitude", "longitude", "distance_km")


def guarded(text):
    return "'" + text if text.startswith(GUARDED) else text


def line_breaks(text):
    """A line break inside a name (CR LF, CR or LF) is one line break in a cell or a calendar."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def run(arguments, ok=(0,)):
    result = subprocess.run(arguments, capture_output=True, text=True, timeout=120)
    if result.returncode not in ok:
        fail(f"{' '.join(arguments[:2])} … exited {result.returncode}: {result.stderr.strip()}")
    return result


def to_xlsx(csv_paths, outdir, profile, infilter):
    """Converts with LibreOffice; infilter None is Calc's own default import."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        fail("LibreOffice (soffice) is not installed: scripts/setup installs libreoffice-calc-nogui")
        return
    arguments = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore"]
    if infilter:
        arguments.append(f"--infilter={infilter}")
    arguments += ["--convert-to", "xlsx", "--outdir", outdir] + csv_paths
    run(arguments)


def check_workbook(csv_path, xlsx_path, expected_events=None):
    with open(csv_path, encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    header = rows[0]
    if not os.path.exists(xlsx_path):
        fail(f"{os.path.basename(xlsx_path)} was not written")
        return
    sheet = openpyxl.load_workbook(xlsx_path).active
    cells = list(sheet.iter_rows())
    name = os.path.basename(csv_path)
    if len(cells) != len(rows):
        fail(f"{name}: Calc read {len(cells)} rows, the CSV has {len(rows)}")
        return
    # With a byte-order mark, the mark must not end up in the first header cell.
    if [c.value for c in cells[0]][: len(header)] != header:
        fail(f"{name}: header {[c.value for c in cells[0]]} is not {header}")
    events = []
    for r, (row, read) in enumerate(zip(rows[1:], cells[1:]), start=2):
        for column, field, cell in zip(header, row, read):
            where = f"{name} row {r} {column}"
            if cell.data_type == "f":
                fail(f"{where}: a formula: {cell.value!r}")
            elif field == "":
                if cell.value not in (None, ""):
                    fail(f"{where}: {cell.value!r} where the CSV is empty")
            elif column in NUMBER_COLUMNS:
                if cell.data_type != "n" or abs(float(cell.value) - float(field)) > 1e-9:
                    fail(f"{where}: {cell.value!r} ({cell.data_type}) is not the number {field}")
            elif column == "date":
                if not isinstance(cell.value, datetime.datetime) or cell.value.date().isoformat() != field:
                    fail(f"{where}: {cell.value!r} is not the date {field}")
            elif column == "time":
                value = cell.value
                if isinstance(value, datetime.datetime):
                    value = value.time()
                if not isinstance(value, datetime.time) or value.strftime("%H:%M") != field[:5]:
                    fail(f"{where}: {cell.value!r} is not the time {field}")
            elif str(cell.value) != line_breaks(field):
                fail(f"{where}: Calc reads {cell.value!r}, the CSV holds {field!r}")
        events.append(row[header.index("event")])
    if expected_events is not None and sorted(events) != sorted(guarded(n) for n in expected_events):
        fail(f"{name}: events {events!r} are not the awkward names, guarded")


def check_text_escaping(name, raw):
    """RFC 5545 TEXT: a comma, a semicolon and a backslash are escaped with a backslash, a line
    break is written as \\n. python-icalendar reads an unescaped comma in a single-valued
    property as it stands, so the raw, unfolded lines are read here."""
    for line in re.sub(rb"\r\n[ \t]", b"", raw).decode("utf-8").split("\r\n"):
        prop, _, value = line.partition(":")
        if prop not in ("SUMMARY", "LOCATION", "DESCRIPTION"):
            continue
        rest = re.sub(r"\\[\\;,nN]", "", value)  # the escapes; nothing to escape may be left
        if re.search(r"[\\;,]", rest):
            fail(f"{name}: {prop} has an unescaped comma, semicolon or backslash: {value!r}")


def check_calendar(ics_path, expected_events=None):
    name = os.path.basename(ics_path)
    raw = open(ics_path, "rb").read()
    for number, line in enumerate(raw.split(b"\r\n"), start=1):
        if len(line) > 75:
            fail(f"{name} line {number}: {len(line)} octets, not folded at 75")
    check_text_escaping(name, raw)
    try:
        calendar = icalendar.Calendar.from_ical(raw)
    except Exception as error:  # the parser's own words are the message
        fail(f"{name}: python-icalendar cannot read it: {error}")
        return
    uids = set()
    summaries = []
    for component in calendar.walk():
        if getattr(component, "errors", None):
            fail(f"{name}: {component.name}: {component.errors}")
        if component.name != "VEVENT":
            continue
        uid = str(component.get("UID"))
        if uid in uids:
            fail(f"{name}: UID {uid} twice")
        uids.add(uid)
        summaries.append(str(component.get("SUMMARY")))
        if "DTSTART" not in component or "DTEND" not in component:
            fail(f"{name}: {uid} lacks DTSTART or DTEND")
            continue
        start = component.decoded("DTSTART")
        end = component.decoded("DTEND")
        if isinstance(start, datetime.datetime):
            if not isinstance(end, datetime.datetime) or (start.tzinfo is None) != (end.tzinfo is None):
                fail(f"{name}: {uid}: DTEND {end!r} is not in DTSTART's form {start!r}")
            elif end - start != datetime.timedelta(hours=3):
                fail(f"{name}: {uid}: {end - start} from DTSTART to DTEND, not 3 hours")
            elif start.tzinfo is not None and start.utcoffset() != datetime.timedelta(0):
                fail(f"{name}: {uid}: DTSTART {start!r} is neither UTC nor floating")
        elif isinstance(end, datetime.datetime) or end - start != datetime.timedelta(days=1):
            fail(f"{name}: {uid}: an all-day DTSTART {start!r} with DTEND {end!r}")
    if not uids:
        fail(f"{name}: no VEVENT")
    if expected_events is not None:
        wanted = sorted(line_breaks(n) for n in expected_events)
        if sorted(summaries) != wanted:
            fail(f"{name}: summaries {summaries!r} are not the gigs' names")


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    gigmap, awkwardcache = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory(prefix="gigmap-programs-") as work:
        env_home = os.path.join(work, "home")
        os.environ["XDG_CACHE_HOME"] = os.path.join(env_home, "cache")
        os.environ["XDG_CONFIG_HOME"] = os.path.join(env_home, "config")
        os.environ.pop("GIGMAP_TICKETMASTER_KEY", None)
        cache = os.path.join(work, "awkward.sqlite")
        run([awkwardcache, cache])
        place = ["--lat", "52.52", "--lng", "13.405"]
        path = lambda name: os.path.join(work, name)  # noqa: E731
        offline = [gigmap, "export", "--offline", "--cache", cache] + place
        run(offline + ["-o", path("awkward.csv")])
        run(offline + ["--bom", "-o", path("awkward-bom.csv")])
        run(offline + ["--format", "ics", "-o", path("awkward.ics")])
        # The demo sandbox's gigs through the whole engine (releases may still be coming: 5).
        demo = [gigmap, "export", "--no-cache", "--timeout", "4"] + place
        run(demo + ["-o", path("demo.csv")], ok=(0, 5))
        run(demo + ["--bom", "-o", path("demo-bom.csv")], ok=(0, 5))
        run(demo + ["--format", "ics", "-o", path("demo.ics")], ok=(0, 5))

        out = path("xlsx")
        # The import a person confirms in Calc's dialog: comma, double quote, UTF-8, from line 1,
        # quoted fields not forced to text, special numbers (dates, times) detected. Both files,
        # plain and with a byte-order mark. (Calc's headless default assumes the system's 8-bit
        # character set even after a byte-order mark, which no person would keep.)
        to_xlsx([path("awkward.csv"), path("demo.csv"), path("awkward-bom.csv"), path("demo-bom.csv")],
                out, path("profile"), "CSV:44,34,76,1,,0,false,true")
        for stem in ("awkward", "demo", "awkward-bom", "demo-bom"):
            starts_with_bom = open(path(stem + ".csv"), "rb").read(3) == b"\xef\xbb\xbf"
            if starts_with_bom != stem.endswith("-bom"):
                fail(f"{stem}.csv: a byte-order mark {'where none belongs' if starts_with_bom else 'is missing'}")
        for stem, expected in (("awkward", AWKWARD), ("awkward-bom", AWKWARD), ("demo", None), ("demo-bom", None)):
            check_workbook(path(stem + ".csv"), os.path.join(out, stem + ".xlsx"), expected)
        check_calendar(path("awkward.ics"), AWKWARD)
        check_calendar(path("demo.ics"))
    if failures:
        print(f"{len(failures)} checks failed", file=sys.stderr)
        return 1
    print("exports read back as written by LibreOffice Calc and python-icalendar")
    return 0


if __name__ == "__main__":
    sys.exit(main())
