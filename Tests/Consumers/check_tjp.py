"""Compares the dates tj3 scheduled (its planwerk-dates CSV report) with Planwerk's own (its
JSON export), item by item.

Usage: check_tjp.py REPORT.csv PLAN.json
"""

import csv
import json
import sys

report, plan_path = sys.argv[1], sys.argv[2]
with open(report, encoding="utf-8") as f:
    rows = {row["Id"]: row for row in csv.DictReader(f, delimiter=";")}
plan = json.load(open(plan_path, encoding="utf-8"))


def tj_id(item_id):
    return ".".join(
        part if part[:1].isalpha() else "t_" + part
        for part in ("".join(c if c.isascii() and c.isalnum() else "_" for c in p) for p in item_id.split("."))
    )


problems = 0
count = 0
items = [i for lot in plan["lots"] for i in lot["items"]] + plan["milestones"]
for item in items:
    count += 1
    row = rows.get(tj_id(item["id"]))
    if row is None:
        print(f"FAIL {plan_path}: tj3 did not schedule {item['id']}")
        problems += 1
        continue
    if row["Start"] != item["start"] or row["End"] != item["end"]:
        print(f"FAIL {plan_path}: {item['id']} tj3 {row['Start']}..{row['End']}, Planwerk {item['start']}..{item['end']}")
        problems += 1
print(f"{plan_path}: {count} items, {problems} differ from tj3")
sys.exit(1 if problems else 0)
