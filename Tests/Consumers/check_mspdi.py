"""MS Project XML as MPXJ reads it (the library behind ProjectLibre's and GanttProject's
import), compared with Planwerk's own plan.

Usage:
  check_mspdi.py DIR        every NAME.xml Planwerk exported in DIR, against NAME.json (export
                            json) and NAME.session.json (the session: links, rules, calendar)
  check_mspdi.py --tj3 FILE.xml PLAN.json
                            tj3's MSPDI of the same plan: its dates are Planwerk's

Planwerk's end is exclusive; MS Project's Finish is inclusive with a time of day: 17:00 on the
last working day before the end (a phase ending on a Monday after a weekend or a holiday
finishes on the Friday before). A start is its own day at 08:00. The working days are
computed here from the Dutch holidays (Easter by the anonymous Gregorian algorithm) and the
session's closings, not taken from the file, and the file's calendar must say the same.
"""

import datetime as dt
import glob
import json
import os
import sys
import unicodedata

import jpype

from plan_json import BIDI, items
import mpxj  # noqa: F401  (puts MPXJ's jars on the class path)

jpype.startJVM()
from org.mpxj.reader import UniversalProjectReader  # noqa: E402

problems = 0


def fail(message):
    global problems
    problems += 1
    print("FAIL " + message)


def easter(year):
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def holidays(year, kind):
    """The gemeente set (the cao's paid holidays); the atw set is not used by the seeds."""
    e = easter(year)
    king = dt.date(year, 4, 27) if year >= 2014 else dt.date(year, 4, 30)
    if king.weekday() == 6:
        king -= dt.timedelta(days=1)
    days = {
        dt.date(year, 1, 1), e + dt.timedelta(days=1), king, e + dt.timedelta(days=39),
        e + dt.timedelta(days=50), dt.date(year, 12, 25), dt.date(year, 12, 26),
    }
    if kind == "atw" or year >= 2024 or year % 5 == 0:
        days.add(dt.date(year, 5, 5))
    if kind == "atw":
        days.add(e - dt.timedelta(days=2))
    return days


class Calendar:
    def __init__(self, session):
        cal = session["plan"]["calendar"]
        self.kind = cal["holidays"]
        self.closings = [
            (dt.date.fromisoformat(c["start"]), dt.date.fromisoformat(c["end"]))
            for c in cal.get("closings", [])
        ]
        self.cache = {}

    def off(self, day):
        if day.year not in self.cache:
            self.cache[day.year] = holidays(day.year, self.kind)
        return day in self.cache[day.year] or any(a <= day < b for a, b in self.closings)

    def working(self, day):
        return day.weekday() < 5 and not self.off(day)

    def last_working_before(self, end):
        day = end - dt.timedelta(days=1)
        while not self.working(day):
            day -= dt.timedelta(days=1)
        return day

    def count(self, start, end):
        n, day = 0, start
        while day < end:
            n += self.working(day)
            day += dt.timedelta(days=1)
        return n




def one_line(text):
    """A title as the export writes it: control, line-break and direction characters made
    spaces, runs of spaces one, nothing a reader could act on."""
    cleaned = "".join(
        " " if unicodedata.category(c) in ("Cc", "Zl", "Zp") or c in BIDI else c for c in text)
    return " ".join(cleaned.split())


def moment(value):
    return None if value is None else str(value.toString())


def at(day, time):
    return f"{day.isoformat()}T{time}"




def read(path):
    return UniversalProjectReader().read(path)


LAG_UNITS = {"days": ("ed", 1), "weeks": ("ew", 1), "months": ("emo", 1), "years": ("emo", 12),
             "working-days": ("d", 1)}
TYPES = {"fs": "FS", "ss": "SS", "ff": "FF"}


def check_planwerk(directory, name):
    path = os.path.join(directory, name + ".xml")
    plan = json.load(open(os.path.join(directory, name + ".json"), encoding="utf-8"))
    session = json.load(open(os.path.join(directory, name + ".session.json"), encoding="utf-8"))
    calendar = Calendar(session)
    project = read(path)
    tasks = {str(t.getWBS()): t for t in project.getTasks() if t.getWBS() is not None}
    rules = {i["id"]: i for lot in session["plan"]["lots"] for i in lot["items"]}
    rules.update({i["id"]: i for i in session["plan"]["milestones"]})
    count = 0
    for lot in plan["lots"]:
        task = tasks.get(lot["id"])
        # A lot without items has no tasks under it, which MPXJ does not call a summary.
        summary = task is not None and (bool(task.getSummary()) or not lot["items"])
        if not summary or task.getOutlineLevel() != 1:
            fail(f"{path}: lot {lot['id']} is not a summary task at level 1")
    for _, item in items(plan):
        count += 1
        task = tasks.get(item["id"])
        if task is None:
            fail(f"{path}: no task for {item['id']}")
            continue
        level = 1 if "." not in item["id"] else 2
        if task.getOutlineLevel() != level:
            fail(f"{path}: {item['id']} at outline level {task.getOutlineLevel()}, not {level}")
        name = str(task.getName())
        if name != one_line(name):
            fail(f"{path}: {item['id']} is named with a control character: {name!r}")
        shown = name.lower().replace(" ", "-")
        if shown != one_line(item["title"]).lower().replace(" ", "-"):
            fail(f"{path}: {item['id']} is named {task.getName()!r}, not {item['title']!r}")
        start = dt.date.fromisoformat(item["start"])
        end = dt.date.fromisoformat(item["end"])
        milestone = item["type"] == "milestone"
        want_start = at(start, "08:00")
        if milestone:
            want_finish, want_days = want_start, 0
        elif calendar.count(start, end) == 0:
            want_finish, want_days = want_start, 0
        else:
            want_finish = at(calendar.last_working_before(end), "17:00")
            want_days = calendar.count(start, end)
        got = (moment(task.getStart()), moment(task.getFinish()), bool(task.getMilestone()))
        if got != (want_start, want_finish, milestone):
            fail(f"{path}: {item['id']} {item['start']}..{item['end']} is {got}, "
                 f"not {(want_start, want_finish, milestone)}")
        duration = task.getDuration()
        if duration is None or abs(duration.getDuration() - want_days) > 1e-9 \
                or str(duration.getUnits()) != "d":
            fail(f"{path}: {item['id']} lasts {duration}, not {want_days} working days")
        rule = rules[item["id"]]
        constraint = str(task.getConstraintType())
        if rule.get("fixed"):
            want = ("MUST_START_ON", at(dt.date.fromisoformat(rule["anchor"]), "08:00"))
        elif "anchor" in rule or "notBefore" in rule:
            lowest = max(rule[k] for k in ("anchor", "notBefore") if k in rule)
            want = ("START_NO_EARLIER_THAN", at(dt.date.fromisoformat(lowest), "08:00"))
        else:
            want = None
        if want and (constraint, moment(task.getConstraintDate())) != want:
            fail(f"{path}: {item['id']} constraint {constraint} {task.getConstraintDate()}, "
                 f"not {want}")
        if "deadline" in rule and task.getDeadline() is None:
            fail(f"{path}: {item['id']} lost its deadline")
        check_follow_up(path, item, task, want_start, want_finish)
    # Every link, with its type and lag: those derived from the tender's order too, which
    # push an item as a finish-to-start link does in MS Project.
    links = session["plan"]["links"]
    for link in links:
        task = tasks.get(link["to"])
        found = [r for r in task.getPredecessors()
                 if str(r.getPredecessorTask().getWBS()) == link["from"]] if task else []
        amount, unit = link["lag"].split(" ")
        units, factor = LAG_UNITS[unit]
        want = (TYPES[link["kind"]], float(amount) * factor, units)
        got = [(str(r.getType()), r.getLag().getDuration(), str(r.getLag().getUnits()))
               for r in found]
        if want not in got:
            fail(f"{path}: link {link['from']} -> {link['to']} is {got}, not {want}")
    # The calendar's days off are the plan's: every weekday MPXJ finds off is a holiday or a
    # closing day, and every holiday on a weekday in the plan's years is off in the file.
    cal = project.getDefaultCalendar()
    years = range(int(plan_span(plan)[0][:4]), int(plan_span(plan)[1][:4]) + 1)
    day = dt.date(years[0], 1, 1)
    LocalDate = jpype.JClass("java.time.LocalDate")
    while day.year in years:
        if day.weekday() < 5:
            mpxj_working = bool(cal.isWorkingDate(LocalDate.of(day.year, day.month, day.day)))
            if mpxj_working != calendar.working(day):
                fail(f"{path}: {day} is {'a' if mpxj_working else 'no'} working day in MPXJ")
        day += dt.timedelta(days=1)
    print(f"{path}: {count} tasks and {len(links)} links as Planwerk has them")


def check_follow_up(path, item, task, start, finish):
    """Progress, note, owner and first document as MPXJ reads them: PercentComplete (100 when
    done), ActualStart at the start, ActualFinish at the finish, Notes, the assigned resource's
    name, the hyperlink."""
    if "started" in item or "finished" in item:
        percent = 100 if "finished" in item else item.get("percent", 0)
        got = (float(task.getPercentageComplete() or 0), moment(task.getActualStart()),
               moment(task.getActualFinish()))
        want = (float(percent), start, finish if "finished" in item else None)
        if got != want:
            fail(f"{path}: {item['id']} progress {got}, not {want}")
    if "note" in item and str(task.getNotes() or "") != one_line(item["note"]):
        fail(f"{path}: {item['id']} notes {task.getNotes()!r}, not {item['note']!r}")
    owners = [str(a.getResource().getName()) for a in task.getResourceAssignments()
              if a.getResource() is not None]
    if owners != ([one_line(item["owner"])] if "owner" in item else []):
        fail(f"{path}: {item['id']} resources {owners}, the owner is {item.get('owner')!r}")
    if item.get("documents"):
        link = (str(task.getHyperlink()), str(task.getHyperlinkAddress()))
        first = item["documents"][0]
        if link != (one_line(first["name"]), first["url"]):
            fail(f"{path}: {item['id']} hyperlink {link}, not {first}")


def plan_span(plan):
    all_items = [item for _, item in items(plan)]
    return min(i["start"] for i in all_items), max(i["end"] for i in all_items)


def check_tj3(path, plan_path):
    """tj3 writes its own MSPDI: top level 0, Finish at 00:00 of the exclusive end."""
    plan = json.load(open(plan_path, encoding="utf-8"))
    project = read(path)
    tasks = [t for t in project.getTasks() if not t.getSummary() and t.getUniqueID() != 0]
    wanted = [item for _, item in items(plan)]
    if len(tasks) != len(wanted):
        fail(f"{path}: {len(tasks)} tasks, Planwerk has {len(wanted)} items")
    for task, item in zip(tasks, wanted):
        want = (item["start"] + "T00:00", item["end"] + "T00:00", item["type"] == "milestone")
        got = (moment(task.getStart()), moment(task.getFinish()), bool(task.getMilestone()))
        if got != want:
            fail(f"{path}: {item['id']} is {got} in tj3's file, not {want}")
    print(f"{path}: tj3's {len(tasks)} tasks have Planwerk's dates")


if sys.argv[1] == "--tj3":
    check_tj3(sys.argv[2], sys.argv[3])
else:
    for xml in sorted(glob.glob(os.path.join(sys.argv[1], "*.xml"))):
        check_planwerk(sys.argv[1], os.path.basename(xml)[:-4])
sys.exit(1 if problems else 0)
