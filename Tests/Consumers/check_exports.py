"""Reads Planwerk's exports with the programs their users read them with: the iCalendar files
with the `icalendar` package, the CSV files with Python's csv module in a `;` dialect. Every
event and every row is checked against the plan's own JSON export.

Usage: check_exports.py DIRECTORY   (holds NAME.json, NAME.ics and NAME.csv per plan, and the
report and the decision calendar of each in report/ and decisions/)
"""

import csv
import datetime
import html.parser
import io
import json
import pathlib
import sys

import icalendar

from plan_json import BIDI, day, items

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
failures = []


def fail(message):
    failures.append(message)








def no_controls(text, where):
    if any((ord(c) < 0x20 and c != "\n") or c in BIDI for c in text):
        fail(f"{where}: control characters in {text!r}")


def shown_title(item):
    """An item's title as a calendar shows it: one typed without a title (the JSON then gives
    its name) is written as a title, "selectie-fase" as "Selectie fase"."""
    title = item["title"]
    if title != item["id"].split(".")[-1]:
        return title
    spaced = title.replace("-", " ")
    return spaced[:1].upper() + spaced[1:]


def short_lot(title):
    """A lot's title up to its colon, as the calendar names it: "Route 1"."""
    head = title.split(":", 1)[0].lstrip(" ") if ":" in title else title
    return head or title


def check_ics(name, plan, path, reminded):
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    expected = {item["id"]: (lot, item) for lot, item in items(plan)}
    seen = set()
    for event in calendar.walk("VEVENT"):
        uid = str(event["UID"])
        item_id = uid.split("@")[0]
        if item_id not in expected:
            fail(f"{name}.ics: {uid} names no item")
            continue
        if uid in seen:
            fail(f"{name}.ics: {uid} twice")
        seen.add(uid)
        lot, item = expected[item_id]
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND")
        vague = item["type"] == "milestone" and item["precision"] != "day"
        want_end = day(item["end"])
        if item["type"] == "milestone":
            want_end = day(item["start"]) + datetime.timedelta(days=1)
        if vague:
            # Known to a window only: an event over that window, never one guessed day.
            if not (start <= day(item["start"]) < end) or end - start < datetime.timedelta(days=7):
                fail(f"{name}.ics: {item_id} vague date as {start}..{end}")
        elif start != day(item["start"]) or end != want_end:
            fail(f"{name}.ics: {item_id} is {start}..{end}, the plan says {item['start']}..{want_end}")
        summary = str(event["SUMMARY"])
        want = shown_title(item)
        if lot is not None:
            want += " — " + short_lot(lot["title"])
        want = "".join(c for c in want if ord(c) >= 0x20 or c == "\n")
        want = "".join(c for c in want if not 0x7F <= ord(c) <= 0x9F and c not in BIDI)
        if summary != want and not (vague and summary.startswith(want + " (")):
            fail(f"{name}.ics: {item_id} summary {summary!r}, the plan says {want!r}")
        no_controls(summary, f"{name}.ics {item_id}")
        if int(event.get("SEQUENCE", -1)) < 0 or not isinstance(
            event.decoded("LAST-MODIFIED"), datetime.datetime
        ):
            fail(f"{name}.ics: {item_id} has no SEQUENCE or LAST-MODIFIED")
        alarms = list(event.walk("VALARM"))
        if reminded:
            trigger = alarms[0].decoded("TRIGGER") if alarms else None
            # Five working days before: five days at least (from a Saturday), more over a
            # weekend or holidays.
            if trigger is None or not -datetime.timedelta(days=14) <= trigger <= -datetime.timedelta(days=5):
                fail(f"{name}.ics: {item_id} reminder {trigger}")
        elif alarms:
            fail(f"{name}.ics: {item_id} has a reminder nobody asked for")
    if len(seen) != len(expected):
        fail(f"{name}.ics: {len(seen)} events for {len(expected)} items")


def dutch(date_text):
    d = day(date_text)
    return f"{d.day}-{d.month}-{d.year}"


def check_csv(name, plan, path):
    raw = path.read_bytes()
    if not raw.startswith(b"\xef\xbb\xbf"):
        fail(f"{name}.csv: no byte-order mark")
    if raw.count(b"\n") != raw.count(b"\r\n"):
        fail(f"{name}.csv: lines do not all end in CRLF")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    header, rows = rows[0], rows[1:]
    if header[:7] != ["Perceel", "Onderdeel", "Titel", "Soort", "Type", "Begin", "Einde (t/m)"]:
        fail(f"{name}.csv: header {header}")
    # The plan's row and a row per lot come before the items, for importeer to read back.
    lots = {row[1]: row for row in rows if row[4] == "perceel"}
    for lot in plan["lots"]:
        if lot["id"] not in lots:
            fail(f"{name}.csv: no row for lot {lot['id']}")
        elif lots[lot["id"]][12] != (lot["procedure"] or ""):
            fail(f"{name}.csv: lot {lot['id']} procedure {lots[lot['id']][12]!r}")
    shown = "'" + plan["title"] if plan["title"].startswith(FORMULA_STARTS) else plan["title"]
    if plan["title"] and not any(row[4] == "plan" and row[2] == shown for row in rows):
        fail(f"{name}.csv: no row with the plan's title")
    for row in rows:
        for cell in row:
            if cell.startswith(FORMULA_STARTS):
                fail(f"{name}.csv: cell {cell!r} would run as a formula")
    rows = [row for row in rows if row[4] not in ("plan", "perceel")]
    expected = list(items(plan))
    if len(rows) != len(expected):
        fail(f"{name}.csv: {len(rows)} rows for {len(expected)} items")
    for row, (lot, item) in zip(rows, expected):
        if row[1] != item["id"]:
            fail(f"{name}.csv: row for {row[1]}, expected {item['id']}")
        last = day(item["end"]) - datetime.timedelta(days=1)
        if item["type"] == "milestone":
            last = day(item["start"])
        if row[5] != dutch(item["start"]) or row[6] != f"{last.day}-{last.month}-{last.year}":
            fail(f"{name}.csv: {item['id']} dates {row[5]}, {row[6]}")
        title = item["title"]
        if title.startswith(FORMULA_STARTS):
            if row[2] != "'" + title:
                fail(f"{name}.csv: {item['id']} title not neutralised: {row[2]!r}")
        elif row[2] != title:
            fail(f"{name}.csv: {item['id']} title {row[2]!r}, the plan says {title!r}")


DECISIONS = ("collegebesluit", "raadsbesluit", "raadsinformatiebrief", "wensen-en-bedenkingen", "regiobesluit",
             "portefeuillehouderbesluit")


def check_decisions(name, plan, directory):
    """The decision calendar for the secretariat: per decision a meeting on a working weekday on
    or before its date and the day to hand in before that, in icalendar and in Dutch Excel."""
    decisions = {item["id"]: item for _, item in items(plan) if item["kind"] in DECISIONS}
    calendar = icalendar.Calendar.from_ical((directory / f"{name}.ics").read_bytes())
    days = {}
    for event in calendar.walk("VEVENT"):
        uid = str(event["UID"])
        item_id, _, what = uid.split("@")[0].rpartition(".")
        if item_id not in decisions or what not in ("meeting", "handin", "committee"):
            fail(f"decisions/{name}.ics: {uid} names no decision")
            continue
        start = event.decoded("DTSTART")
        days[(item_id, what)] = start
        if start.weekday() >= 5:
            fail(f"decisions/{name}.ics: {uid} on a {start:%A}")
        no_controls(str(event["SUMMARY"]), f"decisions/{name}.ics {uid}")
        no_controls(str(event.get("DESCRIPTION", "")), f"decisions/{name}.ics {uid}")
    for item_id, item in decisions.items():
        meeting, handin = days.get((item_id, "meeting")), days.get((item_id, "handin"))
        if meeting is None or handin is None:
            fail(f"decisions/{name}.ics: {item_id} lacks its meeting or its day to hand in")
        elif not handin < meeting <= day(item["start"]):
            fail(f"decisions/{name}.ics: {item_id} hand in {handin}, meeting {meeting}, date {item['start']}")
        committee = days.get((item_id, "committee"))
        if committee is not None and meeting is not None and handin is not None \
                and not handin < committee < meeting:
            fail(f"decisions/{name}.ics: {item_id} hand in {handin}, commissie {committee}, raad {meeting}")
    raw = (directory / f"{name}.csv").read_bytes()
    if not raw.startswith(b"\xef\xbb\xbf") or raw.count(b"\n") != raw.count(b"\r\n"):
        fail(f"decisions/{name}.csv: not Dutch Excel's CSV (byte-order mark, CRLF)")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    header, rows = rows[0], rows[1:]
    if header != ["Datum", "Onderdeel", "Besluit", "Wie", "Vergadering", "Commissie", "Aanleveren uiterlijk",
                  "Stand", "Eigenaar", "Notitie", "Documenten"]:
        fail(f"decisions/{name}.csv: header {header}")
    if sorted(row[1] for row in rows) != sorted(decisions):
        fail(f"decisions/{name}.csv: rows for {[row[1] for row in rows]}, decisions {sorted(decisions)}")
    for row in rows:
        for cell in row:
            if cell.startswith(FORMULA_STARTS):
                fail(f"decisions/{name}.csv: cell {cell!r} would run as a formula")
        if row[1] in decisions and row[4] != dutch(days.get((row[1], "meeting"), datetime.date.min).isoformat()):
            fail(f"decisions/{name}.csv: {row[1]} meeting {row[4]}, the calendar says otherwise")
        committee = days.get((row[1], "committee"))
        if row[1] in decisions and row[5] != (dutch(committee.isoformat()) if committee else ""):
            fail(f"decisions/{name}.csv: {row[1]} commissie {row[5]!r}, the calendar says {committee}")


class Page(html.parser.HTMLParser):
    """Collects what would make a page unsafe or not self-contained."""

    def __init__(self):
        super().__init__()
        self.problems = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "iframe", "object", "embed", "link", "img"):
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            # A document's link may be followed: a web or mail address on an <a>, nothing else.
            if tag == "a" and name == "href" and value.startswith(("https://", "http://", "mailto:")):
                continue
            if name in ("src", "href") or name.startswith("on"):
                self.problems.append(f"{name}={value!r}")


def check_page(label, plan, path, paper):
    """A page that runs nothing, loads nothing, is set up for its paper and escapes every
    title; its text."""
    page = Page()
    text = path.read_text(encoding="utf-8")
    page.feed(text)
    for problem in page.problems:
        fail(f"{label}: {problem}")
    if f"@page {{ size: {paper}" not in text:
        fail(f"{label}: not set up for {paper}")
    for _, item in items(plan):
        title = item["title"]
        if "<" in title and title in text:
            fail(f"{label}: {item['id']} title is not escaped")
    return text


def check_html(name, plan, path):
    check_page(f"{name}.html", plan, path, "A4 landscape")


def check_report(name, plan, path):
    """The status report: a safe page for A4, every title escaped, every section there."""
    text = check_page(f"report/{name}.html", plan, path, "A4;")
    for section in ("done", "running", "late", "targets", "coming", "decisions", "owners"):
        if f'<section class="{section}">' not in text:
            fail(f"report/{name}.html: no {section} section")


def main():
    directory = pathlib.Path(sys.argv[1])
    names = sorted(p.stem for p in directory.glob("*.json"))
    for name in names:
        plan = json.loads((directory / f"{name}.json").read_text(encoding="utf-8"))
        check_ics(name, plan, directory / f"{name}.ics", reminded=name != "hostile")
        check_csv(name, plan, directory / f"{name}.csv")
        check_html(name, plan, directory / f"{name}.html")
        check_report(name, plan, directory / "report" / f"{name}.html")
        check_decisions(name, plan, directory / "decisions")
    for message in failures:
        print("FAIL", message)
    print(f"checked {len(names)} plans: {len(failures)} problems")
    sys.exit(1 if failures or not names else 0)


main()
