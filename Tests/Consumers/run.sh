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
  "$bin" "$session" -c "export json $out/$name.json" -c "export ics $out/$name.ics alles" \
    -c "export csv $out/$name.csv" -c "export plantuml $out/$name.puml" \
    -c "export html $out/$name.html" -c "export tjp $out/$name.tjp" >/dev/null
done
cat Tests/Consumers/hostile.plan - <<END | "$bin" >/dev/null
export json $out/hostile.json
export ics $out/hostile.ics alles
export csv $out/hostile.csv
export plantuml $out/hostile.puml
export html $out/hostile.html
export tjp $out/hostile.tjp
END
python3 Tests/Consumers/check_exports.py "$out"

# PlantUML draws every gantt, or says where the syntax is wrong.
for puml in "$out"/*.puml; do
  plantuml -failfast2 -tpng -o "$out/png" "$puml" >/dev/null 2>&1 || {
    echo "FAIL plantuml could not draw $(basename "$puml")"; plantuml -failfast2 -tpng "$puml"; exit 1; }
done
echo "plantuml drew $(ls "$out"/*.puml | wc -l) charts"

# Headless Chromium renders every page to a picture, without a page error.
for page in "$out"/*.html; do
  png="${page%.html}.png"
  log=$(timeout 120 chromium --headless --disable-gpu --no-sandbox --hide-scrollbars \
    --window-size=1400,900 --enable-logging=stderr --screenshot="$png" "file://$page" 2>&1 || true)
  if [ ! -s "$png" ] || grep -q "Uncaught" <<<"$log"; then
    echo "FAIL chromium could not render $(basename "$page")"; echo "$log" | tail -5; exit 1
  fi
done
echo "chromium rendered $(ls "$out"/*.html | wc -l) pages"

# TaskJuggler schedules every seed session and a generated plan of 200 phases to the dates
# Planwerk gives them, item by item.
python3 Tests/Consumers/generate_plan.py > "$out/generated.plan"
printf 'export tjp %s\nexport json %s\n' "$out/generated.tjp" "$out/generated.json" \
  >> "$out/generated.plan"
"$bin" "$out/generated.plan" >/dev/null
for tjp in "$out"/*.tjp; do
  name=$(basename "$tjp" .tjp)
  mkdir -p "$out/tj3-$name"
  tj3 --no-color --output-dir "$out/tj3-$name" "$tjp" >/dev/null 2>"$out/tj3-$name.log" || {
    echo "FAIL tj3 refused $name.tjp"; cat "$out/tj3-$name.log"; exit 1; }
  python3 Tests/Consumers/check_tjp.py "$out/tj3-$name/planwerk-dates.csv" "$out/$name.json"
done
