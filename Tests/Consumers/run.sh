#!/usr/bin/env bash
# The exports of every seed session and of a hostile plan, read by their real consumers.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=.build/debug/planwerk
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export PLANWERK_STATE="$out/state"
for session in sessions/*.json; do
  name=$(basename "$session" .json)
  "$bin" "$session" -c "export json $out/$name.json" \
    -c "export ics $out/$name.ics alles herinnering 5 werkdagen" \
    -c "export csv $out/$name.csv" -c "export plantuml $out/$name.puml" \
    -c "export html $out/$name.html" -c "export tjp $out/$name.tjp" >/dev/null
done
# Seed 000 as a griffie keeps it: the raad's commissie before each raad, and a decision a
# portefeuillehouder takes under mandate; its decision calendar counts back from the commissie.
mkdir "$out/own"  # sessions made here, beside the exports whose directory is read as one
"$bin" sessions/000-heerde.json -c "vergadering raad 8 juli 2019, 20 april 2020, 6 juli 2020" \
  -c "vergadering commissie 24 juni 2019, 6 april 2020, 22 juni 2020" \
  -c "besluit hbh.mandaat op 14 mei 2020 soort portefeuillehouder" \
  -c "bewaar $out/own/000-commissie.json" >/dev/null
"$bin" "$out/own/000-commissie.json" -c "export json $out/000-commissie.json" \
  -c "export ics $out/000-commissie.ics alles herinnering 5 werkdagen" \
  -c "export csv $out/000-commissie.csv" -c "export plantuml $out/000-commissie.puml" \
  -c "export html $out/000-commissie.html" -c "export tjp $out/000-commissie.tjp" >/dev/null
# Every hostile title is taken when typed (a refused line fails the run), then the saved session
# is edited by hand the way no typed line may be: terminal escapes and a right-to-left override.
mkdir "$out/edit"  # beside the exports, whose directory check_exports.py reads as one
printf 'bewaar %s\n' "$out/edit/typed.json" | cat Tests/Consumers/hostile.plan - | "$bin" >/dev/null
sed -e 's/ESCAPES-HIER/\\u001b]0;titel\\u0007\\u001b[2J/g' \
  -e 's/RICHTING-HIER/factuur\\u202efdp.exe/g' "$out/edit/typed.json" >"$out/edit/edited.json"
grep -q 'u202e' "$out/edit/edited.json" || { echo "FAIL the edited session has no override"; exit 1; }
"$bin" "$out/edit/edited.json" -c "export json $out/hostile.json" -c "export ics $out/hostile.ics alles" \
  -c "export csv $out/hostile.csv" -c "export plantuml $out/hostile.puml" \
  -c "export html $out/hostile.html" -c "export tjp $out/hostile.tjp" >/dev/null
# The status report and the decision calendar of every plan, on the day its session plays or on
# the clock's.
mkdir "$out/report" "$out/decisions"
for session in sessions/*.json "$out/edit/edited.json" "$out/own/000-commissie.json"; do
  name=$(basename "$session" .json)
  [ "$name" = edited ] && name=hostile
  "$bin" "$session" -c "rapport html $out/report/$name.html" \
    -c "exporteer besluiten ics $out/decisions/$name.ics" \
    -c "exporteer besluiten csv $out/decisions/$name.csv" >/dev/null
done
python3 Tests/Consumers/check_exports.py "$out"

# The CSV round trip, through the binary: every CSV, the hostile one too, imported into an empty
# plan gives the same `export json`.
mkdir "$out/again"
for csv in "$out"/*.csv; do
  name=$(basename "$csv" .csv)
  "$bin" -c "importeer $csv" -c "export json $out/again/$name.json" >/dev/null
  cmp -s "$out/$name.json" "$out/again/$name.json" \
    || { echo "FAIL $name.csv does not import to the plan it came from"; exit 1; }
done
echo "ok: every CSV imports to the plan it came from"

# A calendar that follows the file updates an event only when its SEQUENCE rises: exported,
# one route shifted, exported again to the same file, only that route's events have risen.
"$bin" sessions/002-routes.json -c "export ics $out/follow.ics alles" -c "verschuif r1 2 weken" \
  -c "export ics $out/follow.ics alles" >/dev/null 2>&1
python3 - "$out/follow.ics" <<'PY'
import sys, icalendar
events = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read()).walk("VEVENT")
risen = sorted(str(e["UID"]).split("@")[0] for e in events if int(e["SEQUENCE"]) == 1)
want = ["r1.implementatie", "r1.inkoopprocedure", "r1.start", "r1.voorbereiding"]
if risen != want:
    sys.exit(f"FAIL SEQUENCE rose for {risen}, expected {want}")
print("ok: SEQUENCE rises for the events a change moved, and only for those")
PY

# The drawn charts of every seed session, the hostile one and a generated plan of 300 rows:
# poppler reads the PDF's pages and text, Python's XML parser the SVG, and the PNG its header.
mkdir "$out/charts"
for session in sessions/*.json "$out/edit/edited.json"; do
  name=$(basename "$session" .json)
  "$bin" "$session" -c "vandaag 1 maart 2022" -c "export json $out/charts/$name.json" \
    -c "export pdf $out/charts/$name.pdf" -c "export png $out/charts/$name.png" \
    -c "export svg $out/charts/$name.svg" -c "export html $out/charts/$name.html" \
    >/dev/null 2>"$out/charts/$name.log" || {
    echo "FAIL planwerk could not draw $name"; cat "$out/charts/$name.log"; exit 1; }
done
python3 Tests/Consumers/generate_plan.py > "$out/charts/generated.plan"
printf 'export %s %s\n' json "$out/charts/generated.json" pdf "$out/charts/generated.pdf" \
  png "$out/charts/generated.png" svg "$out/charts/generated.svg" \
  html "$out/charts/generated.html" >> "$out/charts/generated.plan"
"$bin" "$out/charts/generated.plan" >/dev/null
# Headless Chromium prints each page as its reader would, to a PDF that poppler reads.
mkdir "$out/charts/printed"
for page in "$out"/charts/*.html; do
  name=$(basename "$page" .html)
  timeout 120 chromium --headless --disable-gpu --no-sandbox --no-pdf-header-footer \
    --print-to-pdf="$out/charts/printed/$name.pdf" "file://$page" >/dev/null 2>&1 || true
  [ -s "$out/charts/printed/$name.pdf" ] || { echo "FAIL chromium could not print $name.html"; exit 1; }
done
python3 Tests/Consumers/check_charts.py "$out/charts"

# Exports run no code in their consumers: with a secret in the environment, PlantUML draws the
# hostile titles as typed, without the secret, the machine's files or an embedded picture.
export PLANWERK_SECRET="planwerk-secret-$RANDOM$RANDOM"
plantuml -failfast2 -tsvg -o "$out/svg" "$out/hostile.puml" >/dev/null 2>&1 || {
  echo "FAIL plantuml could not draw hostile.puml as SVG"; exit 1; }
svg="$out/svg/hostile.svg"
leaks=("$PLANWERK_SECRET" "root:x:0" "Cannot decode" "<image" $'\u202e')
if [ "$(wc -c </etc/hostname)" -gt 6 ]; then leaks+=("$(cat /etc/hostname)"); fi
for leak in "${leaks[@]}"; do
  if grep -qF -- "$leak" "$svg"; then echo "FAIL plantuml drew '$leak' into hostile.svg"; exit 1; fi
done
for typed in '%getenv(' '&lt;img:/etc/hostname&gt;' '!include /etc/passwd' '%load_json(' \
  '%%{init:' '~%dirpath() &amp;#37;' '$variable'; do
  grep -qF -- "$typed" "$svg" || { echo "FAIL hostile.svg does not show $typed as typed"; exit 1; }
done
echo "plantuml drew the hostile titles as typed, nothing leaked"

# tj3 lists every task's name next to its dates: no macro or environment variable expanded.
printf '\ntaskreport planwerk_names "planwerk-names" {\n  formats csv\n  columns id, name\n}\n' \
  >>"$out/hostile.tjp"

# PlantUML draws every gantt, or says where the syntax is wrong.
for puml in "$out"/*.puml; do
  plantuml -failfast2 -tpng -o "$out/png" "$puml" >/dev/null 2>&1 || {
    echo "FAIL plantuml could not draw $(basename "$puml")"; plantuml -failfast2 -tpng "$puml"; exit 1; }
done
echo "plantuml drew $(ls "$out"/*.puml | wc -l) charts"
mkdir "$out/plantuml-svg"
plantuml -failfast2 -tsvg -o "$out/plantuml-svg" "$out"/*.puml >/dev/null 2>&1 || {
  echo "FAIL plantuml could not draw the SVGs"; exit 1; }
python3 Tests/Consumers/check_plantuml.py "$out"

# Headless Chromium renders every page to a picture, without a page error.
for page in "$out"/*.html "$out"/report/*.html; do
  png="${page%.html}.png"
  log=$(timeout 120 chromium --headless --disable-gpu --no-sandbox --hide-scrollbars \
    --window-size=1400,900 --enable-logging=stderr --screenshot="$png" "file://$page" 2>&1 || true)
  if [ ! -s "$png" ] || grep -q "Uncaught" <<<"$log"; then
    echo "FAIL chromium could not render $(basename "$page")"; echo "$log" | tail -5; exit 1
  fi
done
echo "chromium rendered $(ls "$out"/*.html "$out"/report/*.html | wc -l) pages"

# The meeting view: Chromium follows a change typed into the shell, without the token nothing.
timeout 180 python3 Tests/Consumers/check_presenter.py "$bin" sessions/002-routes.json

# TaskJuggler schedules every seed session and a generated plan of 200 phases to the dates
# Planwerk gives them, item by item.
python3 Tests/Consumers/generate_plan.py > "$out/generated.plan"
printf 'export tjp %s\nexport json %s\n' "$out/generated.tjp" "$out/generated.json" \
  >> "$out/generated.plan"
"$bin" "$out/generated.plan" >/dev/null
for tjp in "$out"/*.tjp; do
  name=$(basename "$tjp" .tjp)
  # tj3 writes the same plan as MS Project XML too: a foreign MSPDI file for the reader's tests.
  printf '\nexport "planwerk-mspdi" {\n  formats mspxml\n}\n' >>"$tjp"
  mkdir -p "$out/tj3-$name"
  tj3 --no-color --output-dir "$out/tj3-$name" "$tjp" >/dev/null 2>"$out/tj3-$name.log" || {
    echo "FAIL tj3 refused $name.tjp"; cat "$out/tj3-$name.log"; exit 1; }
  python3 Tests/Consumers/check_tjp.py "$out/tj3-$name/planwerk-dates.csv" "$out/$name.json"
  python3 Tests/Consumers/check_mspdi.py --tj3 "$out/tj3-$name/planwerk-mspdi.xml" "$out/$name.json"
done
names="$out/tj3-hostile/planwerk-names.csv"
if grep -qF -- "$PLANWERK_SECRET" "$names" "$out/tj3-hostile.log"; then
  echo "FAIL tj3 expanded PLANWERK_SECRET"; exit 1; fi
grep -qF 'PLANWERK_SECRET)' "$names" && grep -qF 'PLANWERK_SECRET}' "$names" || {
  echo "FAIL tj3 lost the hostile titles"; cat "$names"; exit 1; }
echo "tj3 kept the hostile titles as text, nothing leaked"

# The Excel workbooks of every seed session, the hostile one and a generated plan of 200 phases:
# openpyxl reads their dates and titles; LibreOffice (headless, a profile of its own) prints the
# seeds' and the hostile one to PDFs in which poppler finds each sheet on one A4 page.
mkdir -p "$out/xlsx/pdf"
for session in sessions/*.json "$out/edit/edited.json"; do
  name=$(basename "$session" .json)
  "$bin" "$session" -c "vandaag 1 maart 2022" -c "export json $out/xlsx/$name.json" \
    -c "export xlsx $out/xlsx/$name.xlsx" >/dev/null 2>"$out/xlsx/$name.log" || {
    echo "FAIL planwerk could not write $name.xlsx"; cat "$out/xlsx/$name.log"; exit 1; }
done
"$bin" sessions/002-routes.json -c "lees Tests/Consumers/followed.plan" \
  -c "export json $out/xlsx/gevolgd.json" -c "export xlsx $out/xlsx/gevolgd.xlsx" >/dev/null
timeout 300 soffice -env:UserInstallation="file://$out/xlsx/profile" --headless \
  --convert-to pdf --outdir "$out/xlsx/pdf" "$out"/xlsx/*.xlsx >/dev/null 2>&1 || true
python3 Tests/Consumers/generate_plan.py > "$out/xlsx/generated.plan"
printf 'export json %s\nexport xlsx %s\n' "$out/xlsx/generated.json" "$out/xlsx/generated.xlsx" \
  >> "$out/xlsx/generated.plan"
"$bin" "$out/xlsx/generated.plan" >/dev/null
python3 Tests/Consumers/check_xlsx.py "$out/xlsx"

# MS Project XML as MPXJ (ProjectLibre's and GanttProject's reader) reads it: every seed session,
# a plan of the boundaries (ends on a Monday after a weekend and after Easter, a closing, every
# link type and lag unit, deadlines, niet eerder dan) and the hostile titles, against Planwerk's
# dates, links, rules and calendar.
mkdir "$out/mspdi"
for session in sessions/*.json "$out/edit/edited.json"; do
  name=$(basename "$session" .json)
  "$bin" "$session" -c "export json $out/mspdi/$name.json" -c "export mspdi $out/mspdi/$name.xml" \
    >/dev/null
  cp "$session" "$out/mspdi/$name.session.json"
done
"$bin" Tests/Consumers/mspdi.plan -c "export json $out/mspdi/grenzen.json" \
  -c "export mspdi $out/mspdi/grenzen.xml" -c "bewaar $out/mspdi/grenzen.session.json" >/dev/null
# A followed plan: progress, owners, notes and documents (Tests/Consumers/followed.plan).
"$bin" sessions/002-routes.json -c "lees Tests/Consumers/followed.plan" \
  -c "export json $out/mspdi/gevolgd.json" -c "export mspdi $out/mspdi/gevolgd.xml" \
  -c "bewaar $out/mspdi/gevolgd.session.json" >/dev/null
python3 Tests/Consumers/check_mspdi.py "$out/mspdi"
# And back: each plan's MS Project XML imported into an empty plan gives the same plan (the
# hostile one aside: the control characters of its titles are not written to MS Project).
for xml in "$out"/mspdi/*.xml; do
  name=$(basename "$xml" .xml)
  [ "$name" = edited ] && continue
  "$bin" -c "importeer $xml" -c "export json $out/mspdi/$name.again.json" >/dev/null
  # The status on the session's vandaag is of that session, which an import does not set.
  python3 - "$out/mspdi/$name.json" "$out/mspdi/$name.again.json" <<'PY' \
    || { echo "FAIL $name.xml does not import to the plan it came from"; exit 1; }
import json, sys
def plain(value):
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items() if k not in ("statusDate", "status", "daysLate")}
    return [plain(v) for v in value] if isinstance(value, list) else value
first, again = (json.load(open(path, encoding="utf-8")) for path in sys.argv[1:])
sys.exit(0 if plain(first) == plain(again) else 1)
PY
done
echo "ok: every MS Project XML imports to the plan it came from"
