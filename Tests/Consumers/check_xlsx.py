"""Reads Planwerk's Excel workbooks (export xlsx) the way their readers do: openpyxl opens each
one and finds every item of the plan's JSON export with typed dates equal to its dates (the
last day of a phase shown inclusively) and its title as typed, no formula anywhere, a filter
and a frozen header; LibreOffice (headless, run by run.sh) prints each workbook to a PDF in
which poppler finds one page per sheet for a seed plan: the Gantt sheet on one A4 landscape
page.

Usage: check_xlsx.py DIRECTORY   (holds NAME.json and NAME.xlsx per plan, and pdf/NAME.pdf,
the workbook printed by LibreOffice, for the plans whose pages are checked)
"""

import datetime
import json
import pathlib
import subprocess
import sys

import openpyxl

from plan_json import BIDI, day, items

failures = []
HIDDEN = set(chr(c) for c in [*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029]) | BIDI
A4_LANDSCAPE = "841.89 x 595.304 pts (A4)"


def fail(message):
    failures.append(message)




def shown_title(item):
    """A title as the workbook writes it: an item typed without one gets its name as a title
    ("selectie-fase" as "Selectie fase"); control and direction characters become spaces."""
    title = item["title"]
    if title == item["id"].split(".")[-1]:
        spaced = title.replace("-", " ")
        title = spaced[:1].upper() + spaced[1:]
    return "".join(" " if c in HIDDEN else c for c in title)




def as_day(value):
    return value.date() if isinstance(value, datetime.datetime) else None


def check_workbook(name, plan, path):
    book = openpyxl.load_workbook(path)
    if book.sheetnames != ["Planning", "Gantt"]:
        fail(f"{name}.xlsx: sheets {book.sheetnames}")
        return
    table = book["Planning"]
    for row in table.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                fail(f"{name}.xlsx: {cell.coordinate} holds a formula {cell.value!r}")
    header = [cell.value for cell in table[1]]
    column = {title: i for i, title in enumerate(header)}
    for wanted in ["Perceel", "Onderdeel", "Titel", "Begin", "Einde (t/m)", "Duur", "Eigenaar"]:
        if wanted not in column:
            fail(f"{name}.xlsx: no column {wanted} in {header}")
            return
    if table.freeze_panes != "A2" or not table.auto_filter.ref:
        fail(f"{name}.xlsx: header frozen at {table.freeze_panes}, filter {table.auto_filter.ref}")
    rows = {}
    for row in table.iter_rows(min_row=2, values_only=True):
        rows[row[column["Onderdeel"]]] = row
    for lot, item in items(plan):
        row = rows.get(item["id"])
        if row is None:
            fail(f"{name}.xlsx: no row for {item['id']}")
            continue
        start = as_day(row[column["Begin"]])
        end = as_day(row[column["Einde (t/m)"]])
        want_end = day(item["end"]) - datetime.timedelta(days=1)
        if item["type"] == "milestone":
            want_end = day(item["start"])
        if start != day(item["start"]) or end != want_end:
            fail(f"{name}.xlsx: {item['id']} is {row[column['Begin']]!r}..{row[column['Einde (t/m)']]!r}, "
                 f"the plan says {item['start']}..{want_end}")
        if row[column["Titel"]] != shown_title(item):
            fail(f"{name}.xlsx: {item['id']} title {row[column['Titel']]!r}, the plan says {shown_title(item)!r}")
        duration = row[column["Duur"]]
        if item["type"] == "phase" and duration != (day(item["end"]) - day(item["start"])).days:
            fail(f"{name}.xlsx: {item['id']} lasts {duration!r}")
        if lot is not None and rows.get(lot["id"]) is None:
            fail(f"{name}.xlsx: no summary row for lot {lot['id']}")
        # What really happened, in the followed plan's own columns.
        if any(k in item for k in ("started", "finished", "percent")):
            if "% gereed" not in column:
                fail(f"{name}.xlsx: {item['id']} has progress but the table has no % gereed")
                continue
            want = 1 if "finished" in item else item.get("percent", 0) / 100 if "percent" in item else None
            got = (row[column["% gereed"]], as_day(row[column["Werkelijk begin"]]),
                   as_day(row[column["Werkelijk einde"]]))
            wanted = (want, day(item["started"]) if "started" in item else None,
                      day(item["finished"]) if "finished" in item else None)
            if got != wanted:
                fail(f"{name}.xlsx: {item['id']} progress {got}, the plan says {wanted}")
    chart = book["Gantt"]
    labels = {row[0] for row in chart.iter_rows(min_row=5, values_only=True)}
    for lot in plan["lots"]:
        if lot["items"] and "".join(" " if c in HIDDEN else c for c in lot["title"] or lot["id"]) not in labels:
            fail(f"{name}.xlsx: the Gantt sheet has no row for lot {lot['id']}")
    marks = sum(1 for row in chart.iter_rows(min_row=5, values_only=True) for value in row[2:]
                if value in ("◆", "◇"))
    milestones = sum(1 for _, item in items(plan) if item["type"] == "milestone")
    # One in the legend; two in a followed plan's (reached, to come).
    legend = 2 if "Stand" in column else 1
    if marks != milestones + legend:
        fail(f"{name}.xlsx: {marks - legend} milestone marks for {milestones} milestones")
    setup = chart.page_setup
    if setup.orientation != "landscape" or str(setup.paperSize) != "9" or setup.fitToWidth not in (1, None):
        fail(f"{name}.xlsx: Gantt printed {setup.orientation} on paper {setup.paperSize}")
    if not chart.sheet_properties.pageSetUpPr.fitToPage or chart.print_title_rows not in ("1:4", "$1:$4"):
        fail(f"{name}.xlsx: Gantt not fitted to the page or without its header rows "
             f"({chart.print_title_rows})")


def check_printed(name, pdf):
    """LibreOffice prints the whole workbook: a seed plan's table on one page, its Gantt on one."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    pages = next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), "?")
    if pages != "2" or A4_LANDSCAPE not in info:
        fail(f"{name}: LibreOffice printed {pages} pages ({info.strip().splitlines()[-3:]}), expected 2 A4 landscape")
        return
    gantt = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-layout", str(pdf), "-"],
                           capture_output=True, text=True).stdout
    if "Legenda" not in gantt or "Periode" not in gantt:
        fail(f"{name}: page 2 is not the Gantt sheet: {gantt[:200]!r}")


def main():
    directory = pathlib.Path(sys.argv[1])
    names = sorted(path.stem for path in directory.glob("*.xlsx"))
    if not names:
        fail(f"no workbooks in {directory}")
    for name in names:
        plan = json.loads((directory / f"{name}.json").read_text())
        check_workbook(name, plan, directory / f"{name}.xlsx")
        pdf = directory / "pdf" / f"{name}.pdf"
        if pdf.exists():
            check_printed(name, pdf)
    if failures:
        for message in failures:
            print("FAIL", message)
        sys.exit(1)
    print(f"openpyxl read {len(names)} workbooks with their dates and titles; "
          f"LibreOffice printed {len(list((directory / 'pdf').glob('*.pdf')))} of them, each sheet on one page")


if __name__ == "__main__":
    main()
